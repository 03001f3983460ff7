import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatInvestment, LeadList } from '@chainboard/web-crm';
import type { ProspectFieldsFragment } from '@chainboard/web-graphql';
import { EmptyState, QueryState, SubListPager, useSubListPage } from '@chainboard/web-ui';
import { ProspectList } from '../../prospects/ProspectList';
import { useCompanyLeads, useCompanyProjects, useCompanyProspects } from '../hooks';
import { COMPANIES_TEXTS } from '../../../i18n';

/** A window of a sub-list as the hooks answer it. */
interface SubListData<T> {
  items: readonly T[];
  total: number;
}

/** Empty only when the company has none at all: a page left empty by a deletion still shows the pager to go back. */
const noneAtAll = <T,>(data: SubListData<T>) => data.total === 0 && data.items.length === 0;

/** A company's leads a page at a time (newest first), confidential ones the user may not see left out. */
export function CompanyLeadsList({ companyId }: { companyId: string }) {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const window = useSubListPage(undefined, companyId);
  const query = useCompanyLeads(companyId, window);
  return (
    <QueryState query={query} isEmpty={noneAtAll} emptyDescription={t('lead.empty')}>
      {({ items, total }) => (
        <>
          <LeadList leads={items} showCompany={false} />
          <SubListPager total={total} window={window} label={t('company.pagers.leads')} />
        </>
      )}
    </QueryState>
  );
}

/** A company's prospect entries a page at a time (newest first). */
export function CompanyProspectsList({ companyId, canEdit }: { companyId: string; canEdit: (prospect: ProspectFieldsFragment) => boolean }) {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const window = useSubListPage(undefined, companyId);
  const query = useCompanyProspects(companyId, window);
  return (
    <QueryState query={query} isEmpty={noneAtAll} emptyDescription={t('prospect.empty')}>
      {({ items, total }) => (
        <>
          <ProspectList prospects={items} canEdit={canEdit} />
          <SubListPager total={total} window={window} label={t('company.pagers.prospects')} />
        </>
      )}
    </QueryState>
  );
}

/** A company's projects a page at a time (newest first), confidential ones the user may not see left out. */
export function CompanyProjectsList({ companyId }: { companyId: string }) {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const window = useSubListPage(undefined, companyId);
  const query = useCompanyProjects(companyId, window);
  return (
    <QueryState query={query} isEmpty={noneAtAll} emptyDescription={t('project.empty')}>
      {({ items, total }) => (
        <>
          {items.length === 0 ? (
            <EmptyState description={t('project.empty')} />
          ) : (
            <Flex vertical gap="small" role="list">
              {items.map((p) => (
                <Flex key={p.id} role="listitem" gap="small" align="center" wrap>
                  <Link to={`/projects/${p.id}`} style={{ fontWeight: 600 }}>
                    {p.name}
                  </Link>
                  <Tag style={{ marginInlineEnd: 0 }}>{t(`projectStage.${p.stage}`)}</Tag>
                  {p.investment && <Typography.Text type="secondary">{formatInvestment(p.investment, t)}</Typography.Text>}
                </Flex>
              ))}
            </Flex>
          )}
          <SubListPager total={total} window={window} label={t('company.pagers.projects')} />
        </>
      )}
    </QueryState>
  );
}
