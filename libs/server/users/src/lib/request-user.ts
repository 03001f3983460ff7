import type { Authenticated, SessionsService } from './sessions.service';
import type { User } from './user.entity';

/** What the API keeps on each request's GraphQL context about who sent it. */
export interface RequestContext {
  req: { headers: Record<string, string | string[] | undefined> };
  user?: User | null;
  sessionId?: string;
  /** The data version read with the session (reference data is kept per version: versionMemo). */
  dataVersion?: string;
  tokenSubject?: string;
}

/**
 * The signed-in user's read, once per request: the root fields of a query are resolved side by side and each passes
 * the guard (and the cached-read plugin asks before them), so the first starts the read and the others wait for it.
 */
const reads = new WeakMap<object, Promise<Authenticated | null>>();

export function bearerToken(ctx: RequestContext): string | undefined {
  const header = ctx.req?.headers?.authorization;
  const value = typeof header === 'string' ? header : '';
  return value.startsWith('Bearer ') ? value.slice(7).trim() : undefined;
}

/** The request's user and session (read once per request), or null when it is not signed in on a live session. */
export function signedInOf(ctx: RequestContext, sessions: SessionsService): Promise<Authenticated | null> {
  let read = reads.get(ctx);
  if (!read) {
    read = sessions.authenticate(bearerToken(ctx));
    reads.set(ctx, read);
  }
  return read;
}
