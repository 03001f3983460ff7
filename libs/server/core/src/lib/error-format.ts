import { AsyncLocalStorage } from 'async_hooks';
import type { GraphQLFormattedError } from 'graphql';
import { Logger } from '@nestjs/common';
import { DEFAULT_LANGUAGE, ErrorCode, Language, pickLanguage } from '@chainboard/domain';
import { translate } from './i18n';
import type { MessageParams } from './app-error';
import { isDatabaseUnavailable, rootError } from './database-errors';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

export interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
}

export function requestLanguage(req: RequestLike | undefined): Language {
  const header = req?.headers['accept-language'];
  return pickLanguage(Array.isArray(header) ? header[0] : header);
}

interface I18nExtension {
  key: string;
  params: MessageParams;
}

const logger = new Logger('GraphQLErrors');

/** Maps an error that did not come from our code (Apollo, graphql-js, Nest) to a code and a message key. */
function classify(code: string | undefined): { code: ErrorCode; key: string } | null {
  switch (code) {
    case 'GRAPHQL_PARSE_FAILED':
      return { code: ErrorCode.BAD_USER_INPUT, key: 'request.malformed' };
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'BAD_USER_INPUT':
    case 'BAD_REQUEST':
    case 'PERSISTED_QUERY_NOT_SUPPORTED':
    case 'OPERATION_RESOLUTION_FAILURE':
      return { code: ErrorCode.BAD_USER_INPUT, key: 'request.invalid' };
    case 'UNAUTHENTICATED':
      return { code: ErrorCode.UNAUTHENTICATED, key: 'auth.required' };
    case 'FORBIDDEN':
      return { code: ErrorCode.FORBIDDEN, key: 'auth.forbidden' };
    default:
      return null;
  }
}

/** Renders one error for the user: localised message, a known code, no stack trace. */
export function localizeError(error: GraphQLFormattedError, lng: Language): GraphQLFormattedError {
  const ext = { ...(error.extensions ?? {}) } as Record<string, unknown>;
  delete ext['stacktrace'];
  delete ext['originalError'];
  const i18n = ext['i18n'] as I18nExtension | undefined;
  delete ext['i18n'];

  if (i18n) {
    const fields = ext['fields'] as Array<{ field: string; key: string; params: MessageParams }> | undefined;
    if (fields) {
      ext['fields'] = fields.map((f) => ({
        field: f.field,
        message: translate(lng, f.key, { ...f.params, field: f.field.split('.').pop() ?? f.field }),
      }));
    }
    // An AppError reported during validation (a query limit) reaches us with Apollo's code in place of its own.
    if (typeof ext['code'] === 'string' && !KNOWN_CODES.has(ext['code'])) ext['code'] = classify(ext['code'])?.code ?? ErrorCode.BAD_USER_INPUT;
    return { ...error, message: translate(lng, i18n.key, i18n.params), extensions: ext };
  }

  const originalCode = typeof ext['code'] === 'string' ? (ext['code'] as string) : undefined;
  const known = classify(originalCode);
  if (known) {
    const detail = error.message;
    return {
      message: translate(lng, known.key, { detail }),
      locations: error.locations,
      path: error.path,
      extensions: { code: known.code, detail },
    };
  }
  // Anything else is our fault: tell the user no more than that (formatGraphQLError logs the original error).
  return {
    message: translate(lng, 'internal'),
    locations: error.locations,
    path: error.path,
    extensions: { code: ErrorCode.INTERNAL },
  };
}

const languageStore = new AsyncLocalStorage<Language>();

/** Express middleware: remembers the request's language for everything the request does (errors included). */
export function languageMiddleware(req: RequestLike, _res: unknown, next: () => void): void {
  languageStore.run(requestLanguage(req), next);
}

/** The language of the request being served (Chinese outside of a request). */
export function currentLanguage(): Language {
  return languageStore.getStore() ?? DEFAULT_LANGUAGE;
}

/**
 * Apollo's formatError: every error leaves the API localised, typed and without a stack trace, SQL or driver detail.
 * While the database cannot be reached the answer is DATABASE_UNAVAILABLE; anything unexpected is INTERNAL, and the
 * original error (stack, SQL and all) goes to the server log only.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const lng = currentLanguage();
  if (isDatabaseUnavailable(error)) {
    logger.warn({ err: rootError(error), path: formatted.path }, 'database unavailable');
    return {
      message: translate(lng, 'database.unavailable'),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    };
  }
  const result = localizeError(formatted, lng);
  if (result.extensions?.['code'] === ErrorCode.INTERNAL) logger.error({ err: rootError(error) ?? formatted, path: formatted.path }, 'unexpected error');
  return result;
}

interface BodyParserError {
  type?: string;
  limit?: number;
}

interface ResponseLike {
  status(code: number): { json(body: unknown): void };
}

/**
 * Express error middleware for request bodies the JSON parser refuses (too large, not JSON): answered like any
 * other refusal, a GraphQL error with a known code in the user's language, instead of the framework's default page.
 */
export function requestBodyErrorHandler(err: unknown, req: RequestLike, res: ResponseLike, next: (err?: unknown) => void): void {
  const type = (err as BodyParserError | null)?.type;
  if (type !== 'entity.too.large' && type !== 'entity.parse.failed') return next(err);
  const lng = requestLanguage(req);
  const message =
    type === 'entity.too.large'
      ? translate(lng, 'request.tooLarge', { maxMb: Math.floor(((err as BodyParserError).limit ?? 0) / 1_000_000) })
      : translate(lng, 'request.notJson');
  res.status(type === 'entity.too.large' ? 413 : 400).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
}
