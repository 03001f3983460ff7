import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChainsModule } from '@chainboard/server-chains';
import { CompaniesModule } from '@chainboard/server-companies';
import { PlacesModule } from '@chainboard/server-places';
import { LeadsModule } from '@chainboard/server-leads';
import { ProjectsModule } from '@chainboard/server-projects';
import { TARGET_ENTITIES } from './entities';
import { TargetsResolver } from './targets.resolver';
import { TargetsService } from './targets.service';
import { DashboardService } from './dashboard.service';
import { DashboardIssuesResolver, DashboardResolver } from './dashboard.resolver';
import { RankingResolver } from './ranking.resolver';
import { RankingService } from './ranking.service';

/** The plan's indicators and targets: the figures entered against them, and those computed from the other features' records. */
@Module({
  imports: [TypeOrmModule.forFeature(TARGET_ENTITIES), ChainsModule, CompaniesModule, ProjectsModule, PlacesModule, LeadsModule],
  providers: [TargetsService, DashboardService, RankingService, TargetsResolver, RankingResolver, DashboardResolver, DashboardIssuesResolver],
  exports: [TargetsService, DashboardService, RankingService],
})
export class TargetsModule {}
