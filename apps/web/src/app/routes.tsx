import { Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { LoginPage, RequireAuth } from '@chainboard/web-auth';
import { ChainMapPage } from '@chainboard/web-chain-map';
import { ChainPage, ChainsOverviewPage } from '@chainboard/web-chains';
import { CompaniesPage, CompanyListsPage, CompanyPage, NewCompanyPage } from '@chainboard/web-companies';
import { LeadPage, LeadsPage, MyWorkPage, NewLeadPage, ProspectsPage, SearchPage } from '@chainboard/web-leads';
import { NewProjectPage, ProjectBoardPage, ProjectPage, ProjectsPage } from '@chainboard/web-projects';
import { PageLoading } from '@chainboard/web-ui';
import { AppShell } from './AppShell';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';

// The feature libraries export their pages lazily: each page is downloaded on its first visit.
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
      { path: 'search', element: <SearchPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
