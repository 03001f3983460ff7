import { lazy } from 'react';

// Only the pages leave the library, each loaded on first visit in its own chunk (render them inside <Suspense>):
// the kanban, the ledger, a project and the new-project form. Their texts, documents and rules travel with them.
export const ProjectBoardPage = lazy(() => import('./lib/pages/ProjectBoardPage').then((m) => ({ default: m.ProjectBoardPage })));
export const ProjectsPage = lazy(() => import('./lib/pages/ProjectsPage').then((m) => ({ default: m.ProjectsPage })));
export const ProjectPage = lazy(() => import('./lib/pages/ProjectPage').then((m) => ({ default: m.ProjectPage })));
export const NewProjectPage = lazy(() => import('./lib/pages/NewProjectPage').then((m) => ({ default: m.NewProjectPage })));

