import { EditOutlined, KeyOutlined, PlusOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Segmented, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, ROLE_ORDER } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import type { AdminUserFieldsFragment, Role } from '@chainboard/web-graphql';
import { EmptyState, ErrorAlert, ListPageHeader, RowActions } from '@chainboard/web-ui';
import { ADMIN_NS } from '../i18n';
import { Forbidden } from './Forbidden';
import { orderedRoles, toUserFilterInput, type UserFilters } from './forms';
import { USER_PAGE_SIZE, useAdminChains, useAdminDepartments, useAdminUserPage, useResetUserPassword, useSetUserActive, type UserWithPassword } from './hooks';
import { TemporaryPasswordModal } from './TemporaryPasswordModal';
import { UserFormModal } from './UserFormModal';

type User = AdminUserFieldsFragment;
type Editing = { user?: User } | null;

/** /admin/users — 用户管理: accounts, their roles and chains, disabling and password resets. Admins only. */
export function UsersPage() {
  const { t } = useTranslation(ADMIN_NS);
  const { user } = useAuth();
  if (!user || !can(actorOf(user), 'user.manage')) return <Forbidden title={t('users.title')} />;
  return <UsersContent selfId={user.id} />;
}

function UsersContent({ selfId }: { selfId: string }) {
  const { t } = useTranslation(ADMIN_NS);
  const [filters, setFiltersState] = useState<UserFilters>({ status: 'all' });
  const [page, setPage] = useState(1);
  const [exactTotal, setExactTotal] = useState(false);
  // Another filter shows its matches from the first page.
  const setFilters = (change: (f: UserFilters) => UserFilters) => {
    setFiltersState(change);
    setPage(1);
  };
  const filter = useMemo(() => toUserFilterInput(filters), [filters]);
  const users = useAdminUserPage(filter, page, exactTotal);
  const chains = useAdminChains();
  const departments = useAdminDepartments(true);
  const setActive = useSetUserActive();
  const reset = useResetUserPassword();
  const [editing, setEditing] = useState<Editing>(null);
  const [shown, setShown] = useState<{ name: string; password: string } | null>(null);
  const chainName = new Map((chains.data ?? []).map((c) => [c.id, c.name]));
  const show = ({ user, temporaryPassword }: UserWithPassword) => setShown({ name: user.displayName, password: temporaryPassword });

  const columns: TableColumnsType<User> = [
    {
      key: 'user',
      title: t('users.fields.displayName'),
      render: (_v, u) => (
        <Flex vertical>
          <Typography.Text strong>{u.displayName}</Typography.Text>
          <Typography.Text type="secondary">{u.username}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'roles',
      title: t('users.fields.roles'),
      render: (_v, u) => (
        <Flex gap={4} wrap>
          {orderedRoles(u.roles).map((role) => (
            <Tag key={role} color={role === u.role ? 'blue' : undefined} style={{ marginInlineEnd: 0 }}>
              {t(`roles.${role}`)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { key: 'department', title: t('users.fields.departmentId'), render: (_v, u) => u.department?.name ?? t('common.none') },
    {
      key: 'chains',
      title: t('users.fields.chainIds'),
      render: (_v, u) =>
        u.chainIds.length ? (
          <Flex gap={4} wrap>
            {u.chainIds.map((id) => (
              <Tag key={id} style={{ marginInlineEnd: 0 }}>
                {chainName.get(id) ?? id}
              </Tag>
            ))}
          </Flex>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'status',
      title: t('users.fields.status'),
      render: (_v, u) => (
        <Flex gap={4} wrap>
          {u.active ? <Tag color="green">{t('users.status.active')}</Tag> : <Tag>{t('users.status.disabled')}</Tag>}
          {u.mustChangePassword && <Tag color="orange">{t('users.mustChange')}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'lastSignInAt',
      title: t('users.fields.lastSignInAt'),
      render: (_v, u) => (u.lastSignInAt ? dayjs(u.lastSignInAt).format('YYYY-MM-DD HH:mm') : t('users.neverSignedIn')),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_v, u) => (
        <RowActions
          maxInline={2}
          moreLabel={t('users.more', { name: u.displayName })}
          actions={[
            { key: 'edit', label: t('common.edit'), icon: <EditOutlined />, ariaLabel: t('users.edit', { name: u.displayName }), onClick: () => setEditing({ user: u }) },
            {
              key: 'reset',
              label: t('users.resetPassword'),
              icon: <KeyOutlined />,
              ariaLabel: t('users.resetLabel', { name: u.displayName }),
              confirm: t('users.confirmReset', { name: u.displayName }),
              onClick: async () => show(await reset.mutateAsync({ userId: u.id })),
            },
            {
              key: 'disable',
              label: t('users.disable'),
              icon: <StopOutlined />,
              danger: true,
              hidden: !u.active || u.id === selfId,
              ariaLabel: t('users.disableLabel', { name: u.displayName }),
              confirm: t('users.confirmDisable', { name: u.displayName }),
              confirmOkText: t('users.disable'),
              successMessage: t('users.disabled'),
              onClick: () => setActive.mutateAsync({ userId: u.id, active: false }),
            },
            {
              key: 'enable',
              label: t('users.enable'),
              icon: <CheckCircleOutlined />,
              hidden: u.active,
              ariaLabel: t('users.enableLabel', { name: u.displayName }),
              confirm: t('users.confirmEnable', { name: u.displayName }),
              successMessage: t('users.enabled'),
              onClick: () => setActive.mutateAsync({ userId: u.id, active: true }),
            },
          ]}
        />
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <ListPageHeader
        title={t('users.title')}
        subtitle={t('users.intro')}
        count={users.data?.total}
        countCapped={users.data?.totalCapped}
        onCountExactly={() => setExactTotal(true)}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('users.add')}
          </Button>
        }
        filtersLabel={t('users.filtersLabel')}
        filters={
          <>
            <Input.Search allowClear placeholder={t('users.search')} aria-label={t('users.search')} style={{ width: 220 }} onSearch={(search) => setFilters((f) => ({ ...f, search }))} />
            <Select<Role[]>
              mode="multiple"
              allowClear
              aria-label={t('users.fields.roles')}
              placeholder={t('users.anyRole')}
              style={{ minWidth: 180 }}
              value={filters.roles ?? []}
              onChange={(roles) => setFilters((f) => ({ ...f, roles }))}
              options={ROLE_ORDER.map((role) => ({ value: role as Role, label: t(`roles.${role}`) }))}
            />
            <Select
              allowClear
              aria-label={t('users.fields.departmentId')}
              placeholder={t('users.anyDepartment')}
              style={{ minWidth: 180 }}
              value={filters.departmentId ?? undefined}
              onChange={(departmentId?: string) => setFilters((f) => ({ ...f, departmentId }))}
              options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
            <Select
              allowClear
              aria-label={t('users.fields.chainIds')}
              placeholder={t('users.anyChain')}
              style={{ minWidth: 160 }}
              value={filters.chainId ?? undefined}
              onChange={(chainId?: string) => setFilters((f) => ({ ...f, chainId }))}
              options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
            <Segmented
              value={filters.status ?? 'all'}
              onChange={(status) => setFilters((f) => ({ ...f, status: status as UserFilters['status'] }))}
              options={(['all', 'active', 'disabled'] as const).map((s) => ({ value: s, label: t(`users.status.${s}`) }))}
            />
          </>
        }
      />
      <ErrorAlert error={users.error} />
      <Table<User>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={users.data?.items ?? []}
        loading={users.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: USER_PAGE_SIZE, total: users.data?.total ?? 0, hideOnSinglePage: true, showSizeChanger: false, onChange: setPage }}
        locale={{ emptyText: <EmptyState description={t('users.empty')} /> }}
      />
      {editing && <UserFormModal user={editing.user} onClose={() => setEditing(null)} onCreated={show} />}
      <TemporaryPasswordModal shown={shown} onClose={() => setShown(null)} />
    </Flex>
  );
}
