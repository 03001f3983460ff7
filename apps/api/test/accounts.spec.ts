import { INestApplication } from '@nestjs/common';
import { CLOCK, SystemClock } from '@chainboard/server-core';
import { createTestDatabase, DEMO_PASSWORD, TestDatabase } from '@chainboard/server-database';
import { createApp, CreateAppOptions } from '../src/app/create-app';
import { TestApp } from './harness';

const SESSION = 'token refreshToken expiresAt user { id username mustChangePassword roles chainIds }';
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { ${SESSION} } }`;
const ME = '{ me { id username role roles chainIds mustChangePassword department { name } } }';
const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { temporaryPassword user { id username displayName role roles chainIds mustChangePassword active department { id } } } }';
const UPDATE = 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id role roles chainIds displayName department { id } } }';
const SET_ACTIVE = 'mutation($u: ID!, $a: Boolean!) { setUserActive(userId: $u, active: $a) { id active } }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetUserPassword(input: $input) { temporaryPassword user { id mustChangePassword } } }';
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ${SESSION} } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { ${SESSION} } }`;
const SIGN_OUT = 'mutation { signOut }';
const ADD_TASK = 'mutation($input: AddTaskInput!) { addWorkPlanTask(input: $input) { id } }';

interface Session {
  token: string;
  refreshToken: string;
  expiresAt: string;
  user: { id: string; username: string; mustChangePassword: boolean; roles: string[]; chainIds: string[] };
}

const firstError = (res: { errors?: Array<{ message: string; extensions?: Record<string, any> }> }) => res.errors?.[0];

describe('accounts, passwords and sessions', () => {
  let t: TestApp;
  let admin: string;
  let chains: Array<{ id: string; code: string; leadDepartment: { id: string } }>;
  let departments: Array<{ id: string; name: string }>;
  let accounts = 0;

  const signIn = async (username: string, password: string): Promise<Session> => {
    const res = await t.gql<{ signIn: Session }>(SIGN_IN, { input: { username, password } });
    if (!res.data?.signIn) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(res.errors)}`);
    return res.data.signIn;
  };

  /** A new account made by the admin, its password changed, signed in: ready to work. */
  const readyAccount = async (username: string, roles: string[], extra: Record<string, unknown> = {}): Promise<{ id: string; session: Session; password: string }> => {
    const created = (await t.as(admin, CREATE, { input: { username, displayName: username, roles, ...extra } })).createUser;
    const first = await signIn(username, created.temporaryPassword);
    const password = `Wuhou-desk-${++accounts}-2025`;
    const changed = await t.gql(CHANGE, { input: { currentPassword: created.temporaryPassword, newPassword: password } }, { token: first.token });
    if (!changed.data) throw new Error(JSON.stringify(changed.errors));
    return { id: created.user.id, session: changed.data.changePassword, password };
  };

  const clock = () => t.app.get<SystemClock>(CLOCK);

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    const data = await t.as(admin, '{ chains { id code leadDepartment { id } } departments { id name } }');
    chains = data.chains;
    departments = data.departments;
  });
  afterAll(() => t?.close());
  afterEach(() => clock().pin(null));

  describe('accounts', () => {
    it('lets an admin create a staff account with several roles and chains; its temporary password is shown once and must be changed first', async () => {
      const res = await t.as(admin, CREATE, {
        input: { username: 'staff.new', displayName: '新招商专员', roles: ['VIEWER', 'INVESTMENT_STAFF'], chainIds: [chains[0].id, chains[1].id], departmentId: departments[0].id },
      });
      const { user, temporaryPassword } = res.createUser;
      expect(user).toMatchObject({ username: 'staff.new', displayName: '新招商专员', role: 'INVESTMENT_STAFF', roles: ['INVESTMENT_STAFF', 'VIEWER'], mustChangePassword: true, active: true });
      expect([...user.chainIds].sort()).toEqual([chains[0].id, chains[1].id].sort());
      expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{14}$/);
      const [row] = await t.db.query(`SELECT password_hash FROM app_user WHERE username = 'staff.new'`);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain(temporaryPassword);

      const session = await signIn('staff.new', temporaryPassword);
      expect(session.user.mustChangePassword).toBe(true);
      // Until the password is changed, only who I am, changing it and signing out answer.
      const me = await t.as(session.token, ME);
      expect(me.me).toMatchObject({ username: 'staff.new', mustChangePassword: true, roles: ['INVESTMENT_STAFF', 'VIEWER'] });
      const zh = await t.gql('{ chains { id } }', {}, { token: session.token });
      expect(zh.data).toBeNull();
      expect(firstError(zh)).toMatchObject({ message: '请先修改密码后再继续使用', extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } });
      const en = await t.gql('{ leads { total } }', {}, { token: session.token, lang: 'en' });
      expect(firstError(en)).toMatchObject({ message: 'Please change your password before you go on', extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } });

      const changed = await t.gql<{ changePassword: Session }>(CHANGE, { input: { currentPassword: temporaryPassword, newPassword: 'Wuhou-Chain-Desk-7' } }, { token: session.token });
      expect(changed.errors).toBeUndefined();
      const next = changed.data!.changePassword;
      expect(next.user.mustChangePassword).toBe(false);
      // The change ended the session it was made in: the new one carries on.
      expect(firstError(await t.gql(ME, {}, { token: session.token }))?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await t.as(next.token, '{ chains { id } }')).chains).toHaveLength(chains.length);
      expect((await signIn('staff.new', 'Wuhou-Chain-Desk-7')).user.mustChangePassword).toBe(false);
      // The temporary password is spent.
      expect(firstError(await t.gql(SIGN_IN, { input: { username: 'staff.new', password: temporaryPassword } }))?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('takes a temporary password the admin chooses, held to the policy', async () => {
      const weak = await t.gql(CREATE, { input: { username: 'staff.weak', displayName: '弱密码', roles: ['VIEWER'], password: 'short' } }, { token: admin });
      expect(firstError(weak)).toMatchObject({ message: '密码至少需要10个字符', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'password' }] } });
      const res = await t.as(admin, CREATE, { input: { username: 'staff.chosen', displayName: '指定密码', roles: ['VIEWER'], password: 'Chosen-by-admin-42' } });
      expect(res.createUser.temporaryPassword).toBe('Chosen-by-admin-42');
      expect((await signIn('staff.chosen', 'Chosen-by-admin-42')).user.mustChangePassword).toBe(true);
      expect(await t.db.query(`SELECT 1 FROM app_user WHERE username = 'staff.weak'`)).toEqual([]);
    });

    it('refuses a taken or malformed username, no role and an unknown chain, under their fields, changing nothing', async () => {
      const before = await t.db.query('SELECT count(*)::int AS n FROM app_user');
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ username: 'admin' }, 'username', '用户名“admin”已被使用'],
        [{ username: 'Bad Name' }, 'username', '用户名格式不正确'],
        [{ roles: [] }, 'roles', '请至少选择一个角色'],
        [{ chainIds: ['00000000-0000-4000-8000-000000000000'] }, 'chainIds', '所选产业链不存在'],
      ];
      for (const [change, field, message] of cases) {
        const res = await t.gql(CREATE, { input: { username: 'staff.refused', displayName: '被拒', roles: ['VIEWER'], ...change } }, { token: admin });
        expect({ field, error: firstError(res)?.message, fields: firstError(res)?.extensions?.fields?.map((f: { field: string }) => f.field.split('.').pop()) }).toEqual({
          field,
          error: message,
          fields: [field],
        });
      }
      const en = await t.gql(CREATE, { input: { username: 'admin', displayName: 'x', roles: ['VIEWER'] } }, { token: admin, lang: 'en' });
      expect(firstError(en)?.message).toBe('The username "admin" is already taken');
      expect(await t.db.query('SELECT count(*)::int AS n FROM app_user')).toEqual(before);
    });

    it('lets only admins manage accounts and departments', async () => {
      const staff = await t.signIn('staff.01');
      for (const [query, variables] of [
        [CREATE, { input: { username: 'staff.x', displayName: 'x', roles: ['VIEWER'] } }],
        [SET_ACTIVE, { u: chains[0].id, a: false }],
        ['mutation { createDepartment(input: { name: "新部门" }) { id } }', {}],
      ] as const) {
        expect(firstError(await t.gql(query, variables, { token: staff }))?.extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('edits names, department, roles and chains; the permissions are the union of the roles and the chains', async () => {
      const { id, session } = await readyAccount('viewer.multi', ['VIEWER']);
      const [own, other] = chains;
      const task = (chainId: string) => t.gql(ADD_TASK, { input: { chainId, title: '对接重点企业' } }, { token: session.token });
      expect(firstError(await task(own.id))?.extensions?.code).toBe('FORBIDDEN');

      const updated = (await t.as(admin, UPDATE, { input: { userId: id, displayName: '多角色用户', roles: ['VIEWER', 'LEAD_DEPARTMENT_MEMBER'], chainIds: [own.id] } })).updateUser;
      expect(updated).toMatchObject({ role: 'LEAD_DEPARTMENT_MEMBER', roles: ['LEAD_DEPARTMENT_MEMBER', 'VIEWER'], chainIds: [own.id], displayName: '多角色用户' });
      // An "own" grant reaches the chain the user is assigned to, and not another.
      expect((await task(own.id)).errors).toBeUndefined();
      expect(firstError(await task(other.id))?.extensions?.code).toBe('FORBIDDEN');
      // …and the chains their department leads.
      await t.as(admin, UPDATE, { input: { userId: id, chainIds: [], departmentId: other.leadDepartment.id } });
      expect((await task(other.id)).errors).toBeUndefined();
      expect(firstError(await task(own.id))?.extensions?.code).toBe('FORBIDDEN');

      const listed = await t.as(admin, '{ users(filter: { roles: [LEAD_DEPARTMENT_MEMBER], search: "multi" }) { username } }');
      expect(listed.users).toEqual([{ username: 'viewer.multi' }]);
      const byRole = await t.as(admin, '{ users(roles: [VIEWER]) { username } }');
      expect(byRole.users.map((u: { username: string }) => u.username)).toEqual(expect.arrayContaining(['viewer', 'viewer.multi']));
    });

    it('keeps an admin from disabling themselves or dropping their own admin role', async () => {
      const me = (await t.as(admin, ME)).me;
      const disable = await t.gql(SET_ACTIVE, { u: me.id, a: false }, { token: admin });
      expect(firstError(disable)?.message).toBe('不能停用自己的账号');
      const drop = await t.gql(UPDATE, { input: { userId: me.id, roles: ['VIEWER'] } }, { token: admin, lang: 'en' });
      expect(firstError(drop)?.message).toBe('You cannot take the administrator role from yourself');
      expect((await t.as(admin, ME)).me.roles).toEqual(['ADMIN']);
    });
  });

  describe('the password policy', () => {
    it('names the rule broken, in the user’s language', async () => {
      const { session, password } = await readyAccount('staff.policy', ['INVESTMENT_STAFF']);
      const change = (newPassword: string, lang: 'zh-CN' | 'en') =>
        t.gql(CHANGE, { input: { currentPassword: password, newPassword } }, { token: session.token, lang }).then((res) => ({
          message: firstError(res)?.message,
          fields: firstError(res)?.extensions?.fields?.map((f: { field: string }) => f.field.split('.').pop()),
        }));
      expect(await change('Short1!', 'zh-CN')).toEqual({ message: '密码至少需要10个字符', fields: ['newPassword'] });
      expect(await change('Short1!', 'en')).toEqual({ message: 'The password must be at least 10 characters long', fields: ['newPassword'] });
      expect(await change('my-STAFF.POLICY-2025', 'zh-CN')).toEqual({ message: '密码不能包含用户名', fields: ['newPassword'] });
      expect(await change('qwertyuiop', 'en')).toEqual({ message: 'This password is too common (it is on a list of breached passwords); please choose another', fields: ['newPassword'] });
      expect(await change('Password123!', 'zh-CN')).toEqual({ message: '该密码过于常见（在已泄露的常用密码清单中），请换一个', fields: ['newPassword'] });
      expect(await change(password, 'zh-CN')).toEqual({ message: '新密码不能与当前密码相同', fields: ['newPassword'] });
      const wrong = await t.gql(CHANGE, { input: { currentPassword: 'not-my-password', newPassword: 'Another-fine-pass-9' } }, { token: session.token, lang: 'en' });
      expect(firstError(wrong)?.message).toBe('The current password is wrong');
      // Nothing changed: the session still works and the password is the same.
      expect((await t.as(session.token, ME)).me.username).toBe('staff.policy');
      await signIn('staff.policy', password);
    });
  });

  describe('sessions that end', () => {
    it('signing out ends the session on the server: its access and refresh tokens stop working', async () => {
      const session = await signIn('staff.01', DEMO_PASSWORD);
      const other = await signIn('staff.01', DEMO_PASSWORD);
      expect(await t.as(session.token, SIGN_OUT)).toEqual({ signOut: true });
      expect(firstError(await t.gql(ME, {}, { token: session.token }))).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(firstError(await t.gql(REFRESH, { input: { refreshToken: session.refreshToken } }))).toMatchObject({ message: '登录已失效，请重新登录', extensions: { code: 'UNAUTHENTICATED' } });
      // Another session of the same user goes on.
      expect((await t.as(other.token, ME)).me.username).toBe('staff.01');
      const [row] = await t.db.query(`SELECT revoked_reason FROM user_session WHERE id = $1`, [session.refreshToken.split('.')[0]]);
      expect(row.revoked_reason).toBe('SIGNED_OUT');
    });

    it('a password change ends every session of the user at once, elsewhere too', async () => {
      const { session, password } = await readyAccount('staff.change', ['INVESTMENT_STAFF']);
      const laptop = await signIn('staff.change', password);
      const phone = await signIn('staff.change', password);
      const changed = (await t.as(laptop.token, CHANGE, { input: { currentPassword: password, newPassword: 'Changed-on-laptop-8' } })).changePassword;
      for (const old of [session, laptop, phone]) {
        expect(firstError(await t.gql(ME, {}, { token: old.token }))?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(firstError(await t.gql(REFRESH, { input: { refreshToken: old.refreshToken } }))?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      expect((await t.as(changed.token, ME)).me.username).toBe('staff.change');
    });

    it('disabling an account ends its open sessions at once and refuses new ones; enabling it lets it in again', async () => {
      const { id, session, password } = await readyAccount('staff.leaving', ['INVESTMENT_STAFF']);
      expect((await t.as(session.token, '{ chains { id } }')).chains).toHaveLength(chains.length);
      expect((await t.as(admin, SET_ACTIVE, { u: id, a: false })).setUserActive).toEqual({ id, active: false });
      expect(firstError(await t.gql('{ chains { id } }', {}, { token: session.token }))?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(firstError(await t.gql(REFRESH, { input: { refreshToken: session.refreshToken } }))?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(firstError(await t.gql(SIGN_IN, { input: { username: 'staff.leaving', password } }))?.message).toBe('该账号已停用');
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
      expect(n).toBe(0);
      await t.as(admin, SET_ACTIVE, { u: id, a: true });
      expect((await signIn('staff.leaving', password)).user.username).toBe('staff.leaving');
    });

    it('a password reset ends the sessions and makes the user change the new temporary password', async () => {
      const { id, session } = await readyAccount('staff.forgot', ['INVESTMENT_STAFF']);
      const reset = (await t.as(admin, RESET, { input: { userId: id } })).resetUserPassword;
      expect(reset.user.mustChangePassword).toBe(true);
      expect(reset.temporaryPassword).toMatch(/^[A-Za-z0-9]{14}$/);
      expect(firstError(await t.gql(ME, {}, { token: session.token }))?.extensions?.code).toBe('UNAUTHENTICATED');
      const next = await signIn('staff.forgot', reset.temporaryPassword);
      expect(firstError(await t.gql('{ chains { id } }', {}, { token: next.token }))?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    });

    it('renews with a rotating refresh token; a refresh token used twice is refused and ends the session', async () => {
      const session = await signIn('viewer', DEMO_PASSWORD);
      const renewed = (await t.gql<{ refreshSession: Session }>(REFRESH, { input: { refreshToken: session.refreshToken } })).data!.refreshSession;
      expect(renewed.refreshToken).not.toBe(session.refreshToken);
      expect(renewed.refreshToken.split('.')[0]).toBe(session.refreshToken.split('.')[0]);
      expect(new Date(renewed.expiresAt).getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
      expect((await t.as(renewed.token, ME)).me.username).toBe('viewer');

      // The spent refresh token again: someone holds a copy. Refused, and the session ends for the copy and the original.
      const reused = await t.gql(REFRESH, { input: { refreshToken: session.refreshToken } });
      expect(firstError(reused)).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(firstError(await t.gql(ME, {}, { token: renewed.token }))?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(firstError(await t.gql(REFRESH, { input: { refreshToken: renewed.refreshToken } }))?.extensions?.code).toBe('UNAUTHENTICATED');
      const [row] = await t.db.query(`SELECT revoked_reason FROM user_session WHERE id = $1`, [session.refreshToken.split('.')[0]]);
      expect(row.revoked_reason).toBe('REFRESH_REUSED');
      // The refresh secret is kept only as a hash.
      const [stored] = await t.db.query(`SELECT refresh_hash FROM user_session WHERE id = $1`, [session.refreshToken.split('.')[0]]);
      expect(stored.refresh_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored.refresh_hash).not.toBe(renewed.refreshToken.split('.')[1]);
      for (const forged of ['garbage', `${session.refreshToken.split('.')[0]}.${'x'.repeat(43)}`]) {
        expect(firstError(await t.gql(REFRESH, { input: { refreshToken: forged } }))?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    });

    it('ends a session after two hours without a request (the clock moved on), and keeps an active one alive', async () => {
      const start = Date.now();
      const active = await signIn('dept.jkx', DEMO_PASSWORD);
      const idle = await signIn('dept.jkx', DEMO_PASSWORD);
      // Ninety minutes later, a request on the active session; another ninety minutes later it still works.
      clock().pin(new Date(start + 90 * 60_000));
      expect((await t.as(active.token, ME)).me.username).toBe('dept.jkx');
      clock().pin(new Date(start + 180 * 60_000));
      expect((await t.as(active.token, ME)).me.username).toBe('dept.jkx');
      // The other session saw no request for three hours: it ended, and its refresh token with it.
      expect(firstError(await t.gql(ME, {}, { token: idle.token }))?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(firstError(await t.gql(REFRESH, { input: { refreshToken: idle.refreshToken } }))?.extensions?.code).toBe('UNAUTHENTICATED');
      // Two hours and a minute of silence end the active one too.
      clock().pin(new Date(start + (180 + 121) * 60_000));
      expect(firstError(await t.gql(ME, {}, { token: active.token }))?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('keeps the seeded demo accounts usable without a forced change (development)', async () => {
      const session = await signIn('leader.new-materials', DEMO_PASSWORD);
      expect(session.user.mustChangePassword).toBe(false);
      expect((await t.as(session.token, '{ chains { id } }')).chains).toHaveLength(chains.length);
    });
  });

  describe('departments', () => {
    it('are created, renamed and disabled by admins; a disabled one takes no new users', async () => {
      const created = (await t.as(admin, 'mutation { createDepartment(input: { name: "区数据局", shortName: "数据局" }) { id name shortName active } }')).createDepartment;
      expect(created).toMatchObject({ name: '区数据局', shortName: '数据局', active: true });
      const taken = await t.gql('mutation($n: String!) { createDepartment(input: { name: $n }) { id } }', { n: departments[0].name }, { token: admin });
      expect(firstError(taken)).toMatchObject({ message: `已存在名为“${departments[0].name}”的部门`, extensions: { fields: [{ field: 'name' }] } });
      const renamed = (await t.as(admin, 'mutation($id: ID!) { updateDepartment(input: { departmentId: $id, name: "区数据资源局", shortName: null }) { name shortName } }', { id: created.id })).updateDepartment;
      expect(renamed).toEqual({ name: '区数据资源局', shortName: null });
      await t.as(admin, 'mutation($id: ID!) { setDepartmentActive(departmentId: $id, active: false) { active } }', { id: created.id });
      expect((await t.as(admin, '{ departments { id } }')).departments.map((d: { id: string }) => d.id)).not.toContain(created.id);
      expect((await t.as(admin, '{ departments(includeInactive: true) { id active } }')).departments).toContainEqual({ id: created.id, active: false });
      const refused = await t.gql(CREATE, { input: { username: 'staff.data', displayName: '数据局', roles: ['VIEWER'], departmentId: created.id } }, { token: admin });
      expect(firstError(refused)).toMatchObject({ message: '部门“区数据资源局”已停用，不能再分配用户', extensions: { fields: [{ field: 'departmentId' }] } });
    });
  });
});

describe('production start', () => {
  let database: TestDatabase;
  const STRONG = 'a3f1c9e8b7d6a5f4e3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8';
  const options = (extra: Partial<CreateAppOptions>): CreateAppOptions => ({
    database: { url: database.url, embedded: false },
    jwtSecret: STRONG,
    seedDemo: false,
    logLevel: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    ...extra,
  });
  const env = { node: process.env['NODE_ENV'], seed: process.env['SEED_PASSWORD'] };

  /** Builds and starts the app as production does, closing it when it started. */
  async function start(extra: Partial<CreateAppOptions>): Promise<void> {
    let app: INestApplication | undefined;
    try {
      app = await createApp(options(extra));
      await app.init();
    } finally {
      await app?.close();
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  beforeEach(() => {
    process.env['NODE_ENV'] = 'production';
    delete process.env['SEED_PASSWORD'];
  });
  afterEach(() => {
    process.env['NODE_ENV'] = env.node;
    if (env.seed === undefined) delete process.env['SEED_PASSWORD'];
    else process.env['SEED_PASSWORD'] = env.seed;
  });
  afterAll(() => database?.drop());

  it('refuses a missing or default signing key', async () => {
    for (const jwtSecret of ['', 'change-me', 'test-only-secret', 'short-but-not-default']) {
      await expect(start({ jwtSecret, seed: false })).rejects.toThrow(/Refusing to start in production: JWT_SECRET/);
    }
  });

  it('refuses to seed the demo password, and to run while a seeded account still has it', async () => {
    await expect(start({ seed: true })).rejects.toThrow(/demo password printed in the README.*SEED_PASSWORD/);
    // Development seeds the demo accounts with the demo password…
    process.env['NODE_ENV'] = 'test';
    await start({ seed: true });
    // …with which production will not run.
    process.env['NODE_ENV'] = 'production';
    await expect(start({ seed: false })).rejects.toThrow(/the seeded accounts .*admin.* still have the demo password printed in the README/);
  });

  it('starts once every seeded account has a password of its own; an operator-chosen seed password must be changed at first sign-in', async () => {
    const fresh = await createTestDatabase();
    try {
      process.env['SEED_PASSWORD'] = 'Operator-Chosen-Seed-2025';
      let app: INestApplication | undefined;
      try {
        app = await createApp({ ...options({ seed: true }), database: { url: fresh.url, embedded: false } });
        await app.init();
        const request = (await import('supertest')).default;
        const res = await request(app.getHttpServer())
          .post('/graphql')
          .send({ query: SIGN_IN, variables: { input: { username: 'admin', password: 'Operator-Chosen-Seed-2025' } } });
        expect(res.body.data.signIn.user.mustChangePassword).toBe(true);
      } finally {
        await app?.close();
      }
    } finally {
      await fresh.drop();
    }
  });
});
