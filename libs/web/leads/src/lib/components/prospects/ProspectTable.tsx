import { DeleteOutlined, EditOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { DemoTag, LeadStatusTag, PAGE_SIZES, PriorityTag } from '@chainboard/web-crm';
import type { ProspectFieldsFragment, ProspectsQuery } from '@chainboard/web-graphql';
import { RowActions, TotalCount, errorMessage } from '@chainboard/web-ui';
import { useConvertProspect, useRemoveProspect } from '../../hooks';
import type { ProspectListState } from './use-prospect-list';
import { LEADS_TEXTS } from '../../../i18n';

export interface ProspectTableProps {
  list: ProspectListState;
  page: ProspectsQuery['prospects'] | undefined;
  /** Asks for the exact count when the page's total was capped ("1,000+"). */
  onCountExactly?: () => void;
  loading: boolean;
  /** May add, edit and remove prospects on this chain. */
  canEdit: boolean;
  /** May turn a prospect into a lead on this chain. */
  canConvert: boolean;
  onEdit: (prospect: ProspectFieldsFragment) => void;
}

/** A page of prospects: company, node, priority, assignee, reason, the lead it became (or "to lead"), and row actions. */
export function ProspectTable({ list, page, onCountExactly, loading, canEdit, canConvert, onEdit }: ProspectTableProps) {
  const { t } = useTranslation(LEADS_TEXTS);
  const remove = useRemoveProspect();
  const columns: TableColumnsType<ProspectFieldsFragment> = [
    {
      key: 'company',
      title: t('prospect.fields.company'),
      render: (_v, p) => (
        <Flex gap={4} align="center" wrap>
          <Link to={`/companies/${p.company.id}`}>{p.company.name}</Link>
          {p.isDemo && <DemoTag />}
        </Flex>
      ),
    },
    { key: 'node', title: t('prospect.fields.node'), render: (_v, p) => p.node.name },
    { key: 'priority', title: t('prospect.fields.priority'), render: (_v, p) => <PriorityTag priority={p.priority} /> },
    { key: 'assignee', title: t('prospect.fields.assignee'), render: (_v, p) => p.assignee?.displayName ?? t('common.none') },
    { key: 'reason', title: t('prospect.fields.reason'), render: (_v, p) => p.reason || t('common.none') },
    {
      key: 'lead',
      title: t('prospect.fields.lead'),
      render: (_v, p) =>
        p.lead ? (
          <Flex gap={4} align="center" wrap>
            <Link to={`/leads/${p.lead.id}`}>{p.lead.title}</Link>
            <LeadStatusTag status={p.lead.status} />
          </Flex>
        ) : canConvert ? (
          <ConvertProspectButton prospect={p} />
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
              <RowActions
                iconOnly
                actions={[
                  { key: 'edit', label: t('common.edit'), icon: <EditOutlined />, ariaLabel: t('prospect.edit', { name: p.company.name, node: p.node.name }), onClick: () => onEdit(p) },
                  {
                    key: 'remove',
                    label: t('common.delete'),
                    icon: <DeleteOutlined />,
                    danger: true,
                    ariaLabel: t('prospect.remove', { name: p.company.name }),
                    confirm: t('prospect.confirmRemove', { name: p.company.name }),
                    onClick: () => remove.mutateAsync(p.id),
                  },
                ]}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<ProspectFieldsFragment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('prospect.empty') }}
      pagination={{
        current: list.page,
        pageSize: list.pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (total) => <TotalCount count={total} capped={page?.totalCapped} onCountExactly={onCountExactly} />,
        size: 'small',
        onChange: list.paginate,
      }}
    />
  );
}

/** Turns a prospect into a lead (then opens the lead). */
function ConvertProspectButton({ prospect }: { prospect: ProspectFieldsFragment }) {
  const { t } = useTranslation(LEADS_TEXTS);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const convert = useConvertProspect();
  return (
    <Button
      size="small"
      type="primary"
      ghost
      icon={<ThunderboltOutlined />}
      loading={convert.isPending}
      aria-label={t('prospect.convertNamed', { name: prospect.company.name })}
      onClick={() =>
        convert.mutate(
          { prospectId: prospect.id },
          {
            onSuccess: (lead) => {
              message.success(t('prospect.converted'));
              navigate(`/leads/${lead.id}`, { state: { created: true } });
            },
            onError: (error) => message.error(errorMessage(error, t)),
          },
        )
      }
    >
      {t('prospect.convert')}
    </Button>
  );
}
