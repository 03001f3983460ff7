import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createServer, Server, Socket } from 'net';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { isDatabaseUnavailable, PAGE_LIMIT_MAX, QUERY_LIMITS } from '@chainboard/server-core';
import { createTestDatabase, DEMO_PASSWORD, TEST_SERVER_URL, TestDatabase, workspaceRoot } from '@chainboard/server-database';
import { createApp, CreateAppOptions } from '../src/app/create-app';
import { appDataSourceOptions } from '../src/app/database';
import { webDocument } from './web-documents';

type Lang = 'zh-CN' | 'en';

interface GqlOptions {
  token?: string;
  lang?: Lang;
  /** The client address a trusted proxy reports (X-Forwarded-For). */
  from?: string;
}

async function gql(app: INestApplication, query: string, variables: Record<string, unknown> = {}, options: GqlOptions = {}) {
  const req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('accept-language', options.lang ?? 'zh-CN');
  if (options.token) req.set('authorization', `Bearer ${options.token}`);
  if (options.from) req.set('x-forwarded-for', options.from);
  const res = await req.send({ query, variables });
  return { status: res.status, text: res.text, ...(res.body as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> }) };
}

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';

async function signIn(app: INestApplication, username: string, password = DEMO_PASSWORD, options: GqlOptions = {}) {
  return gql(app, SIGN_IN, { input: { username, password } }, options);
}

/** Runs SQL on the test server's maintenance database (outside the app's pool). */
async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('hardening', () => {
  let database: TestDatabase;
  let webRoot: string;
  /** The app as `npm start` runs it (not production), behind one trusted proxy, serving a web build. */
  let app: INestApplication;
  /** The same API in production mode, on the same database. */
  let production: INestApplication;
  let staff: string;

  const base = (): CreateAppOptions => ({
    database: { url: database.url, embedded: false },
    jwtSecret: 'test-only-secret',
    logLevel: process.env['TEST_LOG_LEVEL'] ?? 'silent',
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    webRoot = mkdtempSync(join(tmpdir(), 'chainboard-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>');
    app = await createApp({ ...base(), seed: true, webRoot, trustProxy: 1, signInLimit: 3, signInAccountLimit: 4 });
    await app.init();
    production = await createApp({ ...base(), seed: false, production: true, signInLimit: 1000 });
    await production.init();
    const res = await signIn(app, 'staff.01', DEMO_PASSWORD, { from: '192.0.2.1' });
    staff = res.data.signIn.token;
  });

  afterAll(async () => {
    await production?.close();
    await app?.close();
    await database?.drop();
    rmSync(webRoot, { recursive: true, force: true });
  });

  describe('security headers', () => {
    const expectHeaders = (headers: Record<string, string>) => {
      expect(headers['x-powered-by']).toBeUndefined();
      const csp = headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("img-src 'self' data: blob:");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('no-referrer');
    };

    it('are on the GraphQL answers, with no X-Powered-By', async () => {
      const res = await request(app.getHttpServer()).post('/graphql').send({ query: '{ __typename }' });
      expect(res.status).toBe(200);
      expectHeaders(res.headers);
    });

    it('are on the web app’s page, on its routes and on the health check', async () => {
      for (const path of ['/', '/chains/some-chain/map', '/health']) {
        const res = await request(app.getHttpServer()).get(path);
        expect([path, res.status]).toEqual([path, 200]);
        expectHeaders(res.headers);
      }
      const index = await request(app.getHttpServer()).get('/');
      expect(index.text).toContain('<div id="root">');
    });

    it('are the ones nginx adds to the web app it serves in the Docker setup', async () => {
      const res = await request(app.getHttpServer()).get('/');
      const conf = readFileSync(join(workspaceRoot(), 'docker', 'security-headers.conf'), 'utf8');
      const header = (name: string) => new RegExp(`^add_header ${name} "([^"]*)" always;$`, 'm').exec(conf)?.[1];
      expect(header('Content-Security-Policy')).toBe(res.headers['content-security-policy']);
      for (const name of ['X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy']) expect([name, header(name)]).toEqual([name, res.headers[name.toLowerCase()]]);
    });

    it('are on refusals too', async () => {
      const res = await request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send('{ not json');
      expect(res.status).toBe(400);
      expectHeaders(res.headers);
    });
  });

  describe('query limits', () => {
    it('let the web’s largest pages through', async () => {
      const chains = await gql(app, '{ chains { id } }', {}, { token: staff });
      const chainId = chains.data.chains[0].id;
      const res = await gql(app, webDocument('ChainMapPage'), { chainId }, { token: staff });
      expect(res.errors).toBeUndefined();
    });

    it('refuse a query deeper than the limit with a typed error in the user’s language', async () => {
      const path = Array.from({ length: QUERY_LIMITS.depth - 1 }, (_, i) => (i % 2 ? 'company' : 'leads'));
      const query = `query($id: ID!) { company(id: $id) { ${path.reduceRight((inner, field) => `${field} { ${inner} }`, 'id')} } }`;
      const zh = await gql(app, query, { id: '00000000-0000-0000-0000-000000000000' }, { token: staff });
      expect(zh.status).toBe(400);
      expect(zh.data).toBeUndefined();
      expect(zh.errors).toEqual([
        { message: `请求嵌套层数过多（最多${QUERY_LIMITS.depth}层），请简化后重试`, extensions: { code: 'BAD_USER_INPUT', limit: 'depth', found: QUERY_LIMITS.depth + 1 } },
      ]);
      const en = await gql(app, query, { id: '00000000-0000-0000-0000-000000000000' }, { token: staff, lang: 'en' });
      expect(en.errors?.[0].message).toBe(`The request is nested too deeply (at most ${QUERY_LIMITS.depth} levels); please simplify it`);
    });

    it('refuse too many aliases, and too costly a query, each naming its limit', async () => {
      const aliases = `{ ${Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `a${i}: chains { id }`).join(' ')} }`;
      const tooMany = await gql(app, aliases, {}, { token: staff, lang: 'en' });
      expect(tooMany.errors).toEqual([
        { message: `The request has too many aliases (at most ${QUERY_LIMITS.aliases}); please simplify it`, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', limit: 'aliases' }) },
      ]);

      const project = webDocument('Project');
      const fragments = project.slice(project.indexOf('fragment '));
      // The project page as many times over as the alias limit allows: within the aliases, beyond the cost.
      const copies = Array.from({ length: QUERY_LIMITS.aliases }, (_, i) => `p${i}: project(id: $id) { ...ProjectDetailFields }`).join(' ');
      const costly = `query($id: ID!) { ${copies} }\n${fragments}`;
      const tooCostly = await gql(app, costly, { id: '00000000-0000-0000-0000-000000000000' }, { token: staff });
      expect(tooCostly.errors).toEqual([
        { message: `请求过于复杂（复杂度上限${QUERY_LIMITS.cost}），请简化后重试`, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', limit: 'cost' }) },
      ]);
    });

    it('refuse a page larger than 200 rows on every list, naming the field', async () => {
      const lists = [
        ['companies', 'CompanyListInput'],
        ['leads', 'LeadListInput'],
        ['prospects', 'ProspectListInput'],
        ['projects', 'ProjectListInput'],
      ];
      for (const [field, type] of lists) {
        const query = `query($input: ${type}) { ${field}(input: $input) { limit } }`;
        const ok = await gql(app, query, { input: { limit: PAGE_LIMIT_MAX } }, { token: staff });
        expect([field, ok.errors, ok.data?.[field]]).toEqual([field, undefined, { limit: PAGE_LIMIT_MAX }]);
        const zh = await gql(app, query, { input: { limit: PAGE_LIMIT_MAX + 1 } }, { token: staff });
        expect([field, zh.data]).toEqual([field, null]);
        expect(zh.errors?.[0]).toMatchObject({
          message: '每页条数应在1到200之间',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'limit', message: '每页条数应在1到200之间' }] },
        });
        const en = await gql(app, query, { input: { limit: PAGE_LIMIT_MAX + 1 } }, { token: staff, lang: 'en' });
        expect(en.errors?.[0].message).toBe('Page size must be between 1 and 200');
      }
    });
  });

  describe('sign-in throttling', () => {
    it('locks an account after failed attempts from any addresses, in the user’s language, leaving other accounts alone', async () => {
      // Four failures for one account, each from a different address: no address reaches its own limit (3).
      for (let i = 1; i <= 4; i++) {
        const res = await signIn(app, 'dept.jkx', 'wrong-password', { from: `198.51.100.${i}` });
        expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
      // Now even the right password, from yet another address, is refused; the username's case does not matter.
      const zh = await signIn(app, 'dept.jkx', DEMO_PASSWORD, { from: '198.51.100.50' });
      expect(zh.data).toBeNull();
      expect(zh.errors?.[0]).toMatchObject({ message: '该账号登录失败次数过多，请15分钟后再试', extensions: { code: 'TOO_MANY_REQUESTS' } });
      const en = await signIn(app, 'DEPT.JKX', DEMO_PASSWORD, { from: '198.51.100.51', lang: 'en' });
      expect(en.errors?.[0]).toMatchObject({ message: 'Too many failed sign-ins for this account; please try again in 15 min', extensions: { code: 'TOO_MANY_REQUESTS' } });
      // Another account signs in from an address the failures came from.
      const other = await signIn(app, 'dept.xjj', DEMO_PASSWORD, { from: '198.51.100.1' });
      expect(other.errors).toBeUndefined();
      expect(other.data.signIn.token).toEqual(expect.any(String));
    });

    it('counts a success as clearing the account’s failures', async () => {
      for (let i = 0; i < 3; i++) await signIn(app, 'dept.wjj', 'wrong-password', { from: `203.0.113.${10 + i}` });
      expect((await signIn(app, 'dept.wjj', DEMO_PASSWORD, { from: '203.0.113.20' })).errors).toBeUndefined();
      for (let i = 0; i < 3; i++) await signIn(app, 'dept.wjj', 'wrong-password', { from: `203.0.113.${30 + i}` });
      expect((await signIn(app, 'dept.wjj', DEMO_PASSWORD, { from: '203.0.113.40' })).errors).toBeUndefined();
    });

    it('still limits attempts per address (the proxy’s client address), whatever the accounts', async () => {
      const from = '203.0.113.99';
      expect((await signIn(app, 'viewer', DEMO_PASSWORD, { from })).errors).toBeUndefined();
      expect((await signIn(app, 'staff.02', 'wrong-password', { from })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await signIn(app, 'dept.wgl', DEMO_PASSWORD, { from })).errors).toBeUndefined();
      const fourth = await signIn(app, 'leader.spare', DEMO_PASSWORD, { from, lang: 'en' });
      expect(fourth.errors?.[0]).toMatchObject({ message: 'Too many requests; please try again later', extensions: { code: 'TOO_MANY_REQUESTS' } });
      // Another client behind the same proxy is not affected.
      expect((await signIn(app, 'leader.spare', DEMO_PASSWORD, { from: '203.0.113.100' })).errors).toBeUndefined();
    });
  });

  describe('production mode', () => {
    it('refuses introspection with a typed error (development allows it)', async () => {
      const introspection = '{ __schema { queryType { name } } }';
      expect((await gql(app, introspection)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const res = await gql(production, introspection, {}, { lang: 'en' });
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/introspection is not allowed/i);
      const type = await gql(production, '{ __type(name: "User") { fields { name } } }');
      expect(type.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('answers a failing statement as INTERNAL with no stack trace, SQL or driver detail', async () => {
      const token = (await signIn(production, 'staff.01')).data.signIn.token;
      const db = app.get(DataSource);
      await db.query('ALTER TABLE industry_chain RENAME COLUMN name TO name_renamed');
      try {
        for (const lang of ['zh-CN', 'en'] as const) {
          const res = await gql(production, '{ chains { id name } }', {}, { token, lang });
          expect(res.errors).toEqual([
            {
              message: lang === 'en' ? 'Internal server error; please try again later' : '服务器内部错误，请稍后再试',
              locations: [{ line: 1, column: 3 }],
              path: ['chains'],
              extensions: { code: 'INTERNAL' },
            },
          ]);
          expect(res.text).not.toMatch(/SELECT|industry_chain|name_renamed|does not exist|stack|QueryFailedError|\.[jt]s:\d/i);
        }
      } finally {
        await db.query('ALTER TABLE industry_chain RENAME COLUMN name_renamed TO name');
      }
      expect((await gql(production, '{ chains { id } }', {}, { token })).errors).toBeUndefined();
    });
  });

  describe('an unreachable database', () => {
    let silent: Server;
    const sockets: Socket[] = [];
    afterAll(async () => {
      sockets.forEach((s) => s.destroy());
      await new Promise((resolve) => (silent ? silent.close(resolve) : resolve(undefined)));
    });

    it('fails a connection to a server that does not answer within about two seconds', async () => {
      silent = createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const { port } = silent.address() as { port: number };
      const source = new DataSource({ ...appDataSourceOptions({ url: `postgresql://postgres@127.0.0.1:${port}/none`, embedded: false }), logging: false });
      const started = Date.now();
      const error = await source.initialize().then(
        () => null,
        (e: unknown) => e,
      );
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(Date.now() - started).toBeLessThan(3500);
    });

    it('answers DATABASE_UNAVAILABLE fast, in the user’s language, and /health 503, until it is back', async () => {
      const server = app.getHttpServer();
      // Cut the app's connections and refuse new ones, as while the server restarts.
      await onServer(`ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS false`);
      await onServer(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database.name}' AND pid <> pg_backend_pid()`);
      try {
        for (const lang of ['zh-CN', 'en'] as const) {
          const started = Date.now();
          const res = await gql(app, '{ chains { id name } }', {}, { token: staff, lang });
          expect(Date.now() - started).toBeLessThan(3000);
          expect(res.errors?.[0]).toMatchObject({
            message: lang === 'en' ? 'The database is unavailable right now; please try again later' : '数据库暂时无法访问，请稍后再试',
            extensions: { code: 'DATABASE_UNAVAILABLE' },
          });
          expect(res.text).not.toMatch(/accepting connections|terminat|stack/i);
        }
        // Signing in says so too (and does not count against the account).
        const signInRes = await signIn(app, 'staff.01', DEMO_PASSWORD, { from: '192.0.2.200', lang: 'en' });
        expect(signInRes.errors?.[0].extensions?.code).toBe('DATABASE_UNAVAILABLE');
        const health = await request(server).get('/health');
        expect(health.status).toBe(503);
        expect(health.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
      } finally {
        await onServer(`ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS true`);
      }
      expect((await request(server).get('/health')).status).toBe(200);
      expect((await gql(app, '{ chains { id } }', {}, { token: staff })).errors).toBeUndefined();
    });
  });
});
