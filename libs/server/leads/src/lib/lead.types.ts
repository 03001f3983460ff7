import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LeadAlert, LEAD_TIME_RULE_RANGES } from '@chainboard/domain';
import { IntInput, LocalDateScalar, PageTotalFields } from '@chainboard/server-core';
import { Lead } from './lead.entity';
import { Prospect } from './prospect.entity';

registerEnumType(LeadAlert, { name: 'LeadAlert', description: 'What an open lead needs today under the time rules' });

export enum LeadSortField {
  CREATED_ON = 'CREATED_ON',
  UPDATED_AT = 'UPDATED_AT',
  NEXT_ACTION_DUE = 'NEXT_ACTION_DUE',
  LAST_CONTACT_ON = 'LAST_CONTACT_ON',
  STATUS = 'STATUS',
  TITLE = 'TITLE',
  INTENDED_INVESTMENT = 'INTENDED_INVESTMENT',
}
registerEnumType(LeadSortField, { name: 'LeadSortField' });

@ObjectType({ description: "A lead's dates and alarms on today's date (Asia/Shanghai) under the time rules" })
export class LeadTiming {
  @Field(() => LocalDateScalar, { nullable: true }) firstContactOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was first assessed (moved to visited or beyond)' }) assessedOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) lastContactOn: string | null;
  @Field(() => LocalDateScalar, { description: 'First contact due: working days after it was logged' }) firstContactDue: string;
  @Field(() => LocalDateScalar) assessmentDue: string;
  @Field() firstContactOverdue: boolean;
  @Field() assessmentOverdue: boolean;
  @Field() nextActionOverdue: boolean;
  @Field({ description: 'The next action is due today' }) nextActionDueToday: boolean;
  @Field({ description: 'Open and without contact for the stale period' }) stale: boolean;
  @Field(() => Int, { description: 'Days since the latest contact (or since it was logged)' }) daysSinceContact: number;
  @Field(() => [LeadAlert]) alerts: LeadAlert[];
}

@ObjectType('LeadTimeRules', { description: 'The configurable lead time rules' })
export class LeadTimeRulesType {
  @Field(() => Int, { description: 'Working days from logging a lead to its first contact' }) firstContactWorkingDays: number;
  @Field(() => Int, { description: 'Working days from logging a lead to its assessment' }) assessmentWorkingDays: number;
  @Field(() => Int, { description: 'Days without contact after which an open lead is stale' }) staleDays: number;
}

@InputType()
export class UpdateLeadTimeRulesInput {
  @Field(() => Int)
  @IntInput({ ...LEAD_TIME_RULE_RANGES.firstContactWorkingDays, key: 'leadRules.range', optional: false })
  firstContactWorkingDays: number;

  @Field(() => Int)
  @IntInput({ ...LEAD_TIME_RULE_RANGES.assessmentWorkingDays, key: 'leadRules.range', optional: false })
  assessmentWorkingDays: number;

  @Field(() => Int)
  @IntInput({ ...LEAD_TIME_RULE_RANGES.staleDays, key: 'leadRules.range', optional: false })
  staleDays: number;
}

@ObjectType({ description: 'One page of the lead table, with the total (capped unless exactTotal was asked)' })
export class LeadPage extends PageTotalFields {
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
  @Field(() => [Lead]) items: Lead[];
}

@ObjectType({ description: 'One page of prospects, with the total (capped unless exactTotal was asked)' })
export class ProspectPage extends PageTotalFields {
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
  @Field(() => [Prospect]) items: Prospect[];
}
