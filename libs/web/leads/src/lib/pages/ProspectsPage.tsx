import { DeleteOutlined, EditOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Segmented, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { canOnChain } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import { ChainNodeSelect, ExportButton, LeadStatusTag, PAGE_SIZES, PriorityTag, ProspectEditModal, useCrmChains } from '@chainboard/web-companies';
import type { Priority, ProspectFieldsFragment } from '@chainboard/web-graphql';
import { ErrorAlert, PageLoading, errorMessage } from '@chainboard/web-ui';
import { ProspectFormModal } from '../components/ProspectFormModal';
import { useConvertProspect, useProspects, useRemoveProspect } from '../hooks';
import { PRIORITIES, toProspectListInput, type ProspectFilters } from '../prospects';

/** The export's columns this table shows (the credit code and the date added are there to tick). */
const PROSPECT_EXPORT_COLUMNS = ['company', 'chain', 'node', 'priority', 'assignee', 'reason', 'converted'] as const;

/** /prospects?chain=…&node=… — the prospects (目标企业) of a chain, or of one of its nodes; add one, or turn one into a lead. */
export function ProspectsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { user } = useAuth();
  const actor = user ? actorOf(user) : null;
  const chains = useCrmChains();
  const [params, setParams] = useSearchParams();
  const chainId = params.get('chain') ?? chains.data?.[0]?.id ?? null;
  const nodeId = params.get('node');
  const chain = chains.data?.find((c) => c.id === chainId) ?? null;
  const [priority, setPriority] = useState<Priority | undefined>();
  const [stateFilter, setStateFilter] = useState<ProspectFilters['state']>('open');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<ProspectFieldsFragment | null>(null);
  const input = useMemo(
    () => toProspectListInput({ chainId, nodeId, priority, state: stateFilter }, page, pageSize),
    [chainId, nodeId, priority, stateFilter, page, pageSize],
  );
  const prospects = useProspects(input, chainId !== null);
  const convert = useConvertProspect();
  const remove = useRemoveProspect();
  const canEdit = Boolean(actor && chain && canOnChain(actor, 'prospect.edit', chain));
  const canConvert = Boolean(actor && chain && canOnChain(actor, 'lead.edit', chain));

  const select = (patch: { chain?: string; node?: string | null }) => {
    const next = new URLSearchParams(params);
    if (patch.chain !== undefined) {
      next.set('chain', patch.chain);
      next.delete('node');
    }
    if (patch.node !== undefined) {
      if (patch.node) next.set('node', patch.node);
      else next.delete('node');
    }
    setPage(1);
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<ProspectFieldsFragment> = [
    { key: 'company', title: t('crm.prospect.fields.company'), render: (_v, p) => <Link to={`/companies/${p.company.id}`}>{p.company.name}</Link> },
    { key: 'node', title: t('crm.prospect.fields.node'), render: (_v, p) => p.node.name },
    { key: 'priority', title: t('crm.prospect.fields.priority'), render: (_v, p) => <PriorityTag priority={p.priority} /> },
    { key: 'assignee', title: t('crm.prospect.fields.assignee'), render: (_v, p) => p.assignee?.displayName ?? t('common.none') },
    { key: 'reason', title: t('crm.prospect.fields.reason'), render: (_v, p) => p.reason || t('common.none') },
    {
      key: 'lead',
      title: t('crm.prospect.fields.lead'),
      render: (_v, p) =>
        p.lead ? (
          <Flex gap={4} align="center" wrap>
            <Link to={`/leads/${p.lead.id}`}>{p.lead.title}</Link>
            <LeadStatusTag status={p.lead.status} />
          </Flex>
        ) : canConvert ? (
          <Button
            size="small"
            type="primary"
            ghost
            icon={<ThunderboltOutlined />}
            loading={convert.isPending && convert.variables?.prospectId === p.id}
            aria-label={t('crm.prospect.convertNamed', { name: p.company.name })}
            onClick={() =>
              convert.mutate(
                { prospectId: p.id },
                {
                  onSuccess: (lead) => {
                    message.success(t('crm.prospect.converted'));
                    navigate(`/leads/${lead.id}`, { state: { created: true } });
                  },
                  onError: (error) => message.error(errorMessage(error, t)),
                },
              )
            }
          >
            {t('crm.prospect.convert')}
          </Button>
        ) : (
          t('common.none')
        ),
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_v: unknown, p: ProspectFieldsFragment) => (
              <Flex gap={4}>
                <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('crm.prospect.edit', { name: p.company.name, node: p.node.name })} onClick={() => setEditing(p)} />
                <Popconfirm
                  title={t('crm.prospect.confirmRemove', { name: p.company.name })}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove.mutate(p.id, { onError: (error) => message.error(errorMessage(error, t)) })}
                >
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('crm.prospect.remove', { name: p.company.name })} />
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  if (chains.isPending) return <PageLoading />;

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="small" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('crm.prospect.listTitle')}
        </Typography.Title>
        <Flex gap="small" wrap>
          {chainId && <ExportButton table="PROSPECTS" input={input} visibleColumns={PROSPECT_EXPORT_COLUMNS} total={prospects.data?.total} />}
          {canEdit && chainId && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('crm.prospect.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      <ErrorAlert error={chains.error} />
      <Flex gap="small" wrap>
        <Select
          aria-label={t('crm.filters.chain')}
          style={{ minWidth: 160 }}
          value={chainId ?? undefined}
          options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={(id) => select({ chain: id })}
        />
        <div style={{ flex: '1 1 200px', maxWidth: 320 }}>
          <ChainNodeSelect aria-label={t('crm.filters.node')} chainId={chainId} value={nodeId} onChange={(id) => select({ node: (id as string | null) ?? null })} placeholder={t('crm.prospect.allNodes')} />
        </div>
        <Select
          aria-label={t('crm.prospect.fields.priority')}
          placeholder={t('crm.prospect.fields.priority')}
          allowClear
          style={{ minWidth: 110 }}
          value={priority}
          options={PRIORITIES.map((p) => ({ value: p, label: t(`crm.priority.${p}`) }))}
          onChange={(p) => {
            setPriority(p);
            setPage(1);
          }}
        />
        <Segmented
          value={stateFilter}
          onChange={(v) => {
            setStateFilter(v as ProspectFilters['state']);
            setPage(1);
          }}
          options={[
            { value: 'open', label: t('crm.prospect.state.open') },
            { value: 'converted', label: t('crm.prospect.state.converted') },
            { value: 'all', label: t('crm.prospect.state.all') },
          ]}
        />
      </Flex>
      <ErrorAlert error={prospects.error} />
      <Table<ProspectFieldsFragment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={prospects.data?.items ?? []}
        loading={prospects.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('crm.prospect.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: prospects.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: (total) => t('crm.table.total', { count: total }),
          size: 'small',
          onChange: (p, size) => {
            setPage(size !== pageSize ? 1 : p);
            setPageSize(size);
          },
        }}
      />
      {canEdit && chainId && <ProspectFormModal chainId={chainId} nodeId={nodeId} open={adding} onClose={() => setAdding(false)} />}
      {canEdit && <ProspectEditModal prospect={editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
}
