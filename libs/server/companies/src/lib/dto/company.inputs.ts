import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { COMPANY_LIMITS, COMPANY_ROW_RULES, CompanyListCategory, CompanyRole, ListLevel, SEARCH_QUERY_MAX, TAG_YEAR_MAX, TAG_YEAR_MIN } from '@chainboard/domain';
import { EnumInput, FlagInput, IdInput, IntInput, PageInput, RuleInput, TextInput } from '@chainboard/server-core';
import { CompanySortField, SortDirection } from '../company.types';
import { CreditCodeInput } from './validation';


@InputType({ description: 'A new company. Only the name is required; the credit code, when given, is checked and must be unique' })
export class NewCompanyInput {
  @Field({ description: 'Name in Chinese' })
  @RuleInput(COMPANY_ROW_RULES.name)
  name: string;

  @Field(() => String, { nullable: true })
  @RuleInput(COMPANY_ROW_RULES.englishName, { nullable: true })
  englishName?: string | null;

  @Field(() => [String], { nullable: true })
  @RuleInput(COMPANY_ROW_RULES.aliases)
  aliases?: string[];

  @Field(() => String, { nullable: true, description: '统一社会信用代码; full-width characters, spaces and lower case are accepted and normalised' })
  @CreditCodeInput()
  creditCode?: string | null;

  @Field(() => String, { nullable: true })
  @RuleInput(COMPANY_ROW_RULES.province, { nullable: true })
  province?: string | null;

  @Field(() => String, { nullable: true })
  @RuleInput(COMPANY_ROW_RULES.city, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  @RuleInput(COMPANY_ROW_RULES.headquarters, { nullable: true })
  headquarters?: string | null;

  @Field({ nullable: true })
  @RuleInput(COMPANY_ROW_RULES.isListed)
  isListed?: boolean;

  @Field({ nullable: true, description: 'Located in the district' })
  @RuleInput(COMPANY_ROW_RULES.isLocal)
  isLocal?: boolean;

  @Field({ nullable: true, description: 'Save even though a company with the same name key exists (after the user confirmed it is another one)' })
  @FlagInput()
  allowDuplicate?: boolean;
}

@InputType()
export class CreateCompanyInput extends NewCompanyInput {}

@InputType({ description: 'Changes to a company; a field left out stays as it is, null clears it' })
export class UpdateCompanyInput {
  @Field(() => ID)
  @IdInput()
  companyId: string;

  @Field({ nullable: true })
  @RuleInput(COMPANY_ROW_RULES.name, { optional: true })
  name?: string;

  @Field(() => String, { nullable: true })
  @RuleInput(COMPANY_ROW_RULES.englishName, { nullable: true })
  englishName?: string | null;

  @Field(() => [String], { nullable: true })
  @RuleInput(COMPANY_ROW_RULES.aliases)
  aliases?: string[];

  @Field(() => String, { nullable: true })
  @CreditCodeInput()
  creditCode?: string | null;

  @Field(() => String, { nullable: true })
  @RuleInput(COMPANY_ROW_RULES.province, { nullable: true })
  province?: string | null;

  @Field(() => String, { nullable: true })
  @RuleInput(COMPANY_ROW_RULES.city, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  @RuleInput(COMPANY_ROW_RULES.headquarters, { nullable: true })
  headquarters?: string | null;

  @Field({ nullable: true })
  @RuleInput(COMPANY_ROW_RULES.isListed)
  isListed?: boolean;

  @Field({ nullable: true })
  @RuleInput(COMPANY_ROW_RULES.isLocal)
  isLocal?: boolean;

  @Field({ nullable: true })
  @FlagInput()
  allowDuplicate?: boolean;

  @Field(() => Int, { nullable: true, description: 'The version the editor saw; a newer one on the server refuses the change' })
  @IntInput({ min: 1, max: 2_147_483_647 })
  expectedVersion?: number;
}

@InputType({ description: 'Two records of one company: everything of the merged one moves to the survivor, then the merged one is deleted' })
export class MergeCompaniesInput {
  @Field(() => ID, { description: 'The company that stays' })
  @IdInput()
  survivorId: string;

  @Field(() => ID, { description: 'The company that is merged into the survivor and deleted' })
  @IdInput()
  mergedId: string;
}

@InputType({ description: 'Filters, sort and page of the company table; every filter is optional' })
export class CompanyListInput extends PageInput {
  @Field({ nullable: true, description: 'Words that must all appear in a name, English name or alias' })
  @TextInput({ max: SEARCH_QUERY_MAX, optional: true, allowBlank: true })
  query?: string;

  @Field(() => ID, { nullable: true, description: 'Companies on a node of this chain' })
  @IdInput({ optional: true })
  chainId?: string;

  @Field(() => ID, { nullable: true, description: 'Companies on this node' })
  @IdInput({ optional: true })
  nodeId?: string;

  @Field(() => CompanyRole, { nullable: true, description: 'With chainId or nodeId: only companies in this role there' })
  @EnumInput(CompanyRole, { optional: true })
  role?: CompanyRole;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isLocal?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isListed?: boolean;

  @Field(() => ID, { nullable: true, description: 'Companies tagged with this list' })
  @IdInput({ optional: true })
  listId?: string;

  @Field(() => CompanyListCategory, { nullable: true, description: 'Companies tagged with a list of this category' })
  @EnumInput(CompanyListCategory, { optional: true })
  listCategory?: CompanyListCategory;

  @Field(() => Int, { nullable: true, description: 'With listId or listCategory: the tag year' })
  @IntInput({ min: TAG_YEAR_MIN, max: TAG_YEAR_MAX, key: 'companyTag.year' })
  tagYear?: number;

  @Field(() => String, { nullable: true })
  @TextInput({ max: COMPANY_LIMITS.province, optional: true })
  province?: string;

  @Field(() => String, { nullable: true })
  @TextInput({ max: COMPANY_LIMITS.city, optional: true })
  city?: string;

  @Field(() => CompanySortField, { nullable: true, defaultValue: CompanySortField.NAME })
  @EnumInput(CompanySortField, { optional: true })
  sort?: CompanySortField;

  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC })
  @EnumInput(SortDirection, { optional: true })
  direction?: SortDirection;

}

@InputType({ description: 'Puts a company on a chain-map node in a role, or changes its role there' })
export class SetCompanyNodeInput {
  @Field(() => ID)
  @IdInput()
  companyId: string;

  @Field(() => ID)
  @IdInput()
  nodeId: string;

  @Field(() => CompanyRole)
  @EnumInput(CompanyRole)
  role: CompanyRole;
}

@InputType()
export class CreateCompanyListInput {
  @Field()
  @TextInput({ max: COMPANY_LIMITS.listName })
  name: string;

  @Field(() => CompanyListCategory)
  @EnumInput(CompanyListCategory)
  category: CompanyListCategory;

  @Field(() => ListLevel, { nullable: true })
  @EnumInput(ListLevel, { nullable: true })
  level?: ListLevel | null;

  @Field(() => String, { nullable: true })
  @TextInput({ max: COMPANY_LIMITS.publisher, nullable: true, allowBlank: true })
  publisher?: string | null;
}

@InputType({ description: 'Changes to a company list; a field left out stays as it is' })
export class UpdateCompanyListInput {
  @Field(() => ID)
  @IdInput()
  listId: string;

  @Field({ nullable: true })
  @TextInput({ max: COMPANY_LIMITS.listName, optional: true })
  name?: string;

  @Field(() => CompanyListCategory, { nullable: true })
  @EnumInput(CompanyListCategory, { optional: true })
  category?: CompanyListCategory;

  @Field(() => ListLevel, { nullable: true })
  @EnumInput(ListLevel, { nullable: true })
  level?: ListLevel | null;

  @Field(() => String, { nullable: true })
  @TextInput({ max: COMPANY_LIMITS.publisher, nullable: true, allowBlank: true })
  publisher?: string | null;
}

@InputType({ description: 'A company on a list in a year (e.g. 中国企业500强, 2024); adding it twice keeps one' })
export class AddCompanyTagInput {
  @Field(() => ID)
  @IdInput()
  companyId: string;

  @Field(() => ID)
  @IdInput()
  listId: string;

  @Field(() => Int)
  @IntInput({ min: TAG_YEAR_MIN, max: TAG_YEAR_MAX, key: 'companyTag.year', optional: false })
  year: number;
}
