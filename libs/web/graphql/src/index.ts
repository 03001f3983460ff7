export * from './gql';
export * from './gql/graphql';
export { ApiError, toApiError, fieldName, shouldRetry } from './lib/api-error';
export type { ApiErrorCode, FieldError } from './lib/api-error';
export { request, configureApiClient, graphqlEndpoint, requestHeaders, GRAPHQL_PATH } from './lib/client';
export type { ApiClientOptions } from './lib/client';
export { tokenStore, TOKEN_STORAGE_KEY } from './lib/token-store';
export { serverFieldErrors } from './lib/form-errors';
export type { FormFieldError } from './lib/form-errors';
