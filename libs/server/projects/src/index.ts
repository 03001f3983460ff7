export * from './lib/project.entity';
export * from './lib/project-records.entity';
export * from './lib/project.types';
export * from './lib/project-access';
export * from './lib/project-settings.service';
export * from './lib/projects.service';
export * from './lib/project-records.service';
export * from './lib/project-loaders';
export * from './lib/project-period.service';
export * from './lib/project-figures.service';
export * from './lib/project-import.service';
export * from './lib/projects.module';
export * from './lib/project.registrations';
export * from './lib/entities';
export * from './lib/projects.seed';
export * from './lib/dto/project.inputs';
export * from './lib/dto/project-records.inputs';
export { NodeProjectsResolver, ProjectsResolver } from './lib/projects.resolver';
export {
  ProjectRecordsResolver,
  ProjectUpdateFieldsResolver,
  ProjectFundsFieldsResolver,
  ProjectStageLogFieldsResolver,
  ProjectEventFieldsResolver,
  CoordinationIssueEventFieldsResolver,
} from './lib/project-records.resolver';
