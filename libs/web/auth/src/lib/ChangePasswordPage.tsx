import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ChangePasswordForm } from './ChangePasswordForm';

/** /account/password — the signed-in user changes their own password. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 480 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('password.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('password.intro')}</Typography.Text>
      <Card>
        <ChangePasswordForm onDone={() => navigate('/')} />
      </Card>
    </Flex>
  );
}
