import { ErrorCode } from '@chainboard/domain';
import { AppError, MessageParams } from '@chainboard/server-core';

/** A CONFLICT that carries extra extensions for the client (e.g. the duplicates it found). */
export function conflictWith(key: string, params: MessageParams, extra: Record<string, unknown>): AppError {
  return new AppError(ErrorCode.CONFLICT, key, params, extra);
}
