import { lazy } from 'react';

export { MyActionItemsCard } from './lib/components/MyActionItemsCard';
export type { MyActionItemsCardProps } from './lib/components/MyActionItemsCard';

// The meeting pages, each loaded on first visit in its own chunk (render them inside <Suspense>).
export const MeetingsPage = lazy(() => import('./lib/pages/MeetingsPage').then((m) => ({ default: m.MeetingsPage })));
export const MeetingPage = lazy(() => import('./lib/pages/MeetingPage').then((m) => ({ default: m.MeetingPage })));
export const PresenterPage = lazy(() => import('./lib/pages/PresenterPage').then((m) => ({ default: m.PresenterPage })));

/** The path of a meeting's page. */
export function meetingPath(id: string): string {
  return `/meetings/${encodeURIComponent(id)}`;
}
