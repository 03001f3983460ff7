import { Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { LoginPage, RequireAuth } from '@chainboard/web-auth';
import { ChainMapPage } from '@chainboard/web-chain-map';
import { ChainPage, ChainsOverviewPage } from '@chainboard/web-chains';
import { PageLoading } from '@chainboard/web-ui';
import { AppShell } from './AppShell';
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
      { index: true, element: <ChainsOverviewPage /> },
      { path: 'chains/:id', element: <ChainPage /> },
      { path: 'chains/:id/map', element: <ChainMapPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
