import { lazy } from 'react';

export { CHAIN_TABS, chainTabOf } from './lib/tabs';
export type { ChainTab } from './lib/tabs';
export * from './lib/hooks';
export { chainAbilities, NO_ABILITIES } from './lib/permissions';
export type { ChainAbilities } from './lib/permissions';
export { formatTarget, formatValidity, headlineTarget } from './lib/format';

// The pages load on first visit, each in its own chunk (render them inside <Suspense>).
export const ChainsOverviewPage = lazy(() => import('./lib/pages/ChainsOverviewPage').then((m) => ({ default: m.ChainsOverviewPage })));
export const ChainPage = lazy(() => import('./lib/pages/ChainPage').then((m) => ({ default: m.ChainPage })));
