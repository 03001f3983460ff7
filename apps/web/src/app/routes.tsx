import { Suspense, lazy } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { AuditLogPage, DepartmentsPage, RecycleBinPage, UsersPage } from '@chainboard/web-admin';
import { ChangePasswordPage, LoginPage, RequireAuth } from '@chainboard/web-auth';
import { ChainMapPage } from '@chainboard/web-chain-map';
import { ChainPage, ChainsOverviewPage } from '@chainboard/web-chains';
import { CompaniesPage, CompanyListsPage, CompanyPage, NewCompanyPage } from '@chainboard/web-companies';
import { DashboardPage, RankingPage } from '@chainboard/web-dashboard';
import { LeadPage, LeadsPage, MyWorkPage, NewLeadPage, ProspectsPage, SearchPage } from '@chainboard/web-leads';
import { MeetingPage, MeetingsPage, PresenterPage } from '@chainboard/web-meetings';
import { NewProjectPage, ProjectBoardPage, ProjectPage, ProjectsPage } from '@chainboard/web-projects';
import { PageLoading } from '@chainboard/web-ui';
import { AppShell } from './AppShell';
import { HomePage } from './HomePage';

// The feature libraries export their pages lazily: each page is downloaded on its first visit.
// The app's own 404 page too (antd's Result and its pictures stay out of the entry).
const NotFoundPage = lazy(() => import('./NotFoundPage').then((m) => ({ default: m.NotFoundPage })));

export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Suspense fallback={<PageLoading />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'chains', element: <ChainsOverviewPage /> },
      { path: 'chains/:id', element: <ChainPage /> },
      { path: 'chains/:id/map', element: <ChainMapPage /> },
      { path: 'my-work', element: <MyWorkPage /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'dashboard/chains/:chainId', element: <DashboardPage /> },
      { path: 'ranking', element: <RankingPage /> },
      { path: 'companies', element: <CompaniesPage /> },
      { path: 'companies/new', element: <NewCompanyPage /> },
      { path: 'companies/:id', element: <CompanyPage /> },
      { path: 'company-lists', element: <CompanyListsPage /> },
      { path: 'leads', element: <LeadsPage /> },
      { path: 'leads/new', element: <NewLeadPage /> },
      { path: 'leads/:id', element: <LeadPage /> },
      { path: 'prospects', element: <ProspectsPage /> },
      { path: 'projects', element: <ProjectsPage /> },
      { path: 'projects/board', element: <ProjectBoardPage /> },
      { path: 'projects/new', element: <NewProjectPage /> },
      { path: 'projects/:id', element: <ProjectPage /> },
      { path: 'meetings', element: <MeetingsPage /> },
      { path: 'meetings/:id', element: <MeetingPage /> },
      { path: 'meetings/:id/present', element: <PresenterPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'admin/users', element: <UsersPage /> },
      { path: 'admin/departments', element: <DepartmentsPage /> },
      { path: 'admin/audit', element: <AuditLogPage /> },
      { path: 'admin/recycle-bin', element: <RecycleBinPage /> },
      { path: 'account/password', element: <ChangePasswordPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
