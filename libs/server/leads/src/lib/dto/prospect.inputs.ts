import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { LEAD_LIMITS, LeadSource, Priority } from '@chainboard/domain';
import { NewCompanyInput } from '@chainboard/server-companies';
import { EnumInput, IdInput, msg, PageInput, TextInput } from '@chainboard/server-core';

@InputType({ description: 'A company the district wants to attract onto a chain-map node (目标企业)' })
export class AddProspectInput {
  @Field(() => ID)
  @IdInput()
  nodeId: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  companyId?: string;

  @Field(() => NewCompanyInput, { nullable: true, description: 'A new company, created with the prospect' })
  @IsOptional()
  @ValidateNested(msg('input.badFormat'))
  @Type(() => NewCompanyInput)
  company?: NewCompanyInput;

  @Field(() => Priority, { nullable: true, defaultValue: Priority.MEDIUM })
  @EnumInput(Priority, { optional: true })
  priority?: Priority;

  @Field(() => ID, { nullable: true, description: 'The staff member who pursues it' })
  @IdInput({ nullable: true })
  assigneeId?: string | null;

  @Field({ nullable: true, description: 'Why the district wants it, e.g. 中国企业500强, 行业隐形冠军' })
  @TextInput({ max: LEAD_LIMITS.reason, optional: true, allowBlank: true })
  reason?: string;
}

@InputType({ description: 'Changes to a prospect; a field left out stays as it is, assigneeId null clears it' })
export class UpdateProspectInput {
  @Field(() => ID)
  @IdInput()
  prospectId: string;

  @Field(() => Priority, { nullable: true })
  @EnumInput(Priority, { optional: true })
  priority?: Priority;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  assigneeId?: string | null;

  @Field({ nullable: true })
  @TextInput({ max: LEAD_LIMITS.reason, optional: true, allowBlank: true })
  reason?: string;
}

@InputType({ description: 'Turns a prospect into a NEW lead on its node, owned by the assignee (or you), linked both ways' })
export class ConvertProspectInput {
  @Field(() => ID)
  @IdInput()
  prospectId: string;

  @Field({ nullable: true, description: "The lead's title; the company and node by default" })
  @TextInput({ max: LEAD_LIMITS.title, optional: true })
  title?: string;

  @Field(() => LeadSource, { nullable: true })
  @EnumInput(LeadSource, { optional: true })
  source?: LeadSource;
}

@InputType({ description: 'Which prospects to list: of a chain, of a node, of an assignee' })
export class ProspectListInput extends PageInput {
  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  chainId?: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  nodeId?: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  assigneeId?: string;

  @Field(() => Priority, { nullable: true })
  @EnumInput(Priority, { optional: true })
  priority?: Priority;

  @Field({ nullable: true, description: 'true: only those turned into leads; false: only those not yet' })
  @IsOptional()
  @IsBoolean()
  converted?: boolean;

}

