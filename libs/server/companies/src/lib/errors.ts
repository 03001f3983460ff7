import { ErrorCode } from '@chainboard/domain';
import { AppError, badInput, MessageParams } from '@chainboard/server-core';

export type Missing = 'company' | 'companyList' | 'companyTag' | 'savedView' | 'lead' | 'interaction' | 'prospect';

/** NOT_FOUND for the records of the companies and leads features (messages in messages/companies.ts and leads.ts). */
export function missing(what: Missing, id?: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `notFound.${what}`, {}, id ? { id } : {});
}

/** A CONFLICT that carries extra extensions for the client (e.g. the duplicates it found). */
export function conflictWith(key: string, params: MessageParams, extra: Record<string, unknown>): AppError {
  return new AppError(ErrorCode.CONFLICT, key, params, extra);
}

/** BAD_USER_INPUT for one field, listed in `fields` as the validation pipe lists them. */
export function badField(field: string, key: string, params: MessageParams = {}): AppError {
  return badInput(key, { ...params, field }, { fields: [{ field, key, params }] });
}
