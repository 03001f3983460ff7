import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChainRef } from '@chainboard/server-chains';
import { LocalDateScalar } from '@chainboard/server-core';
import { LeadTimeRulesType } from './lead.types';
import { Lead } from './lead.entity';
import { Prospect } from './prospect.entity';

/** Rows each "My work" list answers by default, and at most. */
export const WORK_LIST_LIMIT = 20;
export const WORK_LIST_LIMIT_MAX = 100;

@ObjectType({ description: 'One "My work" list: how many leads it holds, and which are its first rows (next action due first, so the most overdue first, then the oldest)' })
export class WorkLeadList {
  @Field(() => Int, { description: 'How many leads the list holds in all' }) total: number;
  @Field(() => [ID], { description: "The first rows' ids, in order (the leads themselves are in the summary's leads); the lead table with the same filter pages through all of them" })
  leadIds: string[];
}

@ObjectType({ description: 'The prospects not yet turned into leads: how many, and the first of them (highest priority first)' })
export class WorkProspectList {
  @Field(() => Int) total: number;
  @Field(() => [Prospect]) items: Prospect[];
}

@ObjectType({ description: '"My work": the open leads of a staff member (or of a chain) and what they need today, each list as its count and first rows' })
export class WorkSummary {
  @Field(() => LocalDateScalar) today: string;
  @Field(() => LeadTimeRulesType) rules: LeadTimeRulesType;
  @Field(() => ChainRef, { nullable: true, description: 'The chain, for a chain view' }) chain: ChainRef | null;
  @Field(() => Int, { description: 'The most rows each list answers' }) limit: number;
  @Field(() => Int, { description: 'Open leads raising at least one alarm today (each counted once)' }) attention: number;
  @Field(() => [Lead], { description: 'Every lead the lists show, each once (a lead may be in several lists)' }) leads: Lead[];
  @Field(() => WorkLeadList, { description: 'Open leads' }) openLeads: WorkLeadList;
  @Field(() => WorkLeadList) firstContactOverdue: WorkLeadList;
  @Field(() => WorkLeadList) assessmentOverdue: WorkLeadList;
  @Field(() => WorkLeadList) overdueNextActions: WorkLeadList;
  @Field(() => WorkLeadList, { description: "Today's follow-ups: next actions due today" }) dueToday: WorkLeadList;
  @Field(() => WorkLeadList) stale: WorkLeadList;
  @Field(() => WorkProspectList, { description: 'Prospects not yet turned into leads (assigned to me, or on the chain)' }) prospects: WorkProspectList;
}
