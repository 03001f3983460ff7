import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@chainboard/server-audit';
import { ChainsModule } from '@chainboard/server-chains';
import { CompaniesModule } from '@chainboard/server-companies';
import { ClockModule } from '@chainboard/server-core';
import { PROJECT_ENTITIES } from './entities';
import { ProjectAccess } from './project-access';
import { ProjectLoaders } from './project-loaders';
import { ProjectImportService } from './project-import.service';
import { ProjectFiguresService } from './project-figures.service';
import { ProjectPeriodService } from './project-period.service';
import {
  CoordinationIssueEventFieldsResolver,
  ProjectEventFieldsResolver,
  ProjectFundsFieldsResolver,
  ProjectRecordsResolver,
  ProjectStageLogFieldsResolver,
  ProjectUpdateFieldsResolver,
} from './project-records.resolver';
import { ProjectRecordsService } from './project-records.service';
import { ProjectRegistrations } from './project.registrations';
import { ProjectSettingsService } from './project-settings.service';
import { NodeProjectsResolver, ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

/**
 * The project pipeline: projects, their stage log, funds in place, milestones, progress updates, coordination
 * issues and timeline; the ledger, the kanban and the plan's counters. The health light reads the app's clock
 * (ClockModule); tests pin it with `app.get<SystemClock>(CLOCK).pin(instant)`.
 */
@Module({
  imports: [TypeOrmModule.forFeature(PROJECT_ENTITIES), ChainsModule, CompaniesModule, ClockModule, AuditModule],
  providers: [
    ProjectAccess,
    ProjectSettingsService,
    ProjectsService,
    ProjectRecordsService,
    ProjectLoaders,
    ProjectPeriodService,
    ProjectFiguresService,
    ProjectImportService,
    ProjectRegistrations,
    ProjectsResolver,
    ProjectRecordsResolver,
    NodeProjectsResolver,
    ProjectUpdateFieldsResolver,
    ProjectFundsFieldsResolver,
    ProjectStageLogFieldsResolver,
    ProjectEventFieldsResolver,
    CoordinationIssueEventFieldsResolver,
  ],
  exports: [ProjectAccess, ProjectSettingsService, ProjectsService, ProjectRecordsService, ProjectLoaders, ProjectPeriodService, ProjectFiguresService, ProjectImportService],
})
export class ProjectsModule {}
