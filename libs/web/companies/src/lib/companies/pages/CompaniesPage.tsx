import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { actorOf, useAuth } from '@chainboard/web-auth';
import type { CompanyRowFieldsFragment } from '@chainboard/web-graphql';
import { formatDateTime, formatRegion } from '../../common/format';
import { crmAbilities } from '../../common/permissions';
import { ExportButton } from '../../tables/ExportButton';
import { ImportButton } from '../../tables/ImportButton';
import { ServerTable } from '../../tables/ServerTable';
import { useTableState } from '../../tables/hooks';
import { sortOrderOf, withFilters } from '../../tables/table-state';
import { CompanyFilterBar } from '../components/CompanyFilterBar';
import { COMPANY_COLUMN_SORT, COMPANY_TABLE, toCompanyExportInput, toCompanyListInput, type CompanyColumn } from '../filters';
import { useCompanies } from '../hooks';

type Row = CompanyRowFieldsFragment;

/** Table columns that stand for several export columns. */
const COMPANY_EXPORT_RELATED = { region: ['province', 'city'] };

/** /companies: the company table, filtered, sorted and paged on the server, with saved views, export and import. */
export function CompaniesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useAuth();
  const abilities = crmAbilities(user ? actorOf(user) : null);
  const [state, setState] = useTableState(COMPANY_TABLE);
  const input = useMemo(() => toCompanyListInput(state), [state]);
  const companies = useCompanies(input);

  const yesNo = (v: boolean) => (v ? t('crm.yes') : t('crm.no'));
  const all: Record<CompanyColumn, TableColumnsType<Row>[number]> = {
    name: {
      title: t('crm.company.columns.name'),
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
    creditCode: { title: t('crm.company.columns.creditCode'), render: (_v, c) => c.creditCode ?? t('common.none') },
    region: { title: t('crm.company.columns.region'), render: (_v, c) => formatRegion(c.province, c.city) || t('common.none') },
    headquarters: { title: t('crm.company.columns.headquarters'), render: (_v, c) => c.headquarters ?? t('common.none') },
    isListed: { title: t('crm.company.columns.isListed'), render: (_v, c) => yesNo(c.isListed) },
    isLocal: { title: t('crm.company.columns.isLocal'), render: (_v, c) => yesNo(c.isLocal) },
    tags: {
      title: t('crm.company.columns.tags'),
      render: (_v, c) => (
        <Flex gap={4} wrap>
          {c.tags.map((tag) => (
            <Tag key={tag.id} style={{ marginInlineEnd: 0 }}>
              {t('crm.tag.label', { list: tag.list.name, year: tag.year })}
            </Tag>
          ))}
        </Flex>
      ),
    },
    openLeadCount: { title: t('crm.company.columns.openLeadCount'), align: 'right', render: (_v, c) => c.openLeadCount },
    lastContactOn: { title: t('crm.company.columns.lastContactOn'), render: (_v, c) => c.lastContactOn ?? t('common.none') },
    updatedAt: { title: t('crm.company.columns.updatedAt'), render: (_v, c) => formatDateTime(c.updatedAt) },
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
      <Flex justify="space-between" align="center" gap="small" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('crm.company.listTitle')}
        </Typography.Title>
        <Flex gap="small" wrap>
          {abilities.importData && <ImportButton kind="COMPANIES" />}
          <ExportButton
            table="COMPANIES"
            input={toCompanyExportInput(state)}
            visibleColumns={state.columns}
            related={COMPANY_EXPORT_RELATED}
            total={companies.data?.total}
          />
          {abilities.editCompanies && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/companies/new')}>
              {t('crm.company.new')}
            </Button>
          )}
        </Flex>
      </Flex>
      <CompanyFilterBar value={state.filters} onChange={(filters) => setState(withFilters(state, filters))} />
      <ServerTable
        spec={COMPANY_TABLE}
        state={state}
        onStateChange={setState}
        columns={columns}
        columnLabel={(key) => t(`crm.company.columns.${key}`)}
        columnSort={COMPANY_COLUMN_SORT}
        rows={companies.data?.items ?? []}
        total={companies.data?.total ?? 0}
        loading={companies.isFetching}
        error={companies.error}
      />
    </Flex>
  );
}
