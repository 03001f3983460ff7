import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { actorOf, useAuth } from '@chainboard/web-auth';
import {
  ConfidentialTag,
  ExportButton,
  ImportButton,
  LeadAlertTags,
  LeadStatusTag,
  ServerTable,
  crmAbilities,
  formatInvestment,
  sortOrderOf,
  useTableState,
  withFilters,
} from '@chainboard/web-companies';
import type { LeadsQuery } from '@chainboard/web-graphql';
import { LeadFilterBar } from '../components/LeadFilterBar';
import { LEAD_COLUMN_SORT, LEAD_TABLE, toLeadExportInput, toLeadListInput, type LeadColumn } from '../filters';
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
      <ServerTable
        spec={LEAD_TABLE}
        state={state}
        onStateChange={setState}
        columns={columns}
        columnLabel={(key) => t(`crm.lead.columns.${key}`)}
        columnSort={LEAD_COLUMN_SORT}
        rows={leads.data?.items ?? []}
        total={leads.data?.total ?? 0}
        loading={leads.isFetching}
        error={leads.error}
      />
    </Flex>
  );
}
