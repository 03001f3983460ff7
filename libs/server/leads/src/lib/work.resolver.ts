import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LeadTimeRules } from '@chainboard/domain';
import { IdPipe } from '@chainboard/server-core';
import { Allow, CurrentUser, User } from '@chainboard/server-users';
import { LeadSettingsService } from './lead-settings.service';
import { LeadTimeRulesType, UpdateLeadTimeRulesInput, WorkSummary } from './lead.types';
import { WorkService } from './work.service';

@Resolver(() => WorkSummary)
export class WorkResolver {
  constructor(
    private readonly work: WorkService,
    private readonly settings: LeadSettingsService,
  ) {}

  @Allow('lead.read')
  @Query(() => WorkSummary, { description: '"My work": your open leads, overdue next actions, stale leads, overdue first contacts and assessments, today’s follow-ups' })
  myWork(@CurrentUser() user: User): Promise<WorkSummary> {
    return this.work.mine(user);
  }

  @Allow('lead.read')
  @Query(() => WorkSummary, { description: 'The same for a whole chain, for its leader' })
  chainWork(@CurrentUser() user: User, @Args('chainId', { type: () => ID }, new IdPipe('chainId')) chainId: string): Promise<WorkSummary> {
    return this.work.chain(user, chainId);
  }

  @Allow('lead.read')
  @Query(() => LeadTimeRulesType, { description: 'The lead time rules in force' })
  leadTimeRules(): Promise<LeadTimeRules> {
    return this.settings.rules();
  }

  @Allow('settings.manage')
  @Mutation(() => LeadTimeRulesType, { description: 'Sets the lead time rules (admin)' })
  updateLeadTimeRules(@Args('input') input: UpdateLeadTimeRulesInput): Promise<LeadTimeRules> {
    return this.settings.update(input);
  }
}
