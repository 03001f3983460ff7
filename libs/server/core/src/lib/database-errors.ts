import { GraphQLError } from 'graphql';

/**
 * Errors that mean "the database cannot be reached right now" rather than "this request is wrong": the server is down
 * or restarting, refuses connections, dropped ours, or did not answer within the pool's connection timeout. They come
 * from the pg driver and its pool, either bare (while connecting) or wrapped by TypeORM (QueryFailedError keeps the
 * driver's code) and by GraphQL (originalError).
 */

/** Socket errors of a server that is not there or stopped answering. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE']);

/**
 * SQLSTATEs of an unavailable server (class 08 is matched as a whole): admin shutdown, crash shutdown, cannot connect
 * now (starting or stopping), too many connections, the database gone.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '3D000']);

/** Messages of the pg client and pool when a connection fails, times out or was cut. */
const MESSAGES = [
  /^Connection terminated/i,
  /^timeout expired$/i,
  /timeout exceeded when trying to connect/i,
  /not queryable/i,
  /is not currently accepting connections/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  // TypeORM releases a query runner as soon as its connection reports an error (the server ended it); the
  // transaction's next statement then fails with this instead of the driver's error.
  /^Query runner already released/i,
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  originalError?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

/** The error and the errors it wraps (GraphQL's originalError, TypeORM's driverError, cause), outermost first. */
function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && out.length < 8 && !out.includes(current as ErrorLike)) {
    const e = current as ErrorLike;
    out.push(e);
    current = e.originalError ?? e.driverError ?? e.cause;
  }
  return out;
}

function unavailable(e: ErrorLike): boolean {
  // GraphQL's own errors (and ours) only wrap: their messages may quote the request, never a driver.
  if (e instanceof GraphQLError) return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return MESSAGES.some((pattern) => pattern.test(message));
}

/** Whether an error (as thrown, or as GraphQL wrapped it) means the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return chain(error).some(unavailable);
}

/** The innermost error a GraphQL error wraps: the one whose stack and detail belong in the server log. */
export function rootError(error: unknown): unknown {
  const all = chain(error);
  // GraphQL's wrapper is the outermost; TypeORM's QueryFailedError (with the SQL) is worth more than the bare driver error.
  return all.find((e) => 'query' in e) ?? all[all.length - 1] ?? error;
}
