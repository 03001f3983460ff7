import { lazy } from 'react';

export { HeaderSearch } from './lib/components/HeaderSearch';
export { leadKeys } from './lib/hooks';
export { LEAD_TABLE, toLeadListInput } from './lib/filters';
export { statusMoveOptions, canConvertToProject } from './lib/status';
export { searchHitPath, searchPagePath } from './lib/search';

// The pages load on first visit, each in its own chunk (render them inside <Suspense>).
export const MyWorkPage = lazy(() => import('./lib/pages/MyWorkPage').then((m) => ({ default: m.MyWorkPage })));
export const LeadsPage = lazy(() => import('./lib/pages/LeadsPage').then((m) => ({ default: m.LeadsPage })));
export const LeadPage = lazy(() => import('./lib/pages/LeadPage').then((m) => ({ default: m.LeadPage })));
export const NewLeadPage = lazy(() => import('./lib/pages/NewLeadPage').then((m) => ({ default: m.NewLeadPage })));
export const ProspectsPage = lazy(() => import('./lib/pages/ProspectsPage').then((m) => ({ default: m.ProspectsPage })));
export const SearchPage = lazy(() => import('./lib/pages/SearchPage').then((m) => ({ default: m.SearchPage })));
