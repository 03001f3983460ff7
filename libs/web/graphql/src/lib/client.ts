import { GraphQLClient } from 'graphql-request';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ErrorCode } from '@chainboard/domain';
import { toApiError } from './api-error';
import { tokenStore } from './token-store';

/** Relative path of the API: the same origin serves the web app and /graphql (the dev server proxies it). */
export const GRAPHQL_PATH = '/graphql';

/** graphql-request needs an absolute URL; resolve the relative path against the page's origin. */
export function graphqlEndpoint(origin: string = globalThis.location?.origin ?? 'http://localhost'): string {
  return new URL(GRAPHQL_PATH, origin).href;
}

export interface ApiClientOptions {
  /** The current UI language, sent as Accept-Language so the API answers errors in it. */
  language: () => string;
  /** Called after a request that carried a token was refused as unauthenticated (the token is dropped first). */
  onUnauthenticated: () => void;
}

let options: ApiClientOptions = {
  language: () => 'zh-CN',
  onUnauthenticated: () => undefined,
};

/** Wires the client to the app: where the language comes from, what to do when the session ends. */
export function configureApiClient(next: Partial<ApiClientOptions>): void {
  options = { ...options, ...next };
}

/** The headers of every request: the bearer token when signed in, and the UI language. */
export function requestHeaders(token: string | null, language: string): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}`, 'Accept-Language': language } : { 'Accept-Language': language };
}

let client: GraphQLClient | null = null;

function graphqlClient(): GraphQLClient {
  client ??= new GraphQLClient(graphqlEndpoint());
  return client;
}

type VariablesArg<TVariables> = TVariables extends Record<string, never> ? [variables?: TVariables] : [variables: TVariables];

/**
 * Sends a typed document and returns its typed result. Failures are thrown as ApiError; an UNAUTHENTICATED
 * answer to a signed-in request drops the token and tells the app (which goes to the sign-in page).
 */
export async function request<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TResult> {
  const token = tokenStore.get();
  try {
    return await graphqlClient().request<TResult, Record<string, unknown>>({
      document,
      variables: variables as Record<string, unknown> | undefined,
      requestHeaders: requestHeaders(token, options.language()),
    });
  } catch (thrown) {
    const error = toApiError(thrown);
    if (error.code === ErrorCode.UNAUTHENTICATED && token !== null) {
      tokenStore.clear();
      options.onUnauthenticated();
    }
    throw error;
  }
}

