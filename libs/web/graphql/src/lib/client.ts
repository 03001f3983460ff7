import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { ErrorCode } from '@chainboard/domain';
import { GraphQLResponseError, toApiError, type GraphQLErrorLike } from './api-error';
import { tokenStore, type StoredSession } from './token-store';

/** Relative path of the API: the same origin serves the web app and /graphql (the dev server proxies it). */
export const GRAPHQL_PATH = '/graphql';

/** graphql-request needs an absolute URL; resolve the relative path against the page's origin. */
export function graphqlEndpoint(origin: string = globalThis.location?.origin ?? 'http://localhost'): string {
  return new URL(GRAPHQL_PATH, origin).href;
}

export interface ApiClientOptions {
  /** The current UI language, sent as Accept-Language so the API answers errors in it. */
  language: () => string;
  /** Called when the session has ended: a signed-in request was refused and renewing the session failed (the tokens are dropped first). */
  onUnauthenticated: () => void;
  /** Called when the API answers that the user must change their password before anything else. */
  onPasswordChangeRequired: () => void;
  /** Called with the new access token after the session was renewed. */
  onRenewed: (token: string) => void;
}

let options: ApiClientOptions = {
  language: () => 'zh-CN',
  onUnauthenticated: () => undefined,
  onPasswordChangeRequired: () => undefined,
  onRenewed: () => undefined,
};

/** Wires the client to the app: where the language comes from, what to do when the session ends or is renewed. */
export function configureApiClient(next: Partial<ApiClientOptions>): void {
  options = { ...options, ...next };
}

/** The headers of every request: the bearer token when signed in, and the UI language. */
export function requestHeaders(token: string | null, language: string): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}`, 'Accept-Language': language } : { 'Accept-Language': language };
}

/** The operation's name in a document's text (the first operation's), sent beside it as GraphQL over HTTP allows. */
export function operationNameOf(document: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(document)?.[1];
}

/**
 * Posts one document (its text: the web's documents are typed strings, see codegen.ts) and returns its data. An answer
 * with errors, or without data, is thrown as GraphQLResponseError with the HTTP status; a failed fetch throws as it is.
 */
async function post<TResult>(document: string, variables: Record<string, unknown> | undefined, headers: Record<string, string>): Promise<TResult> {
  const response = await fetch(graphqlEndpoint(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query: document, variables, operationName: operationNameOf(document) }),
  });
  const body = (await response.json().catch(() => null)) as { data?: TResult | null; errors?: GraphQLErrorLike[] } | null;
  if (!response.ok || !body || body.errors?.length || body.data == null) {
    throw new GraphQLResponseError({ status: response.status, errors: body?.errors });
  }
  return body.data;
}

/** Renew the access token this long before it expires (ms), so that no request goes out with one about to lapse. */
export const RENEW_BEFORE_MS = 60_000;

const REFRESH_SESSION = `mutation RefreshSession($input: RefreshSessionInput!) {
  refreshSession(input: $input) { token refreshToken expiresAt }
}`;

let renewing: Promise<boolean> | null = null;

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Runs `work` holding a lock shared by the app's tabs (Web Locks), so that two tabs never renew with one token. */
function withTabLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks ? locks.request('chainboard.session-renewal', work) : work();
}

/**
 * Renews the session with the refresh token: a new access token and a new refresh token (the old one is spent; the
 * API ends a session whose refresh token comes twice). One renewal at a time, across tabs too: a tab that finds the
 * tokens already renewed by another uses them. True when there is a fresh access token afterwards.
 */
export function renewSession(): Promise<boolean> {
  renewing ??= withTabLock(async () => {
    const refreshToken = tokenStore.refreshToken();
    if (!refreshToken) return false;
    const started = tokenStore.get();
    try {
      const data = await post<{ refreshSession: StoredSession }>(REFRESH_SESSION, { input: { refreshToken } }, requestHeaders(null, options.language()));
      // Another tab may have renewed while this request was on its way: keep whichever the store holds now if so.
      if (tokenStore.get() === started) tokenStore.setSession(data.refreshSession);
      options.onRenewed(tokenStore.get() ?? data.refreshSession.token);
      return true;
    } catch {
      // Another tab renewed first (our refresh token was spent by it): its tokens are in the store.
      const current = tokenStore.get();
      if (current && current !== started && tokenStore.refreshToken() !== refreshToken) return true;
      return false;
    }
  }).finally(() => {
    renewing = null;
  });
  return renewing;
}

/** Whether the access token is about to expire (or has), by the expiry the API told. */
function expiringSoon(now = Date.now()): boolean {
  const expiresAt = tokenStore.expiresAt();
  return expiresAt !== null && expiresAt - now < RENEW_BEFORE_MS;
}

type VariablesArg<TVariables> = TVariables extends Record<string, never> ? [variables?: TVariables] : [variables: TVariables];

async function send<TResult>(document: DocumentTypeDecoration<TResult, any>, variables: Record<string, unknown> | undefined, token: string | null): Promise<TResult> {
  return post<TResult>(String(document), variables, requestHeaders(token, options.language()));
}

/**
 * Sends a typed document and returns its typed result. Failures are thrown as ApiError. A signed-in request renews
 * the session first when the access token is about to expire; a request refused as UNAUTHENTICATED renews it once
 * and is sent again; when renewing fails the tokens are dropped and the app told (it goes to the sign-in page).
 */
export async function request<TResult, TVariables extends Record<string, unknown>>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TResult> {
  let token = tokenStore.get();
  if (token !== null && expiringSoon() && tokenStore.refreshToken()) {
    await renewSession();
    token = tokenStore.get() ?? token;
  }
  const vars = variables as Record<string, unknown> | undefined;
  try {
    return await send(document, vars, token);
  } catch (thrown) {
    let error = toApiError(thrown);
    if (error.code === ErrorCode.UNAUTHENTICATED && token !== null) {
      if (tokenStore.refreshToken() && (await renewSession())) {
        try {
          return await send(document, vars, tokenStore.get());
        } catch (again) {
          error = toApiError(again);
          if (error.code !== ErrorCode.UNAUTHENTICATED) throw reportPasswordChange(error);
        }
      }
      tokenStore.clear();
      options.onUnauthenticated();
    }
    throw reportPasswordChange(error);
  }
}

function reportPasswordChange<E extends { code: string }>(error: E): E {
  if (error.code === ErrorCode.PASSWORD_CHANGE_REQUIRED) options.onPasswordChangeRequired();
  return error;
}
