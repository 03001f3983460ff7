import { lazy } from 'react';

// The plain functions behind the map (model, filters, search, layout, elements, render plan, tree rows):
// usable without React or a browser, e.g. by tests and the benchmark.
export * from './lib/graph';
export { canEditMap } from './lib/data/edit';
export { chainMapKeys } from './lib/data/hooks';
export { CHAIN_MAP_NS, chainMapResources, registerChainMapI18n } from './i18n';

/** /chains/:id/map — the chain map page, loaded on first visit (render it inside <Suspense>). */
export const ChainMapPage = lazy(() => import('./lib/components/ChainMapPage').then((m) => ({ default: m.ChainMapPage })));

/** The path of a chain's map page, for links to it (from the chain and company pages). */
export function chainMapPath(chainId: string): string {
  return `/chains/${encodeURIComponent(chainId)}/map`;
}
