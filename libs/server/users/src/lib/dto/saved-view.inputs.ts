import { Field, ID, InputType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { IsObject, ValidateBy, ValidateIf } from 'class-validator';
import { IdInput, msg, TextInput } from '@chainboard/server-core';

/** A table key: lower-case letters, digits and dashes, e.g. companies, leads, prospects. */
export const TABLE_KEY_PATTERN = /^[a-z][a-z0-9-]*$/;
const SETTINGS_MAX = 20_000;

const SettingsInput = (): PropertyDecorator => (target, key) => {
  IsObject(msg('input.badFormat'))(target, key);
  ValidateBy(
    { name: 'settingsSize', validator: { validate: (v: unknown) => JSON.stringify(v ?? {}).length <= SETTINGS_MAX } },
    msg('input.tooLong', { max: SETTINGS_MAX }),
  )(target, key);
};

@InputType({ description: "A named view of one of the signed-in user's tables: its filters, sort and columns as the table keeps them" })
export class CreateSavedViewInput {
  @Field({ description: 'The table, e.g. companies or leads' })
  @TextInput({ max: 40, pattern: TABLE_KEY_PATTERN })
  tableKey: string;

  @Field()
  @TextInput({ max: 100 })
  name: string;

  @Field(() => GraphQLJSON)
  @SettingsInput()
  settings: Record<string, unknown>;
}

@InputType({ description: 'Renames a saved view or replaces its settings' })
export class UpdateSavedViewInput {
  @Field(() => ID)
  @IdInput()
  viewId: string;

  @Field({ nullable: true })
  @TextInput({ max: 100, optional: true })
  name?: string;

  @Field(() => GraphQLJSON, { nullable: true })
  // Left out keeps the settings; null is no settings at all and is refused (IsOptional would let it through to the NOT NULL column).
  @ValidateIf((_o, v) => v !== undefined)
  @SettingsInput()
  settings?: Record<string, unknown>;
}
