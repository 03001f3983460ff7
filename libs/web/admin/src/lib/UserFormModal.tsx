import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIMITS, PASSWORD_POLICY, ROLE_ORDER } from '@chainboard/domain';
import type { AdminUserFieldsFragment } from '@chainboard/web-graphql';
import { FormModal } from '@chainboard/web-ui';
import { ADMIN_NS } from '../i18n';
import { toCreateUserInput, toUpdateUserInput, userFormValues, type UserFormValues } from './forms';
import { useAdminChains, useAdminDepartments, useCreateUser, useUpdateUser, type UserWithPassword } from './hooks';

export interface UserFormModalProps {
  /** The account to edit; a new one is added when left out. */
  user?: AdminUserFieldsFragment;
  onClose: () => void;
  /** After an account was added: its temporary password, to show once. */
  onCreated?: (created: UserWithPassword) => void;
}

const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/** Adds an account (username, name, department, roles, chains, an optional temporary password) or edits one. Mounted while open. */
export function UserFormModal({ user, onClose, onCreated }: UserFormModalProps) {
  const { t } = useTranslation(ADMIN_NS);
  const create = useCreateUser();
  const update = useUpdateUser();
  const chains = useAdminChains();
  const departments = useAdminDepartments(false);
  const label = (field: string) => t(`users.fields.${field}`);

  // A department the user is in stays offered while disabled, so that editing other fields keeps it.
  const departmentOptions = [
    ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name })),
    ...(user?.department && !(departments.data ?? []).some((d) => d.id === user.department?.id) ? [{ value: user.department.id, label: user.department.name }] : []),
  ];

  return (
    <FormModal<UserFormValues, unknown>
      open
      title={user ? t('users.editTitle', { name: user.displayName }) : t('users.addTitle')}
      name="user"
      width={560}
      initialValues={user ? userFormValues(user) : { username: '', displayName: '', roles: [], chainIds: [], departmentId: null }}
      onSubmit={async (values) => {
        if (user) return update.mutateAsync(toUpdateUserInput(user, values));
        const created = await create.mutateAsync(toCreateUserInput(values));
        onCreated?.(created);
        return created;
      }}
      onDone={onClose}
      onCancel={onClose}
    >
      <Form.Item
        name="username"
        label={label('username')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required', { field: label('username') }) },
          { max: LIMITS.username, message: t('validation.tooLong', { field: label('username'), max: LIMITS.username }) },
          { pattern: USERNAME_PATTERN, message: t('users.usernameFormat') },
        ]}
      >
        <Input maxLength={LIMITS.username} disabled={Boolean(user)} autoComplete="off" autoFocus={!user} />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={label('displayName')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required', { field: label('displayName') }) },
          { max: LIMITS.name, message: t('validation.tooLong', { field: label('displayName'), max: LIMITS.name }) },
        ]}
      >
        <Input maxLength={LIMITS.name} />
      </Form.Item>
      <Form.Item name="roles" label={label('roles')} rules={[{ required: true, message: t('validation.requiredSelect', { field: label('roles') }) }]}>
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={ROLE_ORDER.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
      </Form.Item>
      <Form.Item name="departmentId" label={label('departmentId')}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('users.noDepartment')} loading={departments.isPending} options={departmentOptions} />
      </Form.Item>
      <Form.Item name="chainIds" label={label('chainIds')} extra={t('users.chainsHelp')}>
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} loading={chains.isPending} options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
      </Form.Item>
      {!user && (
        <Form.Item
          name="password"
          label={label('password')}
          extra={t('password.rules', { min: PASSWORD_POLICY.minLength })}
          rules={[{ max: PASSWORD_POLICY.maxLength, message: t('validation.tooLong', { field: label('password'), max: PASSWORD_POLICY.maxLength }) }]}
        >
          <Input.Password placeholder={t('users.passwordPlaceholder')} autoComplete="new-password" maxLength={PASSWORD_POLICY.maxLength} />
        </Form.Item>
      )}
    </FormModal>
  );
}
