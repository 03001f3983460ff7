import { ErrorCode } from '@chainboard/domain';
import { ApiError, GraphQLResponseError, fieldName, shouldRetry, toApiError } from './api-error';

function clientError(response: Record<string, unknown>): GraphQLResponseError {
  return new GraphQLResponseError(response as never);
}

describe('toApiError', () => {
  it('keeps the code, the localised message and the field problems of a GraphQL error', () => {
    const error = toApiError(
      clientError({
        status: 200,
        errors: [
          {
            message: '标题不能超过200个字符',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'title', message: '标题不能超过200个字符' }] },
          },
        ],
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toBe('标题不能超过200个字符');
    expect(error.fields).toEqual([{ field: 'title', message: '标题不能超过200个字符' }]);
  });

  it('reads only the first error, and treats an unknown code as INTERNAL', () => {
    const error = toApiError(
      clientError({
        status: 200,
        errors: [{ message: 'boom', extensions: { code: 'SOMETHING_ELSE' } }, { message: 'second', extensions: { code: 'NOT_FOUND' } }],
      }),
    );
    expect(error.code).toBe(ErrorCode.INTERNAL);
    expect(error.message).toBe('boom');
    expect(error.fields).toEqual([]);
  });

  it('drops malformed field entries', () => {
    const error = toApiError(
      clientError({
        status: 200,
        errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'title' }, 'junk', { field: 'issuer', message: 'too long' }] } }],
      }),
    );
    expect(error.fields).toEqual([{ field: 'issuer', message: 'too long' }]);
  });

  it('derives a code from the HTTP status when the body has no GraphQL errors', () => {
    expect(toApiError(clientError({ status: 429, body: 'slow down' })).code).toBe(ErrorCode.TOO_MANY_REQUESTS);
    expect(toApiError(clientError({ status: 401 })).code).toBe(ErrorCode.UNAUTHENTICATED);
    const gateway = toApiError(clientError({ status: 502, body: '<html>' }));
    expect(gateway.code).toBe(ErrorCode.INTERNAL);
    expect(gateway.message).toBe('');
  });

  it('calls a failed fetch a network error, with no message of its own', () => {
    const error = toApiError(new TypeError('Failed to fetch'));
    expect(error.code).toBe('NETWORK');
    expect(error.message).toBe('');
  });

  it('returns an ApiError unchanged', () => {
    const original = new ApiError(ErrorCode.CONFLICT, '数据已被他人修改，请刷新后重试');
    expect(toApiError(original)).toBe(original);
  });
});

describe('fieldName', () => {
  it('takes the last segment of a field path', () => {
    expect(fieldName('input.validTo')).toBe('validTo');
    expect(fieldName('title')).toBe('title');
  });
});

describe('shouldRetry', () => {
  it('retries network failures twice and API answers never', () => {
    const network = new ApiError('NETWORK', '');
    expect(shouldRetry(0, network)).toBe(true);
    expect(shouldRetry(1, network)).toBe(true);
    expect(shouldRetry(2, network)).toBe(false);
    expect(shouldRetry(0, new ApiError(ErrorCode.INTERNAL, 'x'))).toBe(false);
    expect(shouldRetry(0, new Error('other'))).toBe(false);
  });
});
