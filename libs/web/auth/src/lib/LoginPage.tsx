import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { LIMITS } from '@chainboard/domain';
import type { SignInInput } from '@chainboard/web-graphql';
import { ErrorAlert, LanguageSwitch } from '@chainboard/web-ui';
import { useAuth } from './auth-context';
import { redirectTarget } from './redirect';
import { useSignIn } from './use-sign-in';

export function LoginPage() {
  const { t } = useTranslation();
  const { token, startSession } = useAuth();
  const location = useLocation();
  const signIn = useSignIn();
  const { token: design } = theme.useToken();

  if (token) return <Navigate to={redirectTarget(location.state)} replace />;

  const onFinish = (values: SignInInput) => {
    signIn.mutate({ username: values.username.trim(), password: values.password }, { onSuccess: startSession });
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: design.padding, background: design.colorBgLayout }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: design.marginSM }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('auth.subtitle')}
        </Typography.Paragraph>
        <Form<SignInInput> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={signIn.isPending} name="sign-in">
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required', { field: t('auth.username') }) },
              { max: LIMITS.username, message: t('validation.tooLong', { field: t('auth.username'), max: LIMITS.username }) },
            ]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={LIMITS.username} />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[
              { required: true, message: t('validation.required', { field: t('auth.password') }) },
              { max: LIMITS.password.max, message: t('validation.tooLong', { field: t('auth.password'), max: LIMITS.password.max }) },
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={LIMITS.password.max} />
          </Form.Item>
          {signIn.error && (
            <Form.Item>
              <ErrorAlert error={signIn.error} />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            {t('auth.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
