import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { actorOf, useAuth } from '@chainboard/web-auth';
import {
  ConfidentialTag,
  DemoTag,
  ExportButton,
  ImportButton,
  LeadAlertTags,
  LeadStatusTag,
  ServerTable,
  crmAbilities,
  defaultsOnChain,
  formatInvestment,
  sortOrderOf,
  useDefaultChainId,
  useExactTotal,
  useTableState,
  withFilters,
  type CrmAbilities,
} from '@chainboard/web-crm';
import type { LeadsQuery } from '@chainboard/web-graphql';
import { ListPageHeader, PageLoading } from '@chainboard/web-ui';
import { LeadFilterBar } from '../components/LeadFilterBar';
import { LEAD_COLUMN_SORT, LEAD_TABLE, leadTableStateFromSearch, toLeadExportInput, toLeadListInput, type LeadColumn, type LeadTableState } from '../filters';
import { useLeads } from '../hooks';
import { LEADS_TEXTS } from '../../i18n';

type Row = LeadsQuery['leads']['items'][number];

/** Table columns that stand for several export columns. */
const LEAD_EXPORT_RELATED = { nextAction: ['nextAction', 'nextActionDue'] };

/**
 * /leads: the lead table, filtered, sorted and paged on the server, with saved views, export and import; it opens on the
 * signed-in user's own chain, or on the filters a link asks for (leadTableHref, e.g. "view all" of a "My work" list).
 */
export function LeadsPage() {
  const { user } = useAuth();
  const { search } = useLocation();
  const actor = user ? actorOf(user) : null;
  const own = useDefaultChainId(actor);
  const opening = useMemo(() => leadTableStateFromSearch(search), [search]);
  if (own.isPending) return <PageLoading />;
  return <LeadTable key={search} abilities={crmAbilities(actor)} defaults={defaultsOnChain(LEAD_TABLE.defaults, own.chainId)} opening={opening} />;
}

/** The table itself, opening on the linked filters, else on `defaults` (the user's own chain) unless it is being come back to. */
function LeadTable({ abilities, defaults, opening }: { abilities: CrmAbilities; defaults: LeadTableState; opening: LeadTableState | null }) {
  const { t } = useTranslation(LEADS_TEXTS);
  const navigate = useNavigate();
  const [state, setState] = useTableState(LEAD_TABLE, defaults, opening);
  const input = useMemo(() => toLeadListInput(state), [state]);
  const counted = useExactTotal(input);
  const leads = useLeads(counted.input);
  const none = t('common.none');

  const all: Record<LeadColumn, TableColumnsType<Row>[number]> = {
    title: {
      title: t('lead.columns.title'),
      render: (_v, l) => (
        <Flex gap={4} align="center" wrap>
          <Link to={`/leads/${l.id}`}>{l.title}</Link>
          {l.confidential && <ConfidentialTag masked={l.masked} />}
          {l.isDemo && <DemoTag />}
        </Flex>
      ),
    },
    company: {
      title: t('lead.columns.company'),
      render: (_v, l) => (l.masked ? t('confidential.hidden') : l.company ? <Link to={`/companies/${l.company.id}`}>{l.company.name}</Link> : none),
    },
    chain: { title: t('lead.columns.chain'), render: (_v, l) => l.chain.name },
    status: { title: t('lead.columns.status'), render: (_v, l) => <LeadStatusTag status={l.status} /> },
    source: { title: t('lead.columns.source'), render: (_v, l) => t(`leadSource.${l.source}`) },
    owner: { title: t('lead.columns.owner'), render: (_v, l) => l.owner?.displayName ?? none },
    intendedInvestment: {
      title: t('lead.columns.intendedInvestment'),
      align: 'right',
      render: (_v, l) => (l.masked ? t('confidential.hidden') : formatInvestment(l.intendedInvestment, t)),
    },
    nextAction: {
      title: t('lead.columns.nextAction'),
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
    lastContactOn: { title: t('lead.columns.lastContactOn'), render: (_v, l) => l.timing.lastContactOn ?? none },
    createdOn: { title: t('lead.columns.createdOn'), render: (_v, l) => l.createdOn },
    alerts: {
      title: t('lead.columns.alerts'),
      render: (_v, l) => (l.timing.alerts.length ? <LeadAlertTags alerts={l.timing.alerts} /> : <Tag style={{ marginInlineEnd: 0 }}>{t('lead.noAlerts')}</Tag>),
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
      <ListPageHeader
        title={t('lead.listTitle')}
        extra={
          <>
            {abilities.importData && <ImportButton kind="LEADS" />}
            <ExportButton table="LEADS" input={toLeadExportInput(state)} visibleColumns={state.columns} related={LEAD_EXPORT_RELATED} total={leads.data?.total} totalCapped={leads.data?.totalCapped} />
            {abilities.editLeads && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/leads/new')}>
                {t('nav.newLead')}
              </Button>
            )}
          </>
        }
      />
      <LeadFilterBar value={state.filters} onChange={(filters) => setState(withFilters(state, filters))} />
      <ServerTable
        spec={LEAD_TABLE}
        state={state}
        onStateChange={setState}
        columns={columns}
        columnLabel={(key) => t(`lead.columns.${key}`)}
        columnSort={LEAD_COLUMN_SORT}
        rows={leads.data?.items ?? []}
        total={leads.data?.total ?? 0}
        totalCapped={leads.data?.totalCapped}
        onCountExactly={counted.countExactly}
        loading={leads.isFetching}
        error={leads.error}
      />
    </Flex>
  );
}
