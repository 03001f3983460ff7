import { UndoOutlined } from '@ant-design/icons';
import { Flex, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { can, districtDateTime } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import { EmptyState, ErrorAlert, ListPageHeader, RowActions } from '@chainboard/web-ui';
import { ADMIN_NS } from '../i18n';
import { Forbidden } from './Forbidden';
import { useRecycleBin, useRestore, type RestoredKind } from './audit-hooks';
import { useAdminUsers } from './hooks';

interface Deleted {
  id: string;
  name: string;
  deletedAt?: string | null;
  deletedById?: string | null;
  /** A company merged into another: kept for the record, never restored (its records belong to the survivor). */
  mergedIntoId?: string | null;
}

/** /admin/recycle-bin — 回收站: deleted companies, leads and projects, each restored with one click. Admins only. */
export function RecycleBinPage() {
  const { t } = useTranslation(ADMIN_NS);
  const { user } = useAuth();
  if (!user || !can(actorOf(user), 'record.restore')) return <Forbidden title={t('recycleBin.title')} />;
  return <RecycleBinContent />;
}

function RecycleBinContent() {
  const { t } = useTranslation(ADMIN_NS);
  const bin = useRecycleBin();
  const users = useAdminUsers({});
  const restore = useRestore();
  const nameOf = (id?: string | null) => (id ? (users.data ?? []).find((u) => u.id === id)?.displayName ?? '' : '');

  const columns = (kind: RestoredKind): TableColumnsType<Deleted> => [
    { key: 'name', title: t(`recycleBin.fields.${kind}`), render: (_v, r) => r.name },
    { key: 'deletedAt', title: t('recycleBin.fields.deletedAt'), render: (_v, r) => (r.deletedAt ? districtDateTime(new Date(r.deletedAt)) : '') },
    { key: 'deletedBy', title: t('recycleBin.fields.deletedBy'), render: (_v, r) => nameOf(r.deletedById) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_v, r) =>
        r.mergedIntoId ? (
          <Tag title={t('recycleBin.mergedHint')}>{t('recycleBin.merged')}</Tag>
        ) : (
          <RowActions
            actions={[
              {
                key: 'restore',
                label: t('recycleBin.restore'),
                icon: <UndoOutlined />,
                ariaLabel: t('recycleBin.restoreLabel', { name: r.name }),
                confirm: t('recycleBin.confirmRestore', { name: r.name }),
                confirmOkText: t('recycleBin.restore'),
                successMessage: t('recycleBin.restored'),
                onClick: () => restore.mutateAsync({ kind, id: r.id }),
              },
            ]}
          />
        ),
    },
  ];

  const lists: Array<{ kind: RestoredKind; rows: Deleted[]; total: number }> = [
    { kind: 'company', rows: (bin.data?.deletedCompanies.items ?? []).map((c) => ({ ...c })), total: bin.data?.deletedCompanies.total ?? 0 },
    { kind: 'lead', rows: (bin.data?.deletedLeads.items ?? []).map((l) => ({ ...l, name: l.title })), total: bin.data?.deletedLeads.total ?? 0 },
    { kind: 'project', rows: (bin.data?.deletedProjects.items ?? []).map((p) => ({ ...p })), total: bin.data?.deletedProjects.total ?? 0 },
  ];

  return (
    <Flex vertical gap="middle">
      <ListPageHeader title={t('recycleBin.title')} subtitle={t('recycleBin.intro')} />
      <ErrorAlert error={bin.error} />
      <Tabs
        items={lists.map(({ kind, rows, total }) => ({
          key: kind,
          label: t(`recycleBin.tabs.${kind}`, { count: total }),
          children: (
            <Table<Deleted>
              rowKey="id"
              size="middle"
              columns={columns(kind)}
              dataSource={rows}
              loading={bin.isFetching}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              locale={{ emptyText: <EmptyState description={t('recycleBin.empty')} /> }}
            />
          ),
        }))}
      />
    </Flex>
  );
}
