import { GraphQLError } from 'graphql';
import { ErrorCode } from '@chainboard/domain';
import { translate } from './i18n';

export type MessageParams = Record<string, string | number>;

/**
 * An error the user is meant to read. It carries a message key and parameters; the error plugin renders the
 * message in the request's language just before the response is sent. An error about one input field (a `field`
 * parameter) also names it in `fields`, as validation errors do, so that a form shows it on that field.
 */
export class AppError extends GraphQLError {
  constructor(
    code: ErrorCode,
    readonly messageKey: string,
    readonly params: MessageParams = {},
    extra: Record<string, unknown> = {},
  ) {
    const field = typeof params['field'] === 'string' ? params['field'] : undefined;
    super(translate('zh-CN', messageKey, params), {
      extensions: { code, i18n: { key: messageKey, params }, ...(field ? { fields: [{ field, key: messageKey, params }] } : {}), ...extra },
    });
  }
}

export const badInput = (key: string, params?: MessageParams, extra?: Record<string, unknown>) =>
  new AppError(ErrorCode.BAD_USER_INPUT, key, params, extra);
export const notFound = (what: 'chain' | 'user' | 'department' | 'task' | 'policy' | 'node' | 'edge', id?: string) =>
  new AppError(ErrorCode.NOT_FOUND, `notFound.${what}`, {}, id ? { id } : {});
export const forbidden = () => new AppError(ErrorCode.FORBIDDEN, 'auth.forbidden');
export const unauthenticated = (key = 'auth.required') => new AppError(ErrorCode.UNAUTHENTICATED, key);
export const conflict = (key: string, params?: MessageParams) => new AppError(ErrorCode.CONFLICT, key, params);
