import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { actorOf, useAuth } from '@chainboard/web-auth';
import {
  ColumnChooser,
  ConfidentialTag,
  ExportButton,
  ImportButton,
  LeadAlertTags,
  LeadStatusTag,
  PAGE_SIZES,
  SavedViewsBar,
  applyTableChange,
  crmAbilities,
  formatInvestment,
  sortOrderOf,
  stateFromSettings,
  toTableChange,
  useTableState,
  viewSettings,
  withFilters,
} from '@chainboard/web-companies';
import type { LeadsQuery } from '@chainboard/web-graphql';
import { ErrorAlert } from '@chainboard/web-ui';
import { LeadFilterBar } from '../components/LeadFilterBar';
import { LEAD_COLUMNS, LEAD_COLUMN_SORT, LEAD_TABLE, toLeadExportInput, toLeadListInput, type LeadColumn } from '../filters';
import { useLeads } from '../hooks';

type Row = LeadsQuery['leads']['items'][number];

/** Table columns that stand for several export columns. */
const LEAD_EXPORT_RELATED = { nextAction: ['nextAction', 'nextActionDue'] };

/** /leads: the lead table, filtered, sorted and paged on the server, with saved views, export and import. */
export function LeadsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useAuth();
  const abilities = crmAbilities(user ? actorOf(user) : null);
  const [state, setState] = useTableState(LEAD_TABLE);
  const [viewId, setViewId] = useState<string | null>(null);
  const input = useMemo(() => toLeadListInput(state), [state]);
  const leads = useLeads(input);
  const none = t('common.none');

  const all: Record<LeadColumn, TableColumnsType<Row>[number]> = {
    title: {
      title: t('crm.lead.columns.title'),
      render: (_v, l) => (
        <Flex gap={4} align="center" wrap>
          <Link to={`/leads/${l.id}`}>{l.title}</Link>
          {l.confidential && <ConfidentialTag masked={l.masked} />}
        </Flex>
      ),
    },
    company: {
      title: t('crm.lead.columns.company'),
      render: (_v, l) => (l.masked ? t('crm.confidential.hidden') : l.company ? <Link to={`/companies/${l.company.id}`}>{l.company.name}</Link> : none),
    },
    chain: { title: t('crm.lead.columns.chain'), render: (_v, l) => l.chain.name },
    status: { title: t('crm.lead.columns.status'), render: (_v, l) => <LeadStatusTag status={l.status} /> },
    source: { title: t('crm.lead.columns.source'), render: (_v, l) => t(`crm.leadSource.${l.source}`) },
    owner: { title: t('crm.lead.columns.owner'), render: (_v, l) => l.owner?.displayName ?? none },
    intendedInvestment: {
      title: t('crm.lead.columns.intendedInvestment'),
      align: 'right',
      render: (_v, l) => (l.masked ? t('crm.confidential.hidden') : formatInvestment(l.intendedInvestment, t)),
    },
    nextAction: {
      title: t('crm.lead.columns.nextAction'),
      render: (_v, l) =>
        l.nextAction ? (
          <Flex vertical>
            <Typography.Text ellipsis style={{ maxWidth: 240 }}>
              {l.nextAction}
            </Typography.Text>
            {l.nextActionDue && <Typography.Text type={l.timing.nextActionOverdue ? 'danger' : 'secondary'}>{l.nextActionDue}</Typography.Text>}
          </Flex>
        ) : (
          none
        ),
    },
    lastContactOn: { title: t('crm.lead.columns.lastContactOn'), render: (_v, l) => l.timing.lastContactOn ?? none },
    createdOn: { title: t('crm.lead.columns.createdOn'), render: (_v, l) => l.createdOn },
    alerts: {
      title: t('crm.lead.columns.alerts'),
      render: (_v, l) => (l.timing.alerts.length ? <LeadAlertTags alerts={l.timing.alerts} /> : <Tag style={{ marginInlineEnd: 0 }}>{t('crm.lead.noAlerts')}</Tag>),
    },
  };
  const columns = state.columns.map((key) => {
    const sortField = LEAD_COLUMN_SORT[key as LeadColumn];
    return {
      ...all[key as LeadColumn],
      key,
      ...(sortField ? { sorter: true, sortOrder: sortOrderOf(state, sortField), sortDirections: ['ascend', 'descend'] as const } : {}),
    };
  }) as TableColumnsType<Row>;

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="small" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('crm.lead.listTitle')}
        </Typography.Title>
        <Flex gap="small" wrap>
          {abilities.importData && <ImportButton kind="LEADS" />}
          <ExportButton table="LEADS" input={toLeadExportInput(state)} visibleColumns={state.columns} related={LEAD_EXPORT_RELATED} total={leads.data?.total} />
          {abilities.editLeads && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/leads/new')}>
              {t('crm.nav.newLead')}
            </Button>
          )}
        </Flex>
      </Flex>
      <LeadFilterBar value={state.filters} onChange={(filters) => setState(withFilters(state, filters))} />
      <Flex justify="space-between" gap="small" wrap>
        <SavedViewsBar
          tableKey={LEAD_TABLE.key}
          settings={viewSettings(state)}
          onApply={(settings) => setState(stateFromSettings(LEAD_TABLE, settings))}
          activeId={viewId}
          onActiveChange={setViewId}
        />
        <ColumnChooser
          columns={LEAD_COLUMNS.map((key) => ({ key, label: t(`crm.lead.columns.${key}`), fixed: LEAD_TABLE.fixedColumns.includes(key) }))}
          value={state.columns}
          onChange={(cols) => setState({ ...state, columns: cols })}
        />
      </Flex>
      <ErrorAlert error={leads.error} />
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={leads.data?.items ?? []}
        loading={leads.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: leads.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: (total) => t('crm.table.total', { count: total }),
          size: 'small',
        }}
        onChange={(pagination, _filters, sorter, extra) => {
          const change = toTableChange(pagination, sorter, extra.action, LEAD_COLUMN_SORT);
          if (change) setState(applyTableChange(LEAD_TABLE, state, change));
        }}
      />
    </Flex>
  );
}
