import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  Max,
  Min,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateIf,
  ValidationOptions,
} from 'class-validator';
import { checkField, FieldRule, isDecimalString, isIsoDate, storedCreditCode } from '@chainboard/domain';
import { badInput, MessageParams } from './app-error';

/** A class-validator message as the validation pipe reads it: a message key with parameters, rendered later in the user's language. */
export const msg = (key: string, params: MessageParams = {}, each = false): ValidationOptions => ({
  message: JSON.stringify({ key, params }),
  each,
});

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Several property decorators as one. */
export function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}

export interface PresenceOptions {
  /** May be left out (undefined). */
  optional?: boolean;
  /** May be null (clears the value). Implies optional. */
  nullable?: boolean;
}

/** Presence rule: required, optional (left out but never null), or nullable. */
function presence(opts: PresenceOptions, requiredRule: PropertyDecorator): PropertyDecorator[] {
  if (opts.nullable) return [IsOptional()];
  if (opts.optional) return [ValidateIf((_o, v) => v !== undefined), requiredRule];
  return [requiredRule];
}

const isDefined = () => IsDefined(msg('input.required'));

/** A text input, trimmed. Unless blanks are allowed it must hold more than white space. */
export function TextInput(opts: PresenceOptions & { max: number; min?: number; allowBlank?: boolean; pattern?: RegExp }): PropertyDecorator {
  // Presence first: with stopAtFirstError the first failing rule is the one the user reads.
  const rules: PropertyDecorator[] = [
    trim,
    ...presence(opts, opts.allowBlank ? isDefined() : IsNotEmpty(msg('input.required'))),
    IsString(msg('input.badFormat')),
    MaxLength(opts.max, msg('input.tooLong', { max: opts.max })),
  ];
  if (opts.min) rules.push(MinLength(opts.min, msg('input.tooShort', { min: opts.min })));
  if (opts.pattern) rules.push(Matches(opts.pattern, msg('input.badFormat')));
  return compose(...rules);
}

export function IdInput(opts: PresenceOptions = {}): PropertyDecorator {
  return compose(...presence(opts, isDefined()), IsUUID('all', msg('input.badId')));
}

export function EnumInput(values: Record<string, string>, opts: PresenceOptions = {}): PropertyDecorator {
  return compose(...presence(opts, isDefined()), IsIn(Object.values(values), msg('input.badEnum')));
}

/** A calendar date written YYYY-MM-DD (Asia/Shanghai calendar, no time). */
export function DateInput(opts: PresenceOptions = {}): PropertyDecorator {
  return compose(
    ...presence(opts, isDefined()),
    ValidateBy({ name: 'isIsoDate', validator: { validate: (v) => typeof v === 'string' && isIsoDate(v) } }, msg('input.badDate')),
  );
}

/** An exact decimal amount as a string (e.g. 亿元). */
export function DecimalInput(opts: PresenceOptions = {}): PropertyDecorator {
  return compose(
    trim,
    ...presence(opts, isDefined()),
    ValidateBy({ name: 'isDecimal', validator: { validate: (v) => typeof v === 'string' && isDecimalString(v) } }, msg('input.badDecimal')),
  );
}

/** A list of short texts (e.g. aliases): trimmed, blanks and repeats dropped. */
export function TextListInput(opts: { max: number; maxItems: number; tooManyKey?: string }): PropertyDecorator {
  return compose(
    Transform(({ value }) =>
      Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''))] : value,
    ),
    IsOptional(),
    IsArray(msg('input.badFormat')),
    ArrayMaxSize(opts.maxItems, msg(opts.tooManyKey ?? 'input.badFormat', { max: opts.maxItems })),
    IsString(msg('input.badFormat', {}, true)),
    MaxLength(opts.max, msg('input.tooLong', { max: opts.max }, true)),
  );
}

/** Checks a value by a row field's rule from libs/domain (record-rules): the very check the importer makes. */
function ruleCheck(rule: FieldRule): PropertyDecorator {
  return ValidateBy({
    name: `rule.${rule.kind}`,
    validator: {
      validate: (value: unknown) => checkField(rule, value).problem === null,
      defaultMessage: (args) => JSON.stringify(checkField(rule, args?.value).problem ?? { key: 'input.badFormat', params: {} }),
    },
  });
}

/**
 * A field of a company or lead row, checked by its rule in libs/domain (COMPANY_ROW_RULES, LEAD_ROW_RULES), so that
 * the API and the importer accept the same values. Texts are trimmed, credit codes normalised, alias lists trimmed
 * with blanks and repeats dropped; presence (required, optional, nullable, blank allowed) is the input's own.
 */
export function RuleInput(rule: FieldRule, opts: PresenceOptions & { allowBlank?: boolean } = {}): PropertyDecorator {
  switch (rule.kind) {
    case 'text':
      return compose(trim, ...presence(opts, opts.allowBlank ? isDefined() : IsNotEmpty(msg('input.required'))), IsString(msg('input.badFormat')), ruleCheck(rule));
    case 'creditCode':
      // A blank code is none.
      return compose(
        Transform(({ value }) => (typeof value === 'string' ? storedCreditCode(value) : value)),
        IsOptional(),
        IsString(msg('input.badFormat')),
        ruleCheck(rule),
      );
    case 'aliases':
      return compose(
        Transform(({ value }) =>
          Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''))] : value,
        ),
        IsOptional(),
        IsArray(msg('input.badFormat')),
        ruleCheck(rule),
      );
    case 'yesNo':
      return compose(ValidateIf((_o, v) => v !== undefined), IsBoolean(msg('input.badFormat')));
    case 'amount':
      return compose(trim, ...presence(opts, isDefined()), ruleCheck(rule));
    case 'date':
    case 'choice':
      return compose(...presence(opts, isDefined()), ruleCheck(rule));
  }
}

/** An optional yes/no. */
export function FlagInput(): PropertyDecorator {
  return compose(ValidateIf((_o, v) => v !== undefined), IsBoolean(msg('input.badFormat')));
}

/** An optional whole number within a range, refused naming the range. */
export function IntInput(opts: { min: number; max: number; key?: string; optional?: boolean }): PropertyDecorator {
  const key = opts.key ?? 'input.range';
  const params = { min: opts.min, max: opts.max };
  return compose(...(opts.optional === false ? [] : [IsOptional()]), IsInt(msg(key, params)), Min(opts.min, msg(key, params)), Max(opts.max, msg(key, params)));
}

interface FieldProblem {
  field: string;
  key: string;
  params: MessageParams;
}

function problems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {})
      .slice(-1)
      .map((raw) => {
        try {
          const parsed = JSON.parse(raw) as { key: string; params: MessageParams };
          return { field: e.property, key: parsed.key, params: parsed.params };
        } catch {
          return { field: e.property, key: 'input.badFormat', params: {} };
        }
      });
    return [...own.map((p) => ({ ...p, field })), ...problems(e.children ?? [], field)];
  });
}

/**
 * Validates what a client sends (GraphQL arguments; HTTP body, query and route parameters) and nothing else. Nest hands
 * a global pipe every parameter of every resolver, field resolvers included: without this filter each `@Parent()`
 * entity would be copied by class-transformer and checked by class-validator once per resolved field, which on a
 * 50-row ledger page is hundreds of copies of rows the server itself just read.
 */
class ClientInputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return CLIENT_INPUT.has(metadata.type as string) && super.toValidate(metadata);
  }
}

const CLIENT_INPUT = new Set<string>(['args', 'body', 'query', 'param']);

/** The validation pipe used on every operation: unknown fields refused, values trimmed, errors typed and localised. */
export function createValidationPipe(): ValidationPipe {
  return new ClientInputValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const list = problems(errors);
      const first = list[0] ?? { field: 'input', key: 'input.badFormat', params: {} };
      const leaf = first.field.split('.').pop() ?? first.field;
      return badInput(first.key, { ...first.params, field: leaf }, {
        fields: list.map((p) => ({ field: p.field, key: p.key, params: p.params })),
      });
    },
  });
}
