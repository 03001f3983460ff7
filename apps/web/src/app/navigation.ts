import { Role, can } from '@chainboard/domain';

/** The app's sections, in the navigation. */
export const NAV_ITEMS = ['myWork', 'dashboard', 'ranking', 'chains', 'companies', 'leads', 'prospects', 'projectBoard', 'projects', 'meetings', 'companyLists', 'users', 'departments', 'auditLog', 'recycleBin'] as const;
export type NavItem = (typeof NAV_ITEMS)[number];

export const NAV_PATHS: Record<NavItem, string> = {
  myWork: '/my-work',
  dashboard: '/dashboard',
  ranking: '/ranking',
  chains: '/chains',
  companies: '/companies',
  leads: '/leads',
  prospects: '/prospects',
  projectBoard: '/projects/board',
  projects: '/projects',
  meetings: '/meetings',
  companyLists: '/company-lists',
  users: '/admin/users',
  departments: '/admin/departments',
  auditLog: '/admin/audit',
  recycleBin: '/admin/recycle-bin',
};

/**
 * Sections shown together under one menu of the navigation: the pipeline (项目: board, ledger, progress meetings), the
 * figures (统计分析: dashboard, ranking) and system administration (系统管理).
 */
export const NAV_GROUPS = {
  pipeline: ['projectBoard', 'projects', 'meetings'],
  analysis: ['dashboard', 'ranking'],
  admin: ['companyLists', 'users', 'departments', 'auditLog', 'recycleBin'],
} as const satisfies Record<string, readonly NavItem[]>;
export type NavGroup = keyof typeof NAV_GROUPS;

export type NavEntry = { item: NavItem } | { group: NavGroup; items: NavItem[] };

/** The menu a section is folded into, if any. */
export function navGroupOf(item: NavItem): NavGroup | undefined {
  return (Object.keys(NAV_GROUPS) as NavGroup[]).find((g) => (NAV_GROUPS[g] as readonly NavItem[]).includes(item));
}

/**
 * The navigation as shown: the user's sections in navItems' order, those of a group folded into one menu where the
 * group's first section would stand, so that the bar fits one line in either language whatever the user's rights.
 */
export function navEntries(role: Role | string | null | undefined): NavEntry[] {
  const entries: NavEntry[] = [];
  for (const item of navItems(role)) {
    const group = navGroupOf(item);
    if (!group) {
      entries.push({ item });
      continue;
    }
    const existing = entries.find((e): e is { group: NavGroup; items: NavItem[] } => 'group' in e && e.group === group);
    if (existing) existing.items.push(item);
    else entries.push({ group, items: [item] });
  }
  return entries;
}

/** Whether the user's day starts on "My work" (investment staff) rather than on the chains overview. */
export function landsOnMyWork(role: Role | string | null | undefined): boolean {
  return role === Role.INVESTMENT_STAFF;
}

/** Whether the user's day starts on the dashboard (驾驶舱) of the chain they lead: chain leaders (链长). */
export function landsOnDashboard(role: Role | string | null | undefined): boolean {
  return role === Role.CHAIN_LEADER;
}

/**
 * The navigation in order: "My work" first for investment staff, the chains overview first for everyone else;
 * the project board (项目看板), ledger (项目台账) and progress meetings (项目推进会) after the CRM sections; the company lists (企业名录) last, for
 * those who may manage them only.
 */
export function navItems(role: Role | string | null | undefined): NavItem[] {
  const sections: NavItem[] = landsOnMyWork(role) ? ['myWork', 'chains'] : ['chains', 'myWork'];
  // The dashboard (驾驶舱) and the monthly ranking first for chain leaders, after the meetings for everyone else.
  if (landsOnDashboard(role)) sections.unshift('dashboard', 'ranking');
  sections.push('companies', 'leads', 'prospects', 'projectBoard', 'projects', 'meetings');
  if (!landsOnDashboard(role)) sections.push('dashboard', 'ranking');
  if (!role) return sections;
  const holder = { role: role as Role };
  if (can(holder, 'companyList.manage')) sections.push('companyLists');
  // Account and department administration (用户管理, 部门管理): for those who may manage them, last.
  if (can(holder, 'user.manage')) sections.push('users');
  if (can(holder, 'department.manage')) sections.push('departments');
  // The audit log (审计日志) and the recycle bin (回收站): for those who audit and restore (admins).
  if (can(holder, 'audit.read')) sections.push('auditLog');
  if (can(holder, 'record.restore')) sections.push('recycleBin');
  return sections;
}

/**
 * The navigation item a path belongs to (the chains overview for "/" and the chain pages). The board comes before
 * the ledger in NAV_ITEMS, so /projects/board is the board's and every other /projects page the ledger's.
 */
export function navItemOf(pathname: string): NavItem | null {
  if (pathname === '/' || pathname.startsWith('/chains')) return 'chains';
  const item = NAV_ITEMS.find((key) => pathname === NAV_PATHS[key] || pathname.startsWith(`${NAV_PATHS[key]}/`));
  return item ?? null;
}
