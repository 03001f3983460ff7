import { ValidationError, ValidationPipe } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
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
import { isDecimalString, isIsoDate } from '@chainboard/domain';
import { badInput, MessageParams } from './app-error';

/** class-validator messages are message keys with parameters, rendered later in the user's language. */
const msg = (key: string, params: MessageParams = {}): ValidationOptions => ({
  message: JSON.stringify({ key, params }),
});

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
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

/** The validation pipe used on every operation: unknown fields refused, values trimmed, errors typed and localised. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
