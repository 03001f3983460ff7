import { Transform } from 'class-transformer';
import { IsOptional, IsString, ValidateBy } from 'class-validator';
import { creditCodeProblem, storedCreditCode } from '@chainboard/domain';
import { compose, msg } from '@chainboard/server-core';


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
