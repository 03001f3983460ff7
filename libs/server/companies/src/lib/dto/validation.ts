import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';
import { creditCodeProblem, storedCreditCode } from '@chainboard/domain';
import { MessageParams } from '@chainboard/server-core';

/** A class-validator message as the core validation pipe reads it: a message key with parameters. */
export const msg = (key: string, params: MessageParams = {}, each = false): ValidationOptions => ({ message: JSON.stringify({ key, params }), each });

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}

/**
 * A unified social credit code as people type it: normalised (full-width, spaces, case) before it is checked,
 * blank read as none; a bad one is refused naming what is wrong (length, characters, check character).
 */
export function CreditCodeInput(): PropertyDecorator {
  return compose(
    Transform(({ value }) => (typeof value === 'string' ? storedCreditCode(value) : value)),
    IsOptional(),
    IsString(msg('input.badFormat')),
    ValidateBy({
      name: 'uscc',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && creditCodeProblem(value) === null,
        defaultMessage: (args) => JSON.stringify(creditCodeProblem(String(args?.value ?? '')) ?? { key: 'input.badFormat', params: {} }),
      },
    }),
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

/** An optional yes/no. */
export function FlagInput(): PropertyDecorator {
  return compose(ValidateIf((_o, v) => v !== undefined), IsBoolean(msg('input.badFormat')));
}

/** An optional whole number within a range, refused naming the range. */
export function IntInput(opts: { min: number; max: number; key?: string; optional?: boolean }): PropertyDecorator {
  const key = opts.key ?? 'list.range';
  const params = { min: opts.min, max: opts.max };
  return compose(
    ...(opts.optional === false ? [] : [IsOptional()]),
    IsInt(msg(key, params)),
    Min(opts.min, msg(key, params)),
    Max(opts.max, msg(key, params)),
  );
}
