import { ApartmentOutlined, AuditOutlined, BankOutlined, DeleteOutlined, DashboardOutlined, TrophyOutlined, CheckSquareOutlined, CalendarOutlined, FlagOutlined, IdcardOutlined, MenuOutlined, PlusOutlined, ProfileOutlined, ProjectOutlined, SettingOutlined, StarOutlined, TagsOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Menu, theme } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { can } from '@chainboard/domain';
import { actorOf, type CurrentUser } from '@chainboard/web-auth';
import { HeaderSearch } from '@chainboard/web-leads';
import { NAV_PATHS, navEntries, navGroupOf, navItemOf, type NavGroup, type NavItem } from './navigation';

const ICONS: Record<NavItem, ReactNode> = {
  myWork: <CheckSquareOutlined />,
  dashboard: <DashboardOutlined />,
  ranking: <TrophyOutlined />,
  chains: <ApartmentOutlined />,
  companies: <BankOutlined />,
  leads: <FlagOutlined />,
  prospects: <StarOutlined />,
  projectBoard: <ProjectOutlined />,
  projects: <ProfileOutlined />,
  meetings: <CalendarOutlined />,
  companyLists: <TagsOutlined />,
  users: <IdcardOutlined />,
  departments: <TeamOutlined />,
  auditLog: <AuditOutlined />,
  recycleBin: <DeleteOutlined />,
};

const GROUP_ICONS: Record<NavGroup, ReactNode> = {
  pipeline: <ProjectOutlined />,
  analysis: <DashboardOutlined />,
  admin: <SettingOutlined />,
};

/**
 * The app's navigation bar under the header: the sections (the pipeline, the figures and administration each folded into one menu, opened by a click),
 * the one search box and "new lead" (quick entry), reachable from every page. On a phone the sections move into a drawer and the button shows its icon only.
 */
export function NavBar({ user }: { user: CurrentUser | null }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.xl;
  const [drawer, setDrawer] = useState(false);
  const selected = navItemOf(location.pathname);
  // In the drawer, the menu holding the current section starts open.
  const selectedGroup = selected ? navGroupOf(selected) : undefined;
  const canLogLeads = user ? can(actorOf(user), 'lead.edit') : false;
  const entry = (key: NavItem) => ({
    key,
    icon: ICONS[key],
    label: (
      <Link to={NAV_PATHS[key]} onClick={() => setDrawer(false)}>
        {t(`nav.${key}`)}
      </Link>
    ),
  });
  const items = navEntries(user?.role).map((e) =>
    'item' in e ? entry(e.item) : { key: e.group, icon: GROUP_ICONS[e.group], label: t(`nav.group.${e.group}`), children: e.items.map(entry) },
  );

  const newLead = canLogLeads && (
    <Button type="primary" icon={<PlusOutlined />} aria-label={t('nav.newLead')} onClick={() => navigate('/leads/new')}>
      {narrow ? null : t('nav.newLead')}
    </Button>
  );

  return (
    <nav aria-label={t('nav.label')} style={{ marginBottom: token.margin }}>
      <Flex
        align="center"
        gap="small"
        style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: `${token.paddingXXS}px ${token.paddingXS}px`, minWidth: 0 }}
      >
        {narrow ? (
          <>
            <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.menu')} aria-expanded={drawer} onClick={() => setDrawer(true)} />
            <Drawer open={drawer} onClose={() => setDrawer(false)} placement="left" size={260} title={t('app.brand')}>
              <Menu
                mode="inline"
                selectedKeys={selected ? [selected] : []}
                defaultOpenKeys={selectedGroup ? [selectedGroup] : []}
                items={items}
                style={{ borderInlineEnd: 'none' }}
              />
            </Drawer>
          </>
        ) : (
          <Menu mode="horizontal" triggerSubMenuAction="click" selectedKeys={selected ? [selected] : []} items={items} style={{ flex: '1 1 auto', minWidth: 0, borderBottom: 'none', background: 'transparent' }} />
        )}
        <div style={{ flex: narrow ? '1 1 auto' : '0 1 260px', minWidth: 0 }}>
          <HeaderSearch />
        </div>
        {newLead}
      </Flex>
    </nav>
  );
}
