export * from './lib/project.entity';
export * from './lib/projects.module';
export { NodeProjectsResolver } from './lib/projects.resolver';

import { Project, ProjectNode } from './lib/project.entity';
export const PROJECT_ENTITIES = [Project, ProjectNode];
