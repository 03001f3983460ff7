import { lazy } from 'react';

// Account and department administration (user.manage, department.manage).
export { ADMIN_NS, adminResources, registerAdminI18n } from './i18n';
export { adminKeys } from './lib/hooks';

// The pages load on first visit, each in its own chunk (render them inside <Suspense>).
export const UsersPage = lazy(() => import('./lib/UsersPage').then((m) => ({ default: m.UsersPage })));
export const DepartmentsPage = lazy(() => import('./lib/DepartmentsPage').then((m) => ({ default: m.DepartmentsPage })));
export const AuditLogPage = lazy(() => import('./lib/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));
export const RecycleBinPage = lazy(() => import('./lib/RecycleBinPage').then((m) => ({ default: m.RecycleBinPage })));
