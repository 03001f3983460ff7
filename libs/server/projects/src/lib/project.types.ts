import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  FundsKind,
  HEALTH_LIGHTS,
  HealthLight,
  PROJECT_HEALTH_RULE_RANGES,
  ProjectHealthRuleCode,
  ProjectHealthRules,
  ProjectStage,
} from '@chainboard/domain';
import { DecimalScalar, IntInput, LocalDateScalar, PageTotalFields } from '@chainboard/server-core';
import { Project } from './project.entity';
import { ProjectEventKind } from './project-records.entity';

/** The lights of libs/domain's projectHealth, as a GraphQL enum. */
export const HealthLightEnum = Object.fromEntries(HEALTH_LIGHTS.map((l) => [l, l])) as { [L in HealthLight]: L };
registerEnumType(HealthLightEnum, { name: 'HealthLight', description: 'Project health (红黄绿灯), computed from the health rules' });

/** The rules of libs/domain's projectHealth, as a GraphQL enum (the record type keeps it complete). */
export const HealthRuleCodeEnum: { [C in ProjectHealthRuleCode]: C } = { MILESTONE_LATE: 'MILESTONE_LATE', NO_UPDATE: 'NO_UPDATE' };
registerEnumType(HealthRuleCodeEnum, { name: 'HealthRuleCode', description: 'The health rule that set a light' });

export enum ProjectSortField {
  NAME = 'NAME',
  STAGE = 'STAGE',
  AGREED_INVESTMENT = 'AGREED_INVESTMENT',
  SIGNED_ON = 'SIGNED_ON',
  CREATED_ON = 'CREATED_ON',
  UPDATED_AT = 'UPDATED_AT',
  LAST_UPDATE_ON = 'LAST_UPDATE_ON',
}
registerEnumType(ProjectSortField, { name: 'ProjectSortField' });

@ObjectType({ description: 'The health rule that set the light: how many days late or without update, and the milestone for MILESTONE_LATE' })
export class HealthRuleFired {
  @Field(() => HealthRuleCodeEnum) code: ProjectHealthRuleCode;
  @Field(() => Int) days: number;
  @Field(() => String, { nullable: true }) milestone: string | null;
}

@ObjectType('ProjectHealthRules', { description: 'When a project turns yellow or red (days, "at least")' })
export class ProjectHealthRulesType implements ProjectHealthRules {
  @Field(() => Int, { description: 'An open milestone this many days late makes the light yellow' }) milestoneYellowAtDaysLate: number;
  @Field(() => Int, { description: '… red' }) milestoneRedAtDaysLate: number;
  @Field(() => Int, { description: 'This many days without an update make the light yellow' }) noUpdateYellowAtDays: number;
  @Field(() => Int, { description: '… red' }) noUpdateRedAtDays: number;
}

const ruleRange = (key: keyof ProjectHealthRules) => ({ ...PROJECT_HEALTH_RULE_RANGES[key], key: 'projectRules.range', optional: false });

@InputType({ description: 'New health rules (admins); red must be no sooner than yellow' })
export class UpdateProjectHealthRulesInput implements ProjectHealthRules {
  @Field(() => Int) @IntInput(ruleRange('milestoneYellowAtDaysLate')) milestoneYellowAtDaysLate: number;
  @Field(() => Int) @IntInput(ruleRange('milestoneRedAtDaysLate')) milestoneRedAtDaysLate: number;
  @Field(() => Int) @IntInput(ruleRange('noUpdateYellowAtDays')) noUpdateYellowAtDays: number;
  @Field(() => Int) @IntInput(ruleRange('noUpdateRedAtDays')) noUpdateRedAtDays: number;
}

@ObjectType({ description: 'One page of the project ledger (台账)' })
export class ProjectPage extends PageTotalFields {
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
  @Field(() => [Project]) items: Project[];
}

@ObjectType({ description: 'One column of the kanban: a stage, its count and total agreed investment, and its first cards' })
export class ProjectBoardColumn {
  @Field(() => ProjectStage) stage: ProjectStage;
  @Field(() => Int, { description: 'Projects in the stage (with the filters)' }) count: number;
  @Field(() => DecimalScalar, { description: 'Sum of their agreed investment, 亿元, without the amounts of the projects masked for the reader' })
  totalAgreedInvestment: string;
  @Field(() => Int, { description: 'Confidential projects of the column masked for the reader: counted, their amounts left out of the total' })
  maskedCount: number;
  @Field(() => [Project], { description: 'The first cards, most recently moved first' }) projects: Project[];
  @Field({ description: 'More projects than the cards shown' }) hasMore: boolean;
}

@ObjectType({ description: 'The kanban: one column per stage, in the order of PROJECT_STAGES' })
export class ProjectBoard {
  @Field(() => [ProjectBoardColumn]) columns: ProjectBoardColumn[];
}

@ObjectType({ description: "The plan's project targets (PLAN_PROJECT_TARGETS)" })
export class ProjectTargets {
  @Field(() => Int, { description: 'Industrialisation projects (50)' }) industrialisation: number;
  @Field(() => Int, { description: 'Industrialisation projects of ≥ 30亿 (3)' }) tier30Plus: number;
  @Field(() => Int, { description: 'Industrialisation projects of 10–30亿 (5)' }) tier10To30: number;
}

@ObjectType({ description: "The plan's counters on a date, computed from the stage log (countProjects in libs/domain)" })
export class ProjectCounters {
  @Field(() => LocalDateScalar) asOf: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Counted from this date (the plan period by default)' }) from: string | null;
  @Field(() => ID, { nullable: true }) chainId: string | null;
  @Field(() => Int, { description: 'Counted (signed, not dropped) projects of every type' }) signed: number;
  @Field(() => Int) industrialisation: number;
  @Field(() => Int) tier30Plus: number;
  @Field(() => Int) tier10To30: number;
  @Field(() => DecimalScalar, { description: 'Sum of the agreed investment of the counted projects, 亿元' }) signedAmount: string;
  @Field(() => DecimalScalar, { description: 'Funds in place of the counted projects received by asOf, 亿元' }) fundsInPlace: string;
  @Field(() => DecimalScalar) fundsInPlaceDomestic: string;
  @Field(() => DecimalScalar) fundsInPlaceForeign: string;
  @Field(() => ProjectTargets) targets: ProjectTargets;
}

@ObjectType({ description: 'One field changed by an edit, as text (dates YYYY-MM-DD, amounts in 亿元, ids as ids)' })
export class ProjectFieldChange {
  @Field() field: string;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
}

@ObjectType({ description: "One entry of a project's timeline; the fields that apply to its kind are set" })
export class ProjectEvent {
  @Field(() => ID) id: string;
  @Field(() => ProjectEventKind) kind: ProjectEventKind;
  @Field() at: Date;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => [ProjectFieldChange], { description: 'FIELDS_CHANGED: what changed' }) changes: ProjectFieldChange[];
  @Field(() => ProjectStage, { nullable: true }) fromStage: ProjectStage | null;
  @Field(() => ProjectStage, { nullable: true }) toStage: ProjectStage | null;
  @Field(() => LocalDateScalar, { nullable: true }) effectiveOn: string | null;
  @Field(() => String, { nullable: true, description: 'The note of a stage move' }) note: string | null;
  @Field(() => String, { nullable: true, description: 'The reason of a hold, a drop or a reopened issue' }) reason: string | null;
  @Field(() => String, { nullable: true, description: 'PROGRESS_UPDATE: the text' }) text: string | null;
  @Field(() => DecimalScalar, { nullable: true }) amount: string | null;
  @Field(() => FundsKind, { nullable: true }) fundsKind: FundsKind | null;
  @Field(() => LocalDateScalar, { nullable: true }) receivedOn: string | null;
  @Field(() => String, { nullable: true }) milestoneName: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) plannedOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) actualOn: string | null;
  @Field(() => ID, { nullable: true }) issueId: string | null;
  @Field(() => String, { nullable: true }) issueTitle: string | null;
  @Field(() => String, { nullable: true, description: 'ISSUE_CLOSED: the resolution' }) resolution: string | null;
  @Field({ description: 'Demo data (演示数据) invented by the seed' }) isDemo: boolean;
}
