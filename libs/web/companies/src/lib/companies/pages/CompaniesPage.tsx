import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { actorOf, useAuth } from '@chainboard/web-auth';
import {
  crmAbilities,
  defaultsOnChain,
  ExportButton,
  formatDateTime,
  formatRegion,
  ImportButton,
  ServerTable,
  sortOrderOf,
  useDefaultChainId,
  useExactTotal,
  useTableState,
  withFilters,
  type CrmAbilities,
} from '@chainboard/web-crm';
import type { CompanyRowFieldsFragment } from '@chainboard/web-graphql';
import { ListPageHeader, PageLoading } from '@chainboard/web-ui';
import { CompanyFilterBar } from '../components/CompanyFilterBar';
import { COMPANY_COLUMN_SORT, COMPANY_TABLE, toCompanyExportInput, toCompanyListInput, type CompanyColumn, type CompanyTableState } from '../filters';
import { useCompanies } from '../hooks';
import { COMPANIES_TEXTS } from '../../../i18n';

type Row = CompanyRowFieldsFragment;

/** Table columns that stand for several export columns. */
const COMPANY_EXPORT_RELATED = { region: ['province', 'city'] };

/**
 * /companies: the company table, filtered, sorted and paged on the server, with saved views, export and import; it opens
 * on the signed-in user's own chain.
 */
export function CompaniesPage() {
  const { user } = useAuth();
  const actor = user ? actorOf(user) : null;
  const own = useDefaultChainId(actor);
  if (own.isPending) return <PageLoading />;
  return <CompanyTable abilities={crmAbilities(actor)} defaults={defaultsOnChain(COMPANY_TABLE.defaults, own.chainId)} />;
}

/** The table itself, opening on `defaults` (the user's own chain) unless it is being come back to. */
function CompanyTable({ abilities, defaults }: { abilities: CrmAbilities; defaults: CompanyTableState }) {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const navigate = useNavigate();
  const [state, setState] = useTableState(COMPANY_TABLE, defaults);
  const input = useMemo(() => toCompanyListInput(state), [state]);
  const counted = useExactTotal(input);
  const companies = useCompanies(counted.input);

  const yesNo = (v: boolean) => (v ? t('yes') : t('no'));
  const all: Record<CompanyColumn, TableColumnsType<Row>[number]> = {
    name: {
      title: t('company.columns.name'),
      render: (_v, c) => (
        <Flex vertical>
          <Link to={`/companies/${c.id}`}>{c.name}</Link>
          {(c.englishName || c.aliases.length > 0) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[c.englishName, ...c.aliases].filter(Boolean).join(' · ')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    creditCode: { title: t('company.columns.creditCode'), render: (_v, c) => c.creditCode ?? t('common.none') },
    region: { title: t('company.columns.region'), render: (_v, c) => formatRegion(c.province, c.city) || t('common.none') },
    headquarters: { title: t('company.columns.headquarters'), render: (_v, c) => c.headquarters ?? t('common.none') },
    isListed: { title: t('company.columns.isListed'), render: (_v, c) => yesNo(c.isListed) },
    isLocal: { title: t('company.columns.isLocal'), render: (_v, c) => yesNo(c.isLocal) },
    tags: {
      title: t('company.columns.tags'),
      render: (_v, c) => (
        <Flex gap={4} wrap>
          {c.tags.map((tag) => (
            <Tag key={tag.id} style={{ marginInlineEnd: 0 }}>
              {t('tag.label', { list: tag.list.name, year: tag.year })}
            </Tag>
          ))}
        </Flex>
      ),
    },
    openLeadCount: { title: t('company.columns.openLeadCount'), align: 'right', render: (_v, c) => c.openLeadCount },
    lastContactOn: { title: t('company.columns.lastContactOn'), render: (_v, c) => c.lastContactOn ?? t('common.none') },
    updatedAt: { title: t('company.columns.updatedAt'), render: (_v, c) => formatDateTime(c.updatedAt) },
  };
  const columns: TableColumnsType<Row> = state.columns.map((key) => {
    const sortField = COMPANY_COLUMN_SORT[key as CompanyColumn];
    return {
      ...all[key as CompanyColumn],
      key,
      ...(sortField ? { sorter: true, sortOrder: sortOrderOf(state, sortField), sortDirections: ['ascend', 'descend'] as const } : {}),
    };
  }) as TableColumnsType<Row>;

  return (
    <Flex vertical gap="middle">
      <ListPageHeader
        title={t('company.listTitle')}
        extra={
          <>
            {abilities.importData && <ImportButton kind="COMPANIES" />}
            <ExportButton
              table="COMPANIES"
              input={toCompanyExportInput(state)}
              visibleColumns={state.columns}
              related={COMPANY_EXPORT_RELATED}
              total={companies.data?.total}
              totalCapped={companies.data?.totalCapped}
            />
            {abilities.editCompanies && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/companies/new')}>
                {t('company.new')}
              </Button>
            )}
          </>
        }
      />
      <CompanyFilterBar value={state.filters} onChange={(filters) => setState(withFilters(state, filters))} />
      <ServerTable
        spec={COMPANY_TABLE}
        state={state}
        onStateChange={setState}
        columns={columns}
        columnLabel={(key) => t(`company.columns.${key}`)}
        columnSort={COMPANY_COLUMN_SORT}
        rows={companies.data?.items ?? []}
        total={companies.data?.total ?? 0}
        totalCapped={companies.data?.totalCapped}
        onCountExactly={counted.countExactly}
        loading={companies.isFetching}
        error={companies.error}
      />
    </Flex>
  );
}
