import { ErrorCode } from '@chainboard/domain';
import { MeDocument } from '../gql/graphql';
import { ApiError } from './api-error';
import { configureApiClient, graphqlEndpoint, request, requestHeaders } from './client';
import { tokenStore } from './token-store';

const me = { id: 'u1', username: 'admin', displayName: '系统管理员', role: 'ADMIN', departmentId: null, department: null };

function answer(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('graphqlEndpoint', () => {
  it('resolves /graphql against the page origin', () => {
    expect(graphqlEndpoint('https://chainboard.example:8443')).toBe('https://chainboard.example:8443/graphql');
  });
});

describe('requestHeaders', () => {
  it('sends the bearer token only when signed in, and always the language', () => {
    expect(requestHeaders('abc', 'en')).toEqual({ Authorization: 'Bearer abc', 'Accept-Language': 'en' });
    expect(requestHeaders(null, 'zh-CN')).toEqual({ 'Accept-Language': 'zh-CN' });
  });
});

describe('request', () => {
  const fetchMock = jest.fn<Promise<Response>, [URL | string, RequestInit]>();
  const onUnauthenticated = jest.fn();
  const realFetch = globalThis.fetch;

  beforeEach(() => {
    fetchMock.mockReset();
    onUnauthenticated.mockReset();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    configureApiClient({ language: () => 'en', onUnauthenticated });
    tokenStore.clear();
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
  });

  it('posts the document with the token and the UI language, and returns typed data', async () => {
    tokenStore.set('token-1');
    fetchMock.mockResolvedValue(answer({ data: { me } }));
    const data = await request(MeDocument);
    expect(data.me.displayName).toBe('系统管理员');
    const [url, init] = fetchMock.mock.calls[0];
    expect(String(url)).toBe('http://localhost/graphql');
    const headers = new Headers(init.headers);
    expect(headers.get('authorization')).toBe('Bearer token-1');
    expect(headers.get('accept-language')).toBe('en');
    expect(JSON.parse(String(init.body)).query).toContain('query Me');
  });

  it('drops the token and reports the end of the session when a signed-in request is refused', async () => {
    tokenStore.set('expired');
    fetchMock.mockResolvedValue(answer({ data: null, errors: [{ message: 'Please sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }));
    await expect(request(MeDocument)).rejects.toMatchObject({ code: ErrorCode.UNAUTHENTICATED, message: 'Please sign in first' });
    expect(tokenStore.get()).toBeNull();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('does not report a session end for a request made while signed out (e.g. a wrong password)', async () => {
    fetchMock.mockResolvedValue(answer({ data: null, errors: [{ message: '用户名或密码错误', extensions: { code: 'UNAUTHENTICATED' } }] }));
    const error = await request(MeDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('用户名或密码错误');
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('turns a failed fetch into a network error', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    await expect(request(MeDocument)).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
