import { lazy } from 'react';

// Texts: this library's own i18next namespace.
export { PROJECTS_NS, PROJECTS_TEXTS, projectsResources, registerProjectsI18n } from './i18n';

export { projectKeys } from './lib/hooks';
export { PROJECT_TABLE, toProjectListInput } from './lib/filters';
export { mayCreateProjects } from './lib/access';

/** The path of a project's page. */
export function projectPath(id: string): string {
  return `/projects/${encodeURIComponent(id)}`;
}

// The pages load on first visit, each in its own chunk (render them inside <Suspense>).
export const ProjectBoardPage = lazy(() => import('./lib/pages/ProjectBoardPage').then((m) => ({ default: m.ProjectBoardPage })));
export const ProjectsPage = lazy(() => import('./lib/pages/ProjectsPage').then((m) => ({ default: m.ProjectsPage })));
export const ProjectPage = lazy(() => import('./lib/pages/ProjectPage').then((m) => ({ default: m.ProjectPage })));
export const NewProjectPage = lazy(() => import('./lib/pages/NewProjectPage').then((m) => ({ default: m.NewProjectPage })));
