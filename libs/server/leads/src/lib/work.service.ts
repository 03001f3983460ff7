import { Injectable } from '@nestjs/common';
import { Actor, workBuckets } from '@chainboard/domain';
import { ChainRef, ChainsService } from '@chainboard/server-chains';
import { LeadSettingsService } from './lead-settings.service';
import { Lead } from './lead.entity';
import { Prospect } from './prospect.entity';
import { WorkSummary } from './lead.types';
import { LeadsService } from './leads.service';
import { ProspectsService } from './prospects.service';

/** "My work": a staff member's open leads sorted by what they need today; the same for a chain, for its leader. */
@Injectable()
export class WorkService {
  constructor(
    private readonly chains: ChainsService,
    private readonly leads: LeadsService,
    private readonly prospects: ProspectsService,
    private readonly settings: LeadSettingsService,
  ) {}

  async mine(actor: Actor): Promise<WorkSummary> {
    const open = await this.leads.openLeads(actor, { ownerId: actor.id });
    const prospects = await this.prospects.list({ assigneeId: actor.id, converted: false, limit: 200 });
    return this.summary(open, prospects.items, null);
  }

  async chain(actor: Actor, chainId: string): Promise<WorkSummary> {
    const chain = await this.chains.get(chainId);
    const open = await this.leads.openLeads(actor, { chainId });
    const prospects = await this.prospects.list({ chainId, converted: false, limit: 200 });
    return this.summary(open, prospects.items, chain);
  }

  private async summary(open: Lead[], prospects: Prospect[], chain: ChainRef | null): Promise<WorkSummary> {
    const today = this.leads.today();
    const rules = await this.settings.rules();
    const b = workBuckets(open, today, rules);
    return {
      today,
      rules,
      chain,
      openLeads: b.open,
      firstContactOverdue: b.firstContactOverdue,
      assessmentOverdue: b.assessmentOverdue,
      overdueNextActions: b.overdueNextActions,
      dueToday: b.dueToday,
      stale: b.stale,
      prospects,
    };
  }
}
