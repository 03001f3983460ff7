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
/** The records a NOT_FOUND names (each has a `notFound.<name>` message in the domain's messages). */
export type NotFoundSubject =
  | 'chain' | 'user' | 'department' | 'task' | 'policy' | 'node' | 'edge'
  | 'company' | 'companyList' | 'companyTag' | 'savedView' | 'lead' | 'interaction' | 'prospect'
  | 'project' | 'projectFunds' | 'projectMilestone' | 'projectUpdate' | 'coordinationIssue'
  | 'meeting' | 'meetingItem' | 'actionItem'
  | 'planIndicator' | 'chainTarget' | 'placeZone' | 'placeBuilding' | 'landParcel';
export const notFound = (what: NotFoundSubject, id?: string) => new AppError(ErrorCode.NOT_FOUND, `notFound.${what}`, {}, id ? { id } : {});
/** BAD_USER_INPUT about one input field (listed in `fields`, so that a form shows it under the field). */
export const badField = (field: string, key: string, params: MessageParams = {}) => badInput(key, { ...params, field });
export const forbidden = () => new AppError(ErrorCode.FORBIDDEN, 'auth.forbidden');
export const unauthenticated = (key = 'auth.required') => new AppError(ErrorCode.UNAUTHENTICATED, key);
export const conflict = (key: string, params?: MessageParams) => new AppError(ErrorCode.CONFLICT, key, params);
