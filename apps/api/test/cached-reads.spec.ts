import { CLOCK, SystemClock } from '@chainboard/server-core';
import { CachedReadsPlugin, SessionsService, User } from '@chainboard/server-users';
import { chainsByCode } from './crm-helpers';
import { sqlStatements, TestApp } from './harness';
import { countStatements } from './projects-helpers';

const LEDGER = `query($input: ProjectListInput) { projects(input: $input) { total items { id name masked agreedInvestment light lightRule { code days } company { name } } } }`;
const BOARD = `query { projectBoard { columns { stage count totalAgreedInvestment projects { id name } } } }`;

/**
 * Cached reads (the ledger and the kanban): asked again at the same database snapshot they are answered from memory,
 * and any commit, a signed-out session, another user, another day or another language asks the database again.
 */
describe('cached reads of the ledger and the kanban', () => {
  let t: TestApp;
  let cache: CachedReadsPlugin;
  let clock: SystemClock;
  let staff: string;
  let staff2: string;
  let admin: string;
  let chainId: string;
  let open: { id: string; version: number };
  let secret: { id: string };

  const hits = () => cache.stats().hits;
  const ledger = async (token: string, input: Record<string, unknown> = { limit: 50 }) => (await t.as(token, LEDGER, { input })).projects;

  beforeAll(async () => {
    t = await TestApp.start();
    cache = t.app.get(CachedReadsPlugin);
    clock = t.app.get<SystemClock>(CLOCK);
    clock.pin('2026-03-02T10:00:00+08:00');
    [staff, staff2, admin] = [await t.signIn('staff.01'), await t.signIn('staff.02'), await t.signIn('admin')];
    chainId = (await chainsByCode(t, staff))['electronic-information'].id;
    const ownerId = (await t.as(staff, '{ me { id } }')).me.id;
    const create = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id version } }`;
    open = (await t.as(staff, create, { input: { chainId, name: '缓存测试封装项目', company: { name: '缓存测试半导体有限公司' }, agreedInvestment: '12.5', ownerId } })).createProject;
    secret = (
      await t.as(staff, create, {
        input: { chainId, name: '缓存保密光电项目', company: { name: '缓存保密光电有限公司' }, confidential: true, codeName: '星河计划', agreedInvestment: '31', ownerId },
      })
    ).createProject;
  });
  afterAll(() => t?.close());

  it('answers the same ledger page again from memory, reading only the session, while nothing is committed', async () => {
    const first = await ledger(staff);
    const before = hits();
    let again: unknown;
    const statements = await countStatements(async () => {
      again = await ledger(staff);
    });
    expect(hits()).toBe(before + 1);
    expect(again).toEqual(first);
    expect(statements).toBe(1);
    // The kanban too.
    const board = await t.as(staff, BOARD);
    expect(await t.as(staff, BOARD)).toEqual(board);
    expect(hits()).toBe(before + 2);
  });

  it('reads again after a change made through the API', async () => {
    await ledger(staff);
    const update = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id version } }`;
    open = (await t.as(staff, update, { input: { projectId: open.id, expectedVersion: open.version, name: '缓存测试封装项目（二期）' } })).updateProject;
    const before = hits();
    const page = await ledger(staff);
    expect(hits()).toBe(before);
    expect(page.items.find((p: { id: string }) => p.id === open.id).name).toBe('缓存测试封装项目（二期）');
  });

  it('reads again after a change committed outside this API process (another process, a script)', async () => {
    await ledger(staff);
    await t.db.query(`UPDATE project SET agreed_investment = 13.75 WHERE id = $1`, [open.id]);
    const before = hits();
    const page = await ledger(staff);
    expect(hits()).toBe(before);
    expect(page.items.find((p: { id: string }) => p.id === open.id).agreedInvestment).toBe('13.75');
    // A transaction that rolled back changed nothing: the kept answer stands.
    await t.db
      .transaction(async (m) => {
        await m.query(`UPDATE project SET agreed_investment = 99 WHERE id = $1`, [open.id]);
        throw Object.assign(new Error('rolled back on purpose'), { rollback: true });
      })
      .catch((e: { rollback?: boolean }) => {
        if (!e.rollback) throw e;
      });
    const kept = hits();
    expect((await ledger(staff)).items.find((p: { id: string }) => p.id === open.id).agreedInvestment).toBe('13.75');
    expect(hits()).toBe(kept + 1);
  });

  it('sees a change exactly when it is committed: the version moves with the data, not before', async () => {
    const amountOf = async () => (await ledger(staff)).items.find((p: { id: string }) => p.id === open.id).agreedInvestment;
    expect(await amountOf()).toBe('13.75');
    const runner = t.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`UPDATE project SET agreed_investment = 14.5 WHERE id = $1`, [open.id]);
      // Written but not committed: the readers still get the committed answer, from memory.
      const before = hits();
      expect(await amountOf()).toBe('13.75');
      expect(hits()).toBe(before + 1);
      await runner.commitTransaction();
      expect(await amountOf()).toBe('14.5');
      expect(hits()).toBe(before + 1);
    } finally {
      await runner.release();
    }
  });

  it('moves the version once per committing transaction, however many statements and tables it wrote, and never for a session being used', async () => {
    const version = async () => Number((await t.db.query(`SELECT sum(n) AS n FROM data_version`))[0].n);
    const start = await version();
    await t.db.transaction(async (m) => {
      await m.query(`UPDATE project SET carrier = '版本测试载体' WHERE id = $1`, [open.id]);
      await m.query(`UPDATE company SET headquarters = '版本测试' WHERE name = '缓存测试半导体有限公司'`);
      await m.query(`UPDATE project SET carrier = '版本测试载体二' WHERE id = $1`, [open.id]);
    });
    expect(await version()).toBe(start + 1);
    await t.db.query(`UPDATE user_session SET last_seen_at = last_seen_at`);
    expect(await version()).toBe(start + 1);
    // Twelve transactions committing side by side (on whichever of the counter's rows): twelve more.
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.db.transaction(async (m) => {
          await m.query(`UPDATE project SET carrier = $2 WHERE id = $1`, [open.id, `并发载体${i}`]);
          await m.query(`SELECT pg_sleep(0.01)`);
        }),
      ),
    );
    expect(await version()).toBe(start + 13);
    expect(await t.db.query(`SELECT * FROM data_version_pending`)).toEqual([]);
  });

  it('has every data table of the app move the version', async () => {
    const unmarked = await t.db.query(
      `SELECT t.tablename FROM pg_tables t
        WHERE t.schemaname = current_schema()
          AND t.tablename NOT IN ('migrations', 'user_session', 'import_preview', 'data_version', 'data_version_pending')
          AND NOT EXISTS (SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE c.relname = t.tablename AND g.tgname = 'data_version_mark')`,
    );
    expect(unmarked).toEqual([]);
  });

  it("reads a session's user as the ORM reads it (department, roles and chains included), in the one statement it sends", async () => {
    const sessions = t.app.get(SessionsService);
    await t.db.query(`INSERT INTO user_chain (user_id, chain_id) SELECT u.id, $1 FROM app_user u WHERE u.username = 'staff.02' ON CONFLICT DO NOTHING`, [chainId]);
    const users = await t.db.query(`SELECT username, department_id FROM app_user WHERE username IN ('admin', 'staff.02', 'leader.electronic-information', 'viewer')`);
    expect(users.some((u: { department_id: string | null }) => u.department_id === null)).toBe(true);
    expect(users.some((u: { department_id: string | null }) => u.department_id !== null)).toBe(true);
    for (const { username } of users) {
      const token = await t.signIn(username);
      const read: Array<Awaited<ReturnType<SessionsService['authenticate']>>> = [];
      expect(await countStatements(async () => read.push(await sessions.authenticate(token)))).toBe(1);
      const orm = await t.db.manager.findOneOrFail(User, { where: { username }, relations: { department: true } });
      expect(read[0]?.user).toStrictEqual(orm);
      expect(Number(read[0]?.dataVersion)).toBe(Number((await t.db.query(`SELECT sum(n) AS n FROM data_version`))[0].n));
    }
    [staff2] = [await t.signIn('staff.02')];
  });

  it('reads the chains, departments, accounts and health rules a page shows once per data version, and again after a commit', async () => {
    const PAGE = `query($input: ProjectListInput) { projects(input: $input) { items { id light chain { name } owner { displayName } responsibleUnit { name } } } }`;
    // The chains in full (the masking rule reads who leads them on its own, in every read), accounts, departments, settings.
    const reads: Record<string, (sql: string) => boolean> = {
      chains: (sql) => sql.includes('FROM "industry_chain"') && sql.includes('"IndustryChain"."code"'),
      users: (sql) => sql.includes('FROM "app_user"'),
      departments: (sql) => sql.includes('FROM "department"'),
      settings: (sql) => sql.includes('FROM "app_setting"'),
    };
    const tables = (statements: string[]) => Object.keys(reads).filter((name) => statements.some(reads[name]));
    const unit = (await t.db.query(`SELECT id FROM department ORDER BY name LIMIT 1`))[0].id;
    await t.db.query(`UPDATE project SET responsible_unit_id = $1 WHERE id = $2`, [unit, open.id]);
    const first = await sqlStatements(() => t.fresh(staff, PAGE, { input: { limit: 50 } }));
    expect(tables(first)).toEqual(['chains', 'users', 'departments', 'settings']);
    const again = await sqlStatements(() => t.fresh(staff, PAGE, { input: { limit: 50 } }));
    expect(tables(again)).toEqual([]);
    expect(again.length).toBe(first.length - 4);
    // Another user at the same version shares them.
    expect(tables(await sqlStatements(() => t.fresh(staff2, PAGE, { input: { limit: 50 } })))).toEqual([]);
    // A commit (here a department renamed) moves the version on: they are read again, and the new name shows.
    await t.db.query(`UPDATE department SET name = name || '（更名）' WHERE id = $1`, [unit]);
    const [{ name }] = await t.db.query(`SELECT name FROM department WHERE id = $1`, [unit]);
    expect(name).toMatch(/（更名）$/);
    const after = await sqlStatements(() => t.fresh(staff, PAGE, { input: { limit: 50 } }));
    expect(tables(after)).toEqual(['chains', 'users', 'departments', 'settings']);
    expect((await t.fresh(staff, PAGE, { input: { limit: 50 } })).projects.items.find((p: { id: string }) => p.id === open.id).responsibleUnit.name).toBe(name);
  });

  it('never hands one user the answer kept for another (a confidential project stays masked to an outsider)', async () => {
    const insider = (await ledger(staff)).items.find((p: { id: string }) => p.id === secret.id);
    expect(insider).toMatchObject({ masked: false, name: '缓存保密光电项目', company: { name: '缓存保密光电有限公司' } });
    await ledger(staff);
    const before = hits();
    const outsider = (await ledger(staff2)).items.find((p: { id: string }) => p.id === secret.id);
    expect(hits()).toBe(before);
    expect(outsider).toMatchObject({ masked: true, name: '星河计划', company: null, agreedInvestment: null });
  });

  it('refuses a signed-out session even though its answer was kept', async () => {
    const token = await t.signIn('staff.01');
    await ledger(token);
    await ledger(token);
    expect((await t.gql('mutation { signOut }', {}, { token })).data).toEqual({ signOut: true });
    const res = await t.gql(LEDGER, { input: { limit: 50 } }, { token });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(res.data?.projects ?? null).toBeNull();
  });

  it('computes the lights again on another day', async () => {
    clock.pin('2026-03-02T10:00:00+08:00');
    const token = await t.signIn('staff.01');
    const today = (await ledger(token)).items.find((p: { id: string }) => p.id === open.id);
    expect(today.light).toBe('GREEN');
    await ledger(token);
    // 20 days on, nothing updated for more than 14 days: yellow (the sessions ended meanwhile: sign in again).
    clock.pin('2026-03-22T10:00:00+08:00');
    const later = await t.signIn('staff.01');
    await ledger(later);
    const before = hits();
    const then = (await ledger(later)).items.find((p: { id: string }) => p.id === open.id);
    expect(hits()).toBe(before + 1);
    expect(then.light).toBe('YELLOW');
    [staff, staff2, admin] = [await t.signIn('staff.01'), await t.signIn('staff.02'), await t.signIn('admin')];
  });

  it('keeps no answer with errors, answers a mutation or a mixed query from the resolvers, and keys by language and arguments', async () => {
    const before = hits();
    for (let i = 0; i < 2; i++) {
      const bad = await t.gql(LEDGER, { input: { limit: 100_000 } }, { token: staff });
      expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
    const mixed = `{ projects(input: { limit: 5 }) { total } me { id } }`;
    await t.as(staff, mixed);
    await t.as(staff, mixed);
    expect(hits()).toBe(before);
    // A different page or language is another answer.
    await ledger(staff, { limit: 50 });
    const kept = hits();
    await ledger(staff, { limit: 10 });
    const english = await t.gql(LEDGER, { input: { limit: 50 } }, { token: staff, lang: 'en' });
    expect(english.errors).toBeUndefined();
    expect(hits()).toBe(kept);
    await ledger(staff, { limit: 10 });
    expect(hits()).toBe(kept + 1);
  });

  it('computes the answer again when asked with Cache-Control: no-cache, and keeps that one', async () => {
    await ledger(staff);
    const before = hits();
    const res = await t.gql(LEDGER, { input: { limit: 50 } }, { token: staff, fresh: true });
    expect(res.errors).toBeUndefined();
    expect(hits()).toBe(before);
    await ledger(staff);
    expect(hits()).toBe(before + 1);
  });

  it('refuses a disabled account although its answer was kept', async () => {
    const token = await t.signIn('viewer');
    await t.as(token, BOARD);
    await t.as(token, BOARD);
    const viewer = (await t.as(admin, `{ users { id username } }`)).users.find((u: { username: string }) => u.username === 'viewer');
    await t.db.query(`UPDATE app_user SET active = false WHERE id = $1`, [viewer.id]);
    const res = await t.gql(BOARD, {}, { token });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
