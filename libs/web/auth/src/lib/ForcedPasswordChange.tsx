import { Button, Card, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@chainboard/web-ui';
import { useAuth } from './auth-context';
import { ChangePasswordForm } from './ChangePasswordForm';

/** All a user sees while their password must be changed (set by an admin or the seed): the change, or sign-out. */
export function ForcedPasswordChange() {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const { token: design } = theme.useToken();
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: design.padding, background: design.colorBgLayout }}>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">{user?.displayName}</Typography.Text>
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: design.marginSM }}>
          {t('password.forcedTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('password.forcedIntro')}</Typography.Paragraph>
        <ChangePasswordForm />
        <Button type="link" block style={{ marginTop: design.marginSM }} onClick={() => void signOut()}>
          {t('password.signOut')}
        </Button>
      </Card>
    </Flex>
  );
}
