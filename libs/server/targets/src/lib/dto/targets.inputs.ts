import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { DecimalInput, DecimalScalar, IdInput, IntInput, msg, TextInput } from '@chainboard/server-core';

@InputType({ description: 'An actual value of an indicator or of a chain target for a year or a quarter' })
export class RecordIndicatorActualInput {
  @Field(() => ID, { nullable: true, description: "One of the plan's indicators (or chainTargetId)" })
  @IdInput({ nullable: true })
  indicatorId?: string | null;

  @Field(() => ID, { nullable: true, description: "One of a chain's targets (or indicatorId)" })
  @IdInput({ nullable: true })
  chainTargetId?: string | null;

  @Field(() => Int)
  @IntInput({ min: 2000, max: 2100, optional: false })
  year: number;

  @Field(() => Int, { nullable: true, description: '1–4; none for the whole year' })
  @IntInput({ min: 1, max: 4 })
  quarter?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The figure, in the unit of the indicator' })
  @DecimalInput({ nullable: true })
  value?: string | null;

  @Field(() => String, { nullable: true, description: 'How it stands in words, for an indicator the plan states in words' })
  @TextInput({ max: 200, nullable: true })
  valueText?: string | null;

  @Field({ description: 'Where the figure comes from' })
  @TextInput({ max: 500 })
  sourceNote: string;
}

@InputType({ description: 'The period the standings are for, and whether demo records count' })
export class IndicatorStandingsInput {
  @Field(() => Int)
  @IntInput({ min: 2000, max: 2100, optional: false })
  year: number;

  @Field(() => Int, { nullable: true })
  @IntInput({ min: 1, max: 4 })
  quarter?: number | null;

  @Field(() => ID, { nullable: true, description: "One chain's targets only; the plan's indicators and every chain's targets without it" })
  @IdInput({ nullable: true })
  chainId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Count demo records in the computed indicators' })
  @IsOptional()
  @IsBoolean(msg('input.badFormat'))
  includeDemo?: boolean | null;
}
