import { TestApp } from './harness';

describe('sign-in and access', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token user { username role displayName } } }';

  it('signs in with the right password and answers who the user is', async () => {
    const res = await t.gql(SIGN_IN, { input: { username: 'leader.new-materials', password: 'Chainboard@2025' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.signIn.user).toEqual({ username: 'leader.new-materials', role: 'CHAIN_LEADER', displayName: '高端新材料链长' });
    const me = await t.as(res.data.signIn.token, '{ me { username role } }');
    expect(me.me).toEqual({ username: 'leader.new-materials', role: 'CHAIN_LEADER' });
  });

  it('refuses a wrong password in the user’s language, without saying which part was wrong', async () => {
    const zh = await t.gql(SIGN_IN, { input: { username: 'admin', password: 'wrong-password' } });
    expect(zh.data).toBeNull();
    expect(zh.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(zh.errors?.[0].message).toBe('用户名或密码错误');

    const en = await t.gql(SIGN_IN, { input: { username: 'nobody', password: 'wrong-password' } }, { lang: 'en' });
    expect(en.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(en.errors?.[0].message).toBe('Wrong username or password');
  });

  it('stores passwords as argon2id hashes', async () => {
    const [row] = await t.db.query(`SELECT password_hash FROM app_user WHERE username = 'admin'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses every other operation without a valid token', async () => {
    for (const token of [undefined, 'not-a-token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad']) {
      const res = await t.gql('{ chains { id } }', {}, { token });
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0].message).toBe('请先登录');
    }
    const en = await t.gql('{ me { id } }', {}, { lang: 'en' });
    expect(en.errors?.[0].message).toBe('Please sign in first');
  });

  it('refuses a disabled account, and its existing token', async () => {
    const token = await t.signIn('staff.02');
    await t.db.query(`UPDATE app_user SET active = false WHERE username = 'staff.02'`);
    try {
      const again = await t.gql(SIGN_IN, { input: { username: 'staff.02', password: 'Chainboard@2025' } });
      expect(again.errors?.[0].message).toBe('该账号已停用');
      const old = await t.gql('{ me { id } }', {}, { token });
      expect(old.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await t.db.query(`UPDATE app_user SET active = true WHERE username = 'staff.02'`);
    }
  });

  it('keeps operations outside a role’s row of the permissions table forbidden', async () => {
    const viewer = await t.signIn('viewer');
    const chains = await t.as(viewer, '{ chains { id } users(roles: [CHAIN_LEADER]) { id } }');
    const res = await t.gql(
      'mutation($c: ID!, $u: ID!) { reassignChainLeader(chainId: $c, leaderId: $u) { id } }',
      { c: chains.chains[0].id, u: chains.users[0].id },
      { token: viewer },
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toBe('您没有执行此操作的权限');
  });

  it('reports the database in /health', async () => {
    const request = (await import('supertest')).default;
    const res = await request(t.app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.body.details.database.status).toBe('up');
  });
});
