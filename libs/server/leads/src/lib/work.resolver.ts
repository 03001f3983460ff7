import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LeadTimeRules } from '@chainboard/domain';
import { IdPipe } from '@chainboard/server-core';
import { Allow, CurrentUser, User } from '@chainboard/server-users';
import { LeadSettingsService } from './lead-settings.service';
import { LeadTimeRulesType, UpdateLeadTimeRulesInput } from './lead.types';
import { WORK_LIST_LIMIT, WORK_LIST_LIMIT_MAX, WorkSummary } from './work.types';
import { WorkService } from './work.service';

const LIMIT_ARG = { type: () => Int, nullable: true, defaultValue: WORK_LIST_LIMIT, description: `Rows each list answers (1 to ${WORK_LIST_LIMIT_MAX})` };

@Resolver(() => WorkSummary)
export class WorkResolver {
  constructor(
    private readonly work: WorkService,
    private readonly settings: LeadSettingsService,
  ) {}

  @Allow('lead.read')
  @Query(() => WorkSummary, {
    description: '"My work": your open leads, overdue next actions, stale leads, overdue first contacts and assessments, today’s follow-ups, prospects; each list as its count and first rows',
  })
  myWork(@CurrentUser() user: User, @Args('limit', LIMIT_ARG) limit: number): Promise<WorkSummary> {
    return this.work.mine(user, limit);
  }

  @Allow('lead.read')
  @Query(() => WorkSummary, { description: 'The same for a whole chain, for its leader' })
  chainWork(
    @CurrentUser() user: User,
    @Args('chainId', { type: () => ID }, new IdPipe('chainId')) chainId: string,
    @Args('limit', LIMIT_ARG) limit: number,
  ): Promise<WorkSummary> {
    return this.work.chain(user, chainId, limit);
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
