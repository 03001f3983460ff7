import { App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_POLICY } from '@chainboard/domain';
import { ErrorAlert, submitForm } from '@chainboard/web-ui';
import { useAuth } from './auth-context';
import { useChangePassword } from './use-change-password';

export interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** The fields the API may name in its answer, under which its messages go. */
export const CHANGE_PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

/**
 * Changes the signed-in user's password: the current one, the new one twice. The API checks the policy (length, the
 * username, the common-password list) and answers under the field; on success the new session replaces this one.
 */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { startSession } = useAuth();
  const change = useChangePassword();
  const [form] = Form.useForm<ChangePasswordValues>();
  const [formError, setFormError] = useState<unknown>(null);

  const onFinish = async (values: ChangePasswordValues) => {
    setFormError(null);
    const outcome = await submitForm(form, values, (v) => change.mutateAsync({ currentPassword: v.currentPassword, newPassword: v.newPassword }));
    if (!outcome.ok) {
      setFormError(outcome.formError);
      return;
    }
    startSession(outcome.result);
    message.success?.(t('password.changed'));
    form.resetFields();
    onDone?.();
  };

  const required = (field: string) => ({ required: true, message: t('validation.required', { field }) });
  return (
    <Form<ChangePasswordValues> form={form} layout="vertical" name="change-password" requiredMark={false} disabled={change.isPending} onFinish={(v) => void onFinish(v)}>
      <Form.Item name="currentPassword" label={t('password.current')} rules={[required(t('password.current'))]}>
        <Input.Password autoComplete="current-password" maxLength={PASSWORD_POLICY.maxLength} />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={<Typography.Text type="secondary">{t('password.rules', { min: PASSWORD_POLICY.minLength })}</Typography.Text>}
        rules={[required(t('password.new')), { max: PASSWORD_POLICY.maxLength, message: t('validation.tooLong', { field: t('password.new'), max: PASSWORD_POLICY.maxLength }) }]}
      >
        <Input.Password autoComplete="new-password" maxLength={PASSWORD_POLICY.maxLength} />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          required(t('password.confirm')),
          ({ getFieldValue }) => ({
            validator: (_rule, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={PASSWORD_POLICY.maxLength} />
      </Form.Item>
      {formError ? (
        <Form.Item>
          <ErrorAlert error={formError} />
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" block loading={change.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
