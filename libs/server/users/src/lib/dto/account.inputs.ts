import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsBoolean, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { LIMITS, PASSWORD_POLICY, Role } from '@chainboard/domain';
import { compose, IdInput, msg, TextInput } from '@chainboard/server-core';
import { User } from '../user.entity';

/** A username: lower-case letters, digits, dots, dashes and underscores, starting with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/** At most this many chains assigned to one user. */
const MAX_CHAINS = 50;

/** The roles a user holds: at least one, each a known role, repeats dropped. */
function RolesInput(opts: { optional?: boolean } = {}): PropertyDecorator {
  return compose(
    Transform(({ value }) => (Array.isArray(value) ? [...new Set(value)] : value)),
    ...(opts.optional ? [ValidateIf((_o, v) => v !== undefined)] : []),
    IsArray(msg('input.badFormat')),
    ArrayNotEmpty(msg('user.rolesRequired')),
    ArrayMaxSize(Object.keys(Role).length, msg('input.badFormat')),
    IsIn(Object.values(Role), msg('input.badEnum', {}, true)),
  );
}

/** The chains a user is assigned to: ids, repeats dropped; may be empty. */
function ChainIdsInput(opts: { optional?: boolean } = {}): PropertyDecorator {
  return compose(
    Transform(({ value }) => (Array.isArray(value) ? [...new Set(value)] : value)),
    ...(opts.optional ? [ValidateIf((_o, v) => v !== undefined)] : [IsOptional()]),
    IsArray(msg('input.badFormat')),
    ArrayMaxSize(MAX_CHAINS, msg('input.badFormat')),
    IsUUID('all', msg('input.badId', {}, true)),
  );
}

const PasswordInput = (opts: { optional?: boolean } = {}) => TextInput({ max: PASSWORD_POLICY.maxLength, optional: opts.optional });

@InputType({ description: 'A new account: it signs in with the temporary password and must change it first' })
export class CreateUserInput {
  @Field()
  @TextInput({ max: LIMITS.username, min: 2, pattern: USERNAME_PATTERN })
  username: string;

  @Field()
  @TextInput({ max: LIMITS.name })
  displayName: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  departmentId?: string | null;

  @Field(() => [Role])
  @RolesInput()
  roles: Role[];

  @Field(() => [ID], { nullable: true, description: 'Chains the user works on beyond those they lead or their department leads' })
  @ChainIdsInput()
  chainIds?: string[];

  @Field({ nullable: true, description: 'The temporary password; one is generated (and answered once) when left out' })
  @PasswordInput({ optional: true })
  password?: string;
}

@InputType({ description: 'Changes an account: only the fields given' })
export class UpdateUserInput {
  @Field(() => ID)
  @IdInput()
  userId: string;

  @Field({ nullable: true })
  @TextInput({ max: LIMITS.name, optional: true })
  displayName?: string;

  @Field(() => ID, { nullable: true, description: 'null: no department' })
  @IdInput({ nullable: true })
  departmentId?: string | null;

  @Field(() => [Role], { nullable: true })
  @RolesInput({ optional: true })
  roles?: Role[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the assigned chains (an empty list: none)' })
  @ChainIdsInput({ optional: true })
  chainIds?: string[];
}

@InputType()
export class UserFilterInput {
  @Field({ nullable: true, description: 'Part of the username or display name' })
  @TextInput({ max: LIMITS.name, optional: true, allowBlank: true })
  search?: string;

  @Field(() => [Role], { nullable: true, description: 'Users holding any of these roles' })
  @IsOptional()
  @IsArray(msg('input.badFormat'))
  @IsIn(Object.values(Role), msg('input.badEnum', {}, true))
  roles?: Role[];

  @Field(() => ID, { nullable: true })
  @IdInput({ optional: true })
  departmentId?: string;

  @Field(() => ID, { nullable: true, description: 'Users assigned to this chain (user_chain)' })
  @IdInput({ optional: true })
  chainId?: string;

  @Field({ nullable: true, description: 'Active (true) or disabled (false) accounts only' })
  @IsOptional()
  @IsBoolean(msg('input.badFormat'))
  active?: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @TextInput({ max: PASSWORD_POLICY.maxLength })
  currentPassword: string;

  @Field()
  @PasswordInput()
  newPassword: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => ID)
  @IdInput()
  userId: string;

  @Field({ nullable: true, description: 'The temporary password; one is generated (and answered once) when left out' })
  @PasswordInput({ optional: true })
  password?: string;
}

@InputType()
export class CreateDepartmentInput {
  @Field()
  @TextInput({ max: LIMITS.name })
  name: string;

  @Field(() => String, { nullable: true })
  @TextInput({ max: 40, nullable: true })
  shortName?: string | null;
}

@InputType()
export class UpdateDepartmentInput {
  @Field(() => ID)
  @IdInput()
  departmentId: string;

  @Field({ nullable: true })
  @TextInput({ max: LIMITS.name, optional: true })
  name?: string;

  @Field(() => String, { nullable: true, description: 'null or blank: none' })
  @TextInput({ max: 40, nullable: true, allowBlank: true })
  shortName?: string | null;
}

@ObjectType({ description: 'An account with the temporary password it was given: shown once, never again' })
export class UserWithPassword {
  @Field(() => User)
  user: User;

  @Field({ description: 'The temporary password: the user signs in with it and must change it' })
  temporaryPassword: string;
}


