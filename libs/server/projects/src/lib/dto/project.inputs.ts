import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { HEALTH_LIGHTS, HealthLight, INVESTMENT_TIERS, InvestmentTier, LEAD_LIMITS, PROJECT_LIMITS, PROJECT_STAGES, PROJECT_TYPES, ProjectStage, ProjectType, SEARCH_QUERY_MAX } from '@chainboard/domain';
import { CreditCodeInput, NewCompanyInput, SortDirection } from '@chainboard/server-companies';
import { DateInput, DecimalInput, DecimalScalar, EnumInput, FlagInput, IdInput, IntInput, LocalDateScalar, msg, PAGE_LIMIT_MAX, TextInput } from '@chainboard/server-core';
import { HealthLightEnum, ProjectSortField } from '../project.types';

/** A list of node ids: each a well-formed id, at most 50. */
const NodeIdsInput = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  IsArray(msg('input.badFormat'))(target, key);
  ArrayMaxSize(50, msg('input.badFormat'))(target, key);
  IsUUID('all', msg('input.badId', {}, true))(target, key);
};

/** A list of enum values (a multi-select filter). */
const EnumListInput = (values: readonly string[]): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  IsArray(msg('input.badFormat'))(target, key);
  ArrayMaxSize(values.length, msg('input.badFormat'))(target, key);
  IsIn([...values], msg('input.badEnum', {}, true))(target, key);
};

/** A new company entered with the project, validated as createCompany validates it. */
const InlineCompany = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  ValidateNested(msg('input.badFormat'))(target, key);
  Type(() => NewCompanyInput)(target, key);
};

const VERSION = { min: 1, max: 2_147_483_647, optional: false } as const;
const CURRENCY = /^[A-Za-z]{3}$/;

@InputType({
  description:
    'A new project, in stage NEGOTIATING (stages move with moveProjectStage). Needs name, chainId and a company (companyId, or company to create one); type defaults to INDUSTRIALISATION, owner to you when you may own projects on the chain',
})
export class CreateProjectInput {
  @Field()
  @TextInput({ max: PROJECT_LIMITS.name })
  name: string;

  @Field(() => ID)
  @IdInput()
  chainId: string;

  @Field(() => ID, { nullable: true, description: 'The investing company' })
  @IdInput({ optional: true })
  companyId?: string;

  @Field(() => NewCompanyInput, { nullable: true, description: 'A new investing company, created with the project in one transaction' })
  @InlineCompany()
  company?: NewCompanyInput;

  @Field(() => [ID], { nullable: true, description: 'Chain-map nodes of the chain the project fills' })
  @NodeIdsInput()
  nodeIds?: string[];

  @Field(() => ProjectType, { nullable: true })
  @EnumInput(ProjectType, { optional: true })
  type?: ProjectType;

  @Field(() => DecimalScalar, { nullable: true, description: 'Agreed investment, 亿元' })
  @DecimalInput({ nullable: true })
  agreedInvestment?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @DecimalInput({ nullable: true })
  foreignAmount?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code (3 letters), given with foreignAmount' })
  @TextInput({ max: 3, nullable: true, pattern: CURRENCY })
  foreignCurrency?: string | null;

  @Field(() => ID, { nullable: true, description: 'A district leader or chain leader' })
  @IdInput({ nullable: true })
  responsibleLeaderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A department' })
  @IdInput({ nullable: true })
  responsibleUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A user holding project.own on the chain; you by default when you hold it' })
  @IdInput({ nullable: true })
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  @TextInput({ max: PROJECT_LIMITS.carrier, nullable: true, allowBlank: true })
  carrier?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '亩' })
  @DecimalInput({ nullable: true })
  landAreaMu?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'm²' })
  @DecimalInput({ nullable: true })
  floorSpaceM2?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Expected annual output, 亿元' })
  @DecimalInput({ nullable: true })
  expectedOutput?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Expected annual tax, 亿元' })
  @DecimalInput({ nullable: true })
  expectedTax?: string | null;

  @Field(() => Int, { nullable: true })
  @IntInput({ min: 0, max: 10_000_000 })
  expectedJobs?: number | null;

  @Field({ nullable: true })
  @FlagInput()
  confidential?: boolean;

  @Field(() => String, { nullable: true })
  @TextInput({ max: LEAD_LIMITS.codeName, nullable: true, allowBlank: true })
  codeName?: string | null;
}

@InputType({
  description:
    'Changes to a project (not its stage: see moveProjectStage); a field left out stays, null clears it. expectedVersion is the version you saw: a newer one refuses the change with CONFLICT and the current values in extensions.current',
})
export class UpdateProjectInput {
  @Field(() => ID)
  @IdInput()
  projectId: string;

  @Field(() => Int)
  @IntInput(VERSION)
  expectedVersion: number;

  @Field({ nullable: true })
  @TextInput({ max: PROJECT_LIMITS.name, optional: true })
  name?: string;

  @Field(() => ID, { nullable: true, description: 'Moving a project to another chain drops its nodes unless nodeIds names new ones' })
  @IdInput({ optional: true })
  chainId?: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  companyId?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the nodes' })
  @NodeIdsInput()
  nodeIds?: string[];

  @Field(() => ProjectType, { nullable: true })
  @EnumInput(ProjectType, { optional: true })
  type?: ProjectType;

  @Field(() => DecimalScalar, { nullable: true })
  @DecimalInput({ nullable: true })
  agreedInvestment?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @DecimalInput({ nullable: true })
  foreignAmount?: string | null;

  @Field(() => String, { nullable: true })
  @TextInput({ max: 3, nullable: true, pattern: CURRENCY })
  foreignCurrency?: string | null;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  responsibleLeaderId?: string | null;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  responsibleUnitId?: string | null;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  @TextInput({ max: PROJECT_LIMITS.carrier, nullable: true, allowBlank: true })
  carrier?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @DecimalInput({ nullable: true })
  landAreaMu?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @DecimalInput({ nullable: true })
  floorSpaceM2?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @DecimalInput({ nullable: true })
  expectedOutput?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @DecimalInput({ nullable: true })
  expectedTax?: string | null;

  @Field(() => Int, { nullable: true })
  @IntInput({ min: 0, max: 10_000_000 })
  expectedJobs?: number | null;

  @Field({ nullable: true })
  @FlagInput()
  confidential?: boolean;

  @Field(() => String, { nullable: true })
  @TextInput({ max: LEAD_LIMITS.codeName, nullable: true, allowBlank: true })
  codeName?: string | null;

  @Field(() => String, { nullable: true, description: 'A correction; set by the REGISTERED move' })
  @TextInput({ max: PROJECT_LIMITS.registeredCompanyName, nullable: true, allowBlank: true })
  registeredCompanyName?: string | null;

  @Field(() => String, { nullable: true, description: 'A correction; set by the REGISTERED move' })
  @CreditCodeInput()
  registeredCreditCode?: string | null;
}

@InputType({
  description:
    "Moves a project to another stage along PROJECT_STAGE_TRANSITIONS, with the fields the target stage requires (STAGE_REQUIREMENTS): SIGNED signedOn + agreedInvestment, REGISTERED registeredCompanyName + registeredCreditCode, CONSTRUCTION_STARTED startedOn + carrier, IN_PRODUCTION productionOn, AT_FULL_CAPACITY capacityOn, ON_HOLD and DROPPED reason. Fields of other stages are ignored. The move takes effect on the stage's date field, else effectiveOn, else today; it may be backdated, never postdated nor dated before the previous move",
})
export class MoveProjectStageInput {
  @Field(() => ID)
  @IdInput()
  projectId: string;

  @Field(() => ProjectStage)
  @EnumInput(ProjectStage)
  to: ProjectStage;

  @Field(() => Int)
  @IntInput(VERSION)
  expectedVersion: number;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ nullable: true })
  effectiveOn?: string | null;

  @Field(() => String, { nullable: true })
  @TextInput({ max: PROJECT_LIMITS.reason, nullable: true, allowBlank: true })
  note?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ nullable: true })
  signedOn?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @DecimalInput({ nullable: true })
  agreedInvestment?: string | null;

  @Field(() => String, { nullable: true })
  @TextInput({ max: PROJECT_LIMITS.registeredCompanyName, nullable: true, allowBlank: true })
  registeredCompanyName?: string | null;

  @Field(() => String, { nullable: true })
  @CreditCodeInput()
  registeredCreditCode?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ nullable: true })
  startedOn?: string | null;

  @Field(() => String, { nullable: true })
  @TextInput({ max: PROJECT_LIMITS.carrier, nullable: true, allowBlank: true })
  carrier?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ nullable: true })
  productionOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ nullable: true })
  capacityOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is put on hold or dropped' })
  @TextInput({ max: PROJECT_LIMITS.reason, nullable: true, allowBlank: true })
  reason?: string | null;
}

/** The filters the ledger, the kanban and the export share; every one optional. */
@InputType({ isAbstract: true })
export abstract class ProjectFilterInput {
  @Field({ nullable: true, description: "Words that must all appear in the name or the company's names (masked projects are never found by it)" })
  @TextInput({ max: SEARCH_QUERY_MAX, optional: true, allowBlank: true })
  query?: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  chainId?: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  nodeId?: string;

  @Field(() => [ProjectStage], { nullable: true })
  @EnumListInput(PROJECT_STAGES)
  stages?: ProjectStage[];

  @Field(() => [ProjectType], { nullable: true })
  @EnumListInput(PROJECT_TYPES)
  types?: ProjectType[];

  @Field(() => [InvestmentTier], { nullable: true, description: 'By agreed investment (TIER_THRESHOLDS_YI)' })
  @EnumListInput(INVESTMENT_TIERS)
  tiers?: InvestmentTier[];

  @Field(() => [HealthLightEnum], { nullable: true, description: 'By health light today (closed projects have none)' })
  @EnumListInput(HEALTH_LIGHTS)
  lights?: HealthLight[];

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  ownerId?: string;

  @Field({ nullable: true, description: "Only the signed-in user's projects" })
  @IsOptional()
  @IsBoolean(msg('input.badFormat'))
  mine?: boolean;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  responsibleLeaderId?: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  responsibleUnitId?: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  companyId?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Signed on or after' })
  @DateInput({ optional: true })
  signedFrom?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Signed on or before' })
  @DateInput({ optional: true })
  signedTo?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Entered on or after' })
  @DateInput({ optional: true })
  createdFrom?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Entered on or before' })
  @DateInput({ optional: true })
  createdTo?: string;

  @Field({ nullable: true, description: 'Only demo data (true) or only real data (false)' })
  @IsOptional()
  @IsBoolean(msg('input.badFormat'))
  isDemo?: boolean;
}

@InputType({ description: 'Filters, sort and page of the project ledger (台账)' })
export class ProjectListInput extends ProjectFilterInput {
  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IntInput({ min: 0, max: 1_000_000 })
  offset?: number;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IntInput({ min: 1, max: PAGE_LIMIT_MAX })
  limit?: number;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Count every matching project (the total is otherwise capped past the page)' })
  @FlagInput()
  exactTotal?: boolean;

  @Field(() => ProjectSortField, { nullable: true, defaultValue: ProjectSortField.UPDATED_AT })
  @EnumInput(ProjectSortField, { optional: true })
  sort?: ProjectSortField;

  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.DESC })
  @EnumInput(SortDirection, { optional: true })
  direction?: SortDirection;
}

@InputType({ description: 'The kanban: the ledger filters (a stages filter limits the columns) and how many cards per column' })
export class ProjectBoardInput extends ProjectFilterInput {
  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @IntInput({ min: 1, max: 100 })
  cardsPerColumn?: number;
}
