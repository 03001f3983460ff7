import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, IsNotEmpty } from 'class-validator';
import { Transform } from 'class-transformer';
import { CHAIN_CODE_PATTERN, ChainTrack, LIMITS, TaskStatus } from '@chainboard/domain';
import { DateInput, EnumInput, IdInput, LocalDateScalar, TextInput } from '@chainboard/server-core';

const FOCUS = JSON.stringify({ key: 'input.tooLong', params: { max: LIMITS.name } });
const REQUIRED = JSON.stringify({ key: 'input.required', params: {} });

@InputType({ description: 'A new industry chain: its leader and lead department are required; its map, work plan and policy set are created with it' })
export class CreateChainInput {
  @Field()
  @TextInput({ max: LIMITS.code, pattern: CHAIN_CODE_PATTERN })
  code: string;

  @Field()
  @TextInput({ max: LIMITS.name })
  name: string;

  @Field(() => ChainTrack)
  @EnumInput(ChainTrack)
  track: ChainTrack;

  @Field({ nullable: true })
  @TextInput({ max: LIMITS.text, optional: true, allowBlank: true })
  description?: string;

  @Field(() => ID)
  @IdInput()
  leaderId: string;

  @Field(() => ID)
  @IdInput()
  leadDepartmentId: string;

  @Field(() => [String], { nullable: true, description: 'Focus directions (主攻方向): the top-level nodes of the map' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value))
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: REQUIRED })
  @MaxLength(LIMITS.name, { each: true, message: FOCUS })
  focusDirections?: string[];
}

@InputType()
export class AddTaskInput {
  @Field(() => ID)
  @IdInput()
  chainId: string;

  @Field()
  @TextInput({ max: LIMITS.title })
  title: string;

  @Field({ nullable: true })
  @TextInput({ max: LIMITS.text, optional: true, allowBlank: true })
  description?: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  ownerDepartmentId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ nullable: true })
  dueDate?: string | null;
}

@InputType({ description: 'Changes to a task; a field left out stays as it is, null clears it' })
export class UpdateTaskInput {
  @Field(() => ID)
  @IdInput()
  taskId: string;

  @Field({ nullable: true })
  @TextInput({ max: LIMITS.title, optional: true })
  title?: string;

  @Field({ nullable: true })
  @TextInput({ max: LIMITS.text, optional: true, allowBlank: true })
  description?: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  ownerDepartmentId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ nullable: true })
  dueDate?: string | null;

  @Field(() => TaskStatus, { nullable: true })
  @EnumInput(TaskStatus, { optional: true })
  status?: TaskStatus;
}

@InputType()
export class AddPolicyInput {
  @Field(() => ID)
  @IdInput()
  chainId: string;

  @Field()
  @TextInput({ max: LIMITS.title })
  title: string;

  @Field({ nullable: true })
  @TextInput({ max: LIMITS.documentNumber, optional: true, allowBlank: true })
  documentNumber?: string;

  @Field({ nullable: true })
  @TextInput({ max: LIMITS.issuer, optional: true, allowBlank: true })
  issuer?: string;

  @Field({ nullable: true })
  @TextInput({ max: LIMITS.text, optional: true, allowBlank: true })
  summary?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ nullable: true })
  validTo?: string | null;
}

@InputType({ description: 'Changes to a policy; a field left out stays as it is, null clears a date' })
export class UpdatePolicyInput {
  @Field(() => ID)
  @IdInput()
  policyId: string;

  @Field({ nullable: true })
  @TextInput({ max: LIMITS.title, optional: true })
  title?: string;

  @Field({ nullable: true })
  @TextInput({ max: LIMITS.documentNumber, optional: true, allowBlank: true })
  documentNumber?: string;

  @Field({ nullable: true })
  @TextInput({ max: LIMITS.issuer, optional: true, allowBlank: true })
  issuer?: string;

  @Field({ nullable: true })
  @TextInput({ max: LIMITS.text, optional: true, allowBlank: true })
  summary?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ nullable: true })
  validTo?: string | null;
}
