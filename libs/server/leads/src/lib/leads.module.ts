import { Module } from '@nestjs/common';
import { AuditModule } from '@chainboard/server-audit';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChainsModule } from '@chainboard/server-chains';
import { CompaniesModule } from '@chainboard/server-companies';
import { ProjectsModule } from '@chainboard/server-projects';
import { ClockModule } from './clock';
import { Interaction } from './interaction.entity';
import { InteractionsResolver } from './interactions.resolver';
import { InteractionsService } from './interactions.service';
import { LeadAccess } from './lead-access';
import { LeadLoaders } from './lead-loaders';
import { LeadSettingsService } from './lead-settings.service';
import { Lead, LeadNode } from './lead.entity';
import { CompanyLeadsResolver, LeadsResolver, NodeLeadsResolver, ProjectLeadResolver } from './leads.resolver';
import { LeadsService } from './leads.service';
import { LeadsRegistrations } from './leads.registrations';
import { Prospect } from './prospect.entity';
import { ProspectsResolver } from './prospects.resolver';
import { ProspectsService } from './prospects.service';
import { WorkResolver } from './work.resolver';
import { WorkService } from './work.service';

/**
 * Leads, contacts, prospects and "My work". The clock the time rules read is the CLOCK provider
 * (SystemClock); tests pin it with `app.get<SystemClock>(CLOCK).pin(instant)`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Lead, LeadNode, Interaction, Prospect]), ChainsModule, CompaniesModule, ClockModule, ProjectsModule, AuditModule],
  providers: [
    LeadAccess,
    LeadLoaders,
    LeadSettingsService,
    LeadsService,
    LeadsRegistrations,
    InteractionsService,
    ProspectsService,
    WorkService,
    LeadsResolver,
    NodeLeadsResolver,
    CompanyLeadsResolver,
    ProjectLeadResolver,
    InteractionsResolver,
    ProspectsResolver,
    WorkResolver,
  ],
  exports: [ClockModule, LeadAccess, LeadLoaders, LeadSettingsService, LeadsService, InteractionsService, ProspectsService],
})
export class LeadsModule {}
