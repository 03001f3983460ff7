import { CheckCircleOutlined, EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, LIMITS } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import type { AdminDepartmentFieldsFragment } from '@chainboard/web-graphql';
import { EmptyState, ErrorAlert, FormModal, ListPageHeader, RowActions } from '@chainboard/web-ui';
import { ADMIN_NS } from '../i18n';
import { Forbidden } from './Forbidden';
import { departmentFormValues, toCreateDepartmentInput, toUpdateDepartmentInput, type DepartmentFormValues } from './forms';
import { useAdminDepartments, useCreateDepartment, useSetDepartmentActive, useUpdateDepartment } from './hooks';

type Department = AdminDepartmentFieldsFragment;

/** /admin/departments — 部门管理: add, rename, disable and enable departments. Admins only. */
export function DepartmentsPage() {
  const { t } = useTranslation(ADMIN_NS);
  const { user } = useAuth();
  if (!user || !can(actorOf(user), 'department.manage')) return <Forbidden title={t('departments.title')} />;
  return <DepartmentsContent />;
}

function DepartmentsContent() {
  const { t } = useTranslation(ADMIN_NS);
  const [showInactive, setShowInactive] = useState(true);
  const departments = useAdminDepartments(showInactive);
  const setActive = useSetDepartmentActive();
  const [editing, setEditing] = useState<{ department?: Department } | null>(null);

  const columns: TableColumnsType<Department> = [
    { key: 'name', title: t('departments.fields.name'), render: (_v, d) => <Typography.Text strong>{d.name}</Typography.Text> },
    { key: 'shortName', title: t('departments.fields.shortName'), render: (_v, d) => d.shortName || t('common.none') },
    {
      key: 'status',
      title: t('departments.fields.status'),
      render: (_v, d) => (d.active ? <Tag color="green">{t('users.status.active')}</Tag> : <Tag>{t('users.status.disabled')}</Tag>),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_v, d) => (
        <RowActions
          actions={[
            { key: 'edit', label: t('common.edit'), icon: <EditOutlined />, ariaLabel: t('departments.edit', { name: d.name }), onClick: () => setEditing({ department: d }) },
            {
              key: 'disable',
              label: t('users.disable'),
              icon: <StopOutlined />,
              danger: true,
              hidden: !d.active,
              ariaLabel: t('departments.disableLabel', { name: d.name }),
              confirm: t('departments.confirmDisable', { name: d.name }),
              confirmOkText: t('users.disable'),
              successMessage: t('users.disabled'),
              onClick: () => setActive.mutateAsync({ departmentId: d.id, active: false }),
            },
            {
              key: 'enable',
              label: t('users.enable'),
              icon: <CheckCircleOutlined />,
              hidden: d.active,
              ariaLabel: t('departments.enableLabel', { name: d.name }),
              confirm: t('departments.confirmEnable', { name: d.name }),
              successMessage: t('users.enabled'),
              onClick: () => setActive.mutateAsync({ departmentId: d.id, active: true }),
            },
          ]}
        />
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <ListPageHeader
        title={t('departments.title')}
        subtitle={t('departments.intro')}
        count={departments.data?.length}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('departments.add')}
          </Button>
        }
        filters={
          <Checkbox checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)}>
            {t('departments.showInactive')}
          </Checkbox>
        }
      />
      <ErrorAlert error={departments.error} />
      <Table<Department>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={departments.data ?? []}
        loading={departments.isFetching}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyState description={t('departments.empty')} /> }}
      />
      {editing && <DepartmentFormModal department={editing.department} onClose={() => setEditing(null)} />}
    </Flex>
  );
}

/** Adds a department, or renames one (only the fields changed are sent). Mounted while open. */
export function DepartmentFormModal({ department, onClose }: { department?: Department; onClose: () => void }) {
  const { t } = useTranslation(ADMIN_NS);
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const label = (field: 'name' | 'shortName') => t(`departments.fields.${field}`);
  return (
    <FormModal<DepartmentFormValues, Department>
      open
      title={department ? t('departments.editTitle', { name: department.name }) : t('departments.addTitle')}
      name="department"
      initialValues={department ? departmentFormValues(department) : { name: '', shortName: null }}
      onSubmit={(values) => (department ? update.mutateAsync(toUpdateDepartmentInput(department, values)) : create.mutateAsync(toCreateDepartmentInput(values)))}
      onDone={onClose}
      onCancel={onClose}
    >
      <Form.Item
        name="name"
        label={label('name')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required', { field: label('name') }) },
          { max: LIMITS.name, message: t('validation.tooLong', { field: label('name'), max: LIMITS.name }) },
        ]}
      >
        <Input maxLength={LIMITS.name} autoFocus />
      </Form.Item>
      <Form.Item name="shortName" label={label('shortName')} rules={[{ max: 40, message: t('validation.tooLong', { field: label('shortName'), max: 40 }) }]}>
        <Input maxLength={40} />
      </Form.Item>
    </FormModal>
  );
}
