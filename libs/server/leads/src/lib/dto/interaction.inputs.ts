import { Field, ID, InputType } from '@nestjs/graphql';
import { InteractionType, LEAD_LIMITS } from '@chainboard/domain';
import { DateInput, EnumInput, IdInput, LocalDateScalar, TextInput } from '@chainboard/server-core';

@InputType({ description: 'A contact with a company, on a lead (then the lead’s company) and/or a company' })
export class AddInteractionInput {
  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  leadId?: string;

  @Field(() => ID, { nullable: true, description: 'Required without a lead; with a lead it must be the lead’s company' })
  @IdInput({ optional: true })
  companyId?: string;

  @Field(() => InteractionType)
  @EnumInput(InteractionType)
  type: InteractionType;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Today by default; never later than today' })
  @DateInput({ optional: true })
  occurredOn?: string;

  @Field({ nullable: true })
  @TextInput({ max: LEAD_LIMITS.people, optional: true, allowBlank: true })
  ourPeople?: string;

  @Field({ nullable: true })
  @TextInput({ max: LEAD_LIMITS.people, optional: true, allowBlank: true })
  theirPeople?: string;

  @Field()
  @TextInput({ max: LEAD_LIMITS.summary })
  summary: string;

  @Field({ nullable: true })
  @TextInput({ max: LEAD_LIMITS.outcome, optional: true, allowBlank: true })
  outcome?: string;

  @Field({ nullable: true })
  @TextInput({ max: LEAD_LIMITS.nextStep, optional: true, allowBlank: true })
  nextStep?: string;
}

@InputType({ description: 'Changes to a contact record; a field left out stays as it is' })
export class UpdateInteractionInput {
  @Field(() => ID)
  @IdInput()
  interactionId: string;

  @Field(() => InteractionType, { nullable: true })
  @EnumInput(InteractionType, { optional: true })
  type?: InteractionType;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ optional: true })
  occurredOn?: string;

  @Field({ nullable: true })
  @TextInput({ max: LEAD_LIMITS.people, optional: true, allowBlank: true })
  ourPeople?: string;

  @Field({ nullable: true })
  @TextInput({ max: LEAD_LIMITS.people, optional: true, allowBlank: true })
  theirPeople?: string;

  @Field({ nullable: true })
  @TextInput({ max: LEAD_LIMITS.summary, optional: true })
  summary?: string;

  @Field({ nullable: true })
  @TextInput({ max: LEAD_LIMITS.outcome, optional: true, allowBlank: true })
  outcome?: string;

  @Field({ nullable: true })
  @TextInput({ max: LEAD_LIMITS.nextStep, optional: true, allowBlank: true })
  nextStep?: string;
}
