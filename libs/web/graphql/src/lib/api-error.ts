import { ErrorCode } from '@chainboard/domain';

/** What went wrong: one of the API's error codes, or NETWORK when no answer came back at all. */
export type ApiErrorCode = ErrorCode | 'NETWORK';

/** A validation problem of one input field, with the API's message in the user's language. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * An error of a GraphQL request as the UI needs it: a code to branch on, the API's message (already in the
 * user's language; empty when the API sent none, e.g. when the network failed), and per-field problems.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: readonly FieldError[] = [],
  ) {
    super(message);
  }
}

/** One entry of a GraphQL answer's `errors`, as far as the client reads it. */
export interface GraphQLErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

interface ClientErrorLike {
  response: { status?: number; errors?: GraphQLErrorLike[] };
}

/** A GraphQL answer that came back with errors (or with no data): its HTTP status and the errors it listed. */
export class GraphQLResponseError extends Error {
  override readonly name = 'GraphQLResponseError';

  constructor(readonly response: { status: number; errors?: GraphQLErrorLike[] }) {
    super(`GraphQL request failed with status ${response.status}`);
  }
}

const ERROR_CODES = new Set<string>(Object.values(ErrorCode));

function isClientError(error: unknown): error is ClientErrorLike {
  return typeof error === 'object' && error !== null && 'response' in error && typeof error.response === 'object';
}

function codeFrom(value: unknown): ErrorCode | null {
  return typeof value === 'string' && ERROR_CODES.has(value) ? (value as ErrorCode) : null;
}

function fieldsFrom(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message } = item as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}

function codeFromStatus(status: number | undefined): ErrorCode {
  if (status === 401) return ErrorCode.UNAUTHENTICATED;
  if (status === 403) return ErrorCode.FORBIDDEN;
  if (status === 429) return ErrorCode.TOO_MANY_REQUESTS;
  return ErrorCode.INTERNAL;
}

/** Turns whatever a request threw (a GraphQLResponseError, a fetch failure, …) into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isClientError(error)) {
    const first = error.response.errors?.[0];
    if (first) {
      const code = codeFrom(first.extensions?.['code']) ?? ErrorCode.INTERNAL;
      const message = typeof first.message === 'string' ? first.message : '';
      return new ApiError(code, message, fieldsFrom(first.extensions?.['fields']));
    }
    return new ApiError(codeFromStatus(error.response.status), '');
  }
  return new ApiError('NETWORK', '');
}

/** The last segment of a field path ("input.title" → "title"): the name of the form field it belongs to. */
export function fieldName(path: string): string {
  return path.split('.').pop() ?? path;
}

/** React Query retry policy: retry only when the network failed, at most twice; API answers are final. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof ApiError && error.code === 'NETWORK' && failureCount < 2;
}
