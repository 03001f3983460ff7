import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Tag, Tooltip, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitch } from './LanguageSwitch';

export interface LayoutUser {
  displayName: string;
  role: string;
}

export interface AppLayoutProps {
  /** The signed-in user, shown in the header. */
  user: LayoutUser | null;
  onSignOut: () => void;
  /** Offers "change password" in the header when given. */
  onChangePassword?: () => void;
  children: ReactNode;
}

/** The page frame: header with the app name, the signed-in user and role, the language switch and sign-out. */
export function AppLayout({ user, onSignOut, onChangePassword, children }: AppLayoutProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const roleLabel = user ? t(`roles.${user.role}`) : '';

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          height: 'auto',
          lineHeight: 'normal',
          padding: `${token.paddingSM}px ${narrow ? token.padding : token.paddingLG}px`,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        <Flex justify="space-between" align="center" gap="small" wrap>
          <Link to="/" style={{ color: token.colorText }}>
            <Typography.Title level={narrow ? 5 : 4} style={{ margin: 0 }}>
              {narrow ? t('app.brand') : t('app.name')}
            </Typography.Title>
          </Link>
          <Flex align="center" gap="small" wrap>
            <LanguageSwitch />
            {user && (
              <Tooltip title={t('header.userMenu', { name: user.displayName, role: roleLabel })}>
                <Flex align="center" gap={4} data-testid="current-user">
                  <UserOutlined aria-hidden />
                  <Typography.Text strong ellipsis style={{ maxWidth: narrow ? 120 : 240 }}>
                    {user.displayName}
                  </Typography.Text>
                  <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                    {roleLabel}
                  </Tag>
                </Flex>
              </Tooltip>
            )}
            {user && onChangePassword && (
              <Button icon={<KeyOutlined />} onClick={onChangePassword} aria-label={t('header.changePassword')}>
                {narrow ? null : t('header.changePassword')}
              </Button>
            )}
            <Button icon={<LogoutOutlined />} onClick={onSignOut} aria-label={t('header.signOut')}>
              {narrow ? null : t('header.signOut')}
            </Button>
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout.Content
        style={{
          padding: narrow ? token.padding : token.paddingLG,
          width: '100%',
          maxWidth: 1280,
          margin: '0 auto',
        }}
      >
        {children}
      </Layout.Content>
    </Layout>
  );
}
