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

  it("sends the operation's name beside the document's text, and turns an answer that is not GraphQL into an error of its status", async () => {
    fetchMock.mockResolvedValueOnce(answer({ data: { me } }));
    await request(MeDocument);
    const body = JSON.parse(String(fetchMock.mock.calls[0][1].body));
    expect(body.operationName).toBe('Me');
    expect(body.query).toContain('fragment CurrentUserFields on User');
    fetchMock.mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    await expect(request(MeDocument)).rejects.toMatchObject({ code: ErrorCode.INTERNAL, message: '' });
    fetchMock.mockResolvedValueOnce(new Response('', { status: 429 }));
    await expect(request(MeDocument)).rejects.toMatchObject({ code: ErrorCode.TOO_MANY_REQUESTS });
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

  it('renews the session once when a signed-in request is refused, and sends the request again', async () => {
    tokenStore.setSession({ token: 'old', refreshToken: 'sid.secret-1', expiresAt: new Date(Date.now() + 10 * 60_000).toISOString() });
    const onRenewed = jest.fn();
    configureApiClient({ onRenewed });
    fetchMock
      .mockResolvedValueOnce(answer({ data: null, errors: [{ message: 'Please sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }))
      .mockResolvedValueOnce(answer({ data: { refreshSession: { token: 'new', refreshToken: 'sid.secret-2', expiresAt: new Date(Date.now() + 15 * 60_000).toISOString() } } }))
      .mockResolvedValueOnce(answer({ data: { me } }));
    expect((await request(MeDocument)).me.username).toBe('admin');
    const sent = fetchMock.mock.calls.map(([, init]) => ({ auth: new Headers(init.headers).get('authorization'), body: JSON.parse(String(init.body)) }));
    expect(sent[0].auth).toBe('Bearer old');
    expect(sent[1].auth).toBeNull();
    expect(sent[1].body.variables).toEqual({ input: { refreshToken: 'sid.secret-1' } });
    expect(sent[2].auth).toBe('Bearer new');
    expect(tokenStore.refreshToken()).toBe('sid.secret-2');
    expect(onRenewed).toHaveBeenCalledWith('new');
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('renews before sending when the access token is about to expire', async () => {
    tokenStore.setSession({ token: 'old', refreshToken: 'sid.secret-1', expiresAt: new Date(Date.now() + 5_000).toISOString() });
    fetchMock
      .mockResolvedValueOnce(answer({ data: { refreshSession: { token: 'new', refreshToken: 'sid.secret-2', expiresAt: new Date(Date.now() + 15 * 60_000).toISOString() } } }))
      .mockResolvedValueOnce(answer({ data: { me } }));
    await request(MeDocument);
    expect(JSON.parse(String(fetchMock.mock.calls[0][1].body)).query).toContain('refreshSession');
    expect(new Headers(fetchMock.mock.calls[1][1].headers).get('authorization')).toBe('Bearer new');
  });

  it('signs out when the renewal is refused too (the session ended on the server)', async () => {
    tokenStore.setSession({ token: 'old', refreshToken: 'sid.spent', expiresAt: new Date(Date.now() + 10 * 60_000).toISOString() });
    const refused = answer({ data: null, errors: [{ message: 'Your session has ended; please sign in again', extensions: { code: 'UNAUTHENTICATED' } }] });
    fetchMock.mockResolvedValueOnce(refused.clone()).mockResolvedValueOnce(refused.clone());
    await expect(request(MeDocument)).rejects.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(tokenStore.get()).toBeNull();
    expect(tokenStore.refreshToken()).toBeNull();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('tells the app when the password must be changed first', async () => {
    const onPasswordChangeRequired = jest.fn();
    configureApiClient({ onPasswordChangeRequired });
    tokenStore.set('token-1');
    fetchMock.mockResolvedValue(answer({ data: null, errors: [{ message: '请先修改密码后再继续使用', extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } }] }));
    await expect(request(MeDocument)).rejects.toMatchObject({ code: ErrorCode.PASSWORD_CHANGE_REQUIRED });
    expect(onPasswordChangeRequired).toHaveBeenCalledTimes(1);
    expect(tokenStore.get()).toBe('token-1');
  });

  it('turns a failed fetch into a network error', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    await expect(request(MeDocument)).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
