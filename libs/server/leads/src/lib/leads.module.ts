import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompaniesModule } from '@chainboard/server-companies';
import { CLOCK, SystemClock } from './clock';
import { Interaction } from './interaction.entity';
import { InteractionsResolver } from './interactions.resolver';
import { InteractionsService } from './interactions.service';
import { LeadAccess } from './lead-access';
import { LeadSettingsService } from './lead-settings.service';
import { Lead, LeadNode } from './lead.entity';
import { CompanyLeadsResolver, LeadsResolver, NodeLeadsResolver, ProjectLeadResolver } from './leads.resolver';
import { LeadsService } from './leads.service';
import { Prospect } from './prospect.entity';
import { ProspectsResolver } from './prospects.resolver';
import { ProspectsService } from './prospects.service';
import { SearchService } from './search.service';
import { WorkResolver } from './work.resolver';
import { WorkService } from './work.service';

/**
 * Leads, contacts, prospects, "My work" and search. The clock the time rules read is the CLOCK provider
 * (SystemClock); tests pin it with `app.get<SystemClock>(CLOCK).pin(instant)`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Lead, LeadNode, Interaction, Prospect]), CompaniesModule],
  providers: [
    { provide: CLOCK, useClass: SystemClock },
    LeadAccess,
    LeadSettingsService,
    LeadsService,
    InteractionsService,
    ProspectsService,
    WorkService,
    SearchService,
    LeadsResolver,
    NodeLeadsResolver,
    CompanyLeadsResolver,
    ProjectLeadResolver,
    InteractionsResolver,
    ProspectsResolver,
    WorkResolver,
  ],
  exports: [CLOCK, LeadAccess, LeadSettingsService, LeadsService, InteractionsService, ProspectsService, SearchService],
})
export class LeadsModule {}
