import { TestApp } from './harness';

describe('sign-in attempts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ seed: true, signInLimit: 3 });
  });
  afterAll(() => t.close());

  it('are limited per client address, with a typed error in the user’s language', async () => {
    const attempt = (lang: 'zh-CN' | 'en' = 'zh-CN') =>
      t.gql('mutation { signIn(input: { username: "admin", password: "wrong-password" }) { token } }', {}, { lang });
    for (let i = 0; i < 3; i++) expect((await attempt()).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const zh = await attempt();
    expect(zh.errors?.[0]).toMatchObject({ message: '请求过于频繁，请稍后再试', extensions: { code: 'TOO_MANY_REQUESTS' } });
    const en = await attempt('en');
    expect(en.errors?.[0].message).toBe('Too many requests; please try again later');
  });
});
