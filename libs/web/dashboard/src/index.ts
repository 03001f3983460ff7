import { lazy } from 'react';

// The dashboard (驾驶舱) and the monthly ranking, each loaded on first visit in its own chunk with ECharts (render them
// inside <Suspense>): the charts stay out of the initial bundle.
export const DashboardPage = lazy(() => import('./lib/pages/DashboardPage').then((m) => ({ default: m.DashboardPage })));
export const RankingPage = lazy(() => import('./lib/pages/RankingPage').then((m) => ({ default: m.RankingPage })));
