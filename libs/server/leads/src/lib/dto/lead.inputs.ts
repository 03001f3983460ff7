import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { LEAD_LIMITS, LEAD_ROW_RULES, LeadAlert, LeadSource, LeadStatus, SEARCH_QUERY_MAX, TAG_YEAR_MAX, TAG_YEAR_MIN, CompanyListCategory } from '@chainboard/domain';
import { NewCompanyInput, SortDirection } from '@chainboard/server-companies';
import { DateInput, DecimalScalar, EnumInput, IdInput, IntInput, LocalDateScalar, msg, PageInput, RuleInput, TextInput } from '@chainboard/server-core';
import { LeadSortField } from '../lead.types';

/** A list of node ids: each a well-formed id, at most 50. */
const NodeIdsInput = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  IsArray(msg('input.badFormat'))(target, key);
  ArrayMaxSize(50, msg('input.badFormat'))(target, key);
  IsUUID('all', msg('input.badId', {}, true))(target, key);
};

/** A new company entered with the lead (quick entry), validated as createCompany validates it. */
const InlineCompany = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  ValidateNested(msg('input.badFormat'))(target, key);
  Type(() => NewCompanyInput)(target, key);
};

@InputType({
  description:
    'A new lead. Quick entry needs three fields: company { name } (or companyId), chainId and title; the rest defaults (owner: you, source: OTHER, logged today, status NEW)',
})
export class CreateLeadInput {
  @Field()
  @RuleInput(LEAD_ROW_RULES.title)
  title: string;

  @Field(() => ID)
  @IdInput()
  chainId: string;

  @Field(() => ID, { nullable: true, description: 'An existing company' })
  @IdInput({ optional: true })
  companyId?: string;

  @Field(() => NewCompanyInput, { nullable: true, description: 'A new company, created with the lead in one transaction' })
  @InlineCompany()
  company?: NewCompanyInput;

  @Field(() => [ID], { nullable: true, description: 'Chain-map nodes of the chain the lead would fill' })
  @NodeIdsInput()
  nodeIds?: string[];

  @Field(() => LeadSource, { nullable: true })
  @RuleInput(LEAD_ROW_RULES.source, { optional: true })
  source?: LeadSource;

  @Field(() => ID, { nullable: true, description: 'The staff member who works it; you by default' })
  @IdInput({ optional: true })
  ownerId?: string;

  @Field(() => DecimalScalar, { nullable: true, description: '亿元' })
  @RuleInput(LEAD_ROW_RULES.intendedInvestment, { nullable: true })
  intendedInvestment?: string | null;

  @Field(() => String, { nullable: true })
  @RuleInput(LEAD_ROW_RULES.nextAction, { nullable: true, allowBlank: true })
  nextAction?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @RuleInput(LEAD_ROW_RULES.nextActionDue, { nullable: true })
  nextActionDue?: string | null;

  @Field({ nullable: true })
  @RuleInput(LEAD_ROW_RULES.confidential)
  confidential?: boolean;

  @Field(() => String, { nullable: true, description: 'Shown instead of the title to those who may not see a confidential lead' })
  @RuleInput(LEAD_ROW_RULES.codeName, { nullable: true, allowBlank: true })
  codeName?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the tip came in; today by default, never later' })
  @DateInput({ optional: true })
  createdOn?: string;
}

@InputType({ description: 'Changes to a lead (not its status: see moveLead); a field left out stays as it is, null clears it' })
export class UpdateLeadInput {
  @Field(() => ID)
  @IdInput()
  leadId: string;

  @Field({ nullable: true })
  @RuleInput(LEAD_ROW_RULES.title, { optional: true })
  title?: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  companyId?: string;

  @Field(() => ID, { nullable: true, description: 'Moving a lead to another chain drops its nodes unless nodeIds names new ones' })
  @IdInput({ optional: true })
  chainId?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the nodes' })
  @NodeIdsInput()
  nodeIds?: string[];

  @Field(() => LeadSource, { nullable: true })
  @RuleInput(LEAD_ROW_RULES.source, { optional: true })
  source?: LeadSource;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  ownerId?: string;

  @Field(() => DecimalScalar, { nullable: true })
  @RuleInput(LEAD_ROW_RULES.intendedInvestment, { nullable: true })
  intendedInvestment?: string | null;

  @Field(() => String, { nullable: true })
  @RuleInput(LEAD_ROW_RULES.nextAction, { nullable: true, allowBlank: true })
  nextAction?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @RuleInput(LEAD_ROW_RULES.nextActionDue, { nullable: true })
  nextActionDue?: string | null;

  @Field({ nullable: true })
  @RuleInput(LEAD_ROW_RULES.confidential)
  confidential?: boolean;

  @Field(() => String, { nullable: true })
  @RuleInput(LEAD_ROW_RULES.codeName, { nullable: true, allowBlank: true })
  codeName?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ optional: true })
  createdOn?: string;

  @Field(() => Int, { nullable: true, description: 'The version the editor saw; a newer one on the server refuses the change' })
  @IntInput({ min: 1, max: 2_147_483_647 })
  expectedVersion?: number;
}

@InputType({ description: 'Moves a lead to another status along the allowed moves; dropping needs a reason' })
export class MoveLeadInput {
  @Field(() => ID)
  @IdInput()
  leadId: string;

  @Field(() => LeadStatus)
  @EnumInput(LeadStatus)
  status: LeadStatus;

  @Field(() => String, { nullable: true, description: 'Why it is dropped (required) or shelved' })
  @TextInput({ max: LEAD_LIMITS.reason, nullable: true, allowBlank: true })
  reason?: string | null;

  @Field(() => Int, { nullable: true })
  @IntInput({ min: 1, max: 2_147_483_647 })
  expectedVersion?: number;
}

@InputType({ description: 'Turns a negotiating lead into a project (stage NEGOTIATING) with its company, chain, nodes and investment' })
export class ConvertLeadInput {
  @Field(() => ID)
  @IdInput()
  leadId: string;

  @Field({ nullable: true, description: "The project's name; the lead's title by default" })
  @TextInput({ max: LEAD_LIMITS.projectName, optional: true })
  projectName?: string;

  @Field(() => Int, { nullable: true })
  @IntInput({ min: 1, max: 2_147_483_647 })
  expectedVersion?: number;
}

@InputType({ description: 'Filters, sort and page of the lead table; every filter is optional' })
export class LeadListInput extends PageInput {
  @Field({ nullable: true, description: "Words that must all appear in the title or the company's names" })
  @TextInput({ max: SEARCH_QUERY_MAX, optional: true, allowBlank: true })
  query?: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  chainId?: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  nodeId?: string;

  @Field(() => [LeadStatus], { nullable: true })
  @IsOptional()
  @IsArray(msg('input.badFormat'))
  @IsIn(Object.values(LeadStatus), msg('input.badEnum', {}, true))
  statuses?: LeadStatus[];

  @Field({ nullable: true, description: 'Only open leads (new, contacted, visited, negotiating)' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  ownerId?: string;

  @Field({ nullable: true, description: "Only the signed-in user's leads" })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field(() => LeadSource, { nullable: true })
  @EnumInput(LeadSource, { optional: true })
  source?: LeadSource;

  @Field(() => LeadAlert, { nullable: true, description: 'Only open leads raising this alarm today' })
  @EnumInput(LeadAlert, { optional: true })
  alert?: LeadAlert;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  companyId?: string;

  @Field({ nullable: true, description: 'Company in the district' })
  @IsOptional()
  @IsBoolean()
  isLocal?: boolean;

  @Field({ nullable: true, description: 'Company listed' })
  @IsOptional()
  @IsBoolean()
  isListed?: boolean;

  @Field(() => ID, { nullable: true, description: 'Company tagged with this list' })
  @IdInput({ optional: true })
  listId?: string;

  @Field(() => CompanyListCategory, { nullable: true })
  @EnumInput(CompanyListCategory, { optional: true })
  listCategory?: CompanyListCategory;

  @Field(() => Int, { nullable: true })
  @IntInput({ min: TAG_YEAR_MIN, max: TAG_YEAR_MAX, key: 'companyTag.year' })
  tagYear?: number;

  @Field(() => LeadSortField, { nullable: true, defaultValue: LeadSortField.CREATED_ON })
  @EnumInput(LeadSortField, { optional: true })
  sort?: LeadSortField;

  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.DESC })
  @EnumInput(SortDirection, { optional: true })
  direction?: SortDirection;

}
