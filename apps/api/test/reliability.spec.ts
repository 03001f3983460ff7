import request from 'supertest';
import { Client } from 'pg';
import { PIPELINE_STAGES, ProjectStage } from '@chainboard/domain';
import { TEST_SERVER_URL } from '@chainboard/server-database';
import { chainsByCode, uscc } from './crm-helpers';
import { GqlResult, TestApp } from './harness';
import { fieldsFor, firstError, MOVE, UPDATE } from './projects-helpers';

/**
 * The fast reliability tests (the long ones are `npm run soak`): many saves of one project at one version, a
 * transaction whose connection is killed half-way, and a database that goes away under load and comes back. Real
 * PostgreSQL, a database of this file's own; nothing here is simulated inside the app.
 */

const ON = '2025-06-01';
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id version stage } }`;
const PREVIEW = `mutation($input: PreviewImportInput!) { previewImport(input: $input) { id goodRows badRows toCreate } }`;
const CONFIRM = `mutation($id: ID!, $mode: ImportMode!) { confirmImport(id: $id, mode: $mode) { created updated unchanged skippedRows } }`;
const PROGRESS = `query($id: ID!) { importProgress(id: $id) { processed total done } }`;

/** A second connection to the test's database, outside the app's pool (as another client or an operator would be). */
async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

async function onServer(sql: string): Promise<void> {
  const client = await connect(TEST_SERVER_URL);
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Waits until a backend of the database waits for a lock inside a transaction that has written something (it has a
 * transaction id), and answers its pid. Observed from a connection of its own: a transaction sees one snapshot of
 * pg_stat_activity.
 */
async function blockedWriter(database: string): Promise<number> {
  const observer = await connect(TEST_SERVER_URL);
  try {
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      const { rows } = await observer.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND backend_xid IS NOT NULL`, [database]);
      if (rows.length === 1) return rows[0].pid;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('no writer of the app blocked on the lock within 10 s');
  } finally {
    await observer.end();
  }
}

describe('reliability against the real PostgreSQL', () => {
  let t: TestApp;
  let staff: string;
  let staff2: string;
  let chainId: string;
  let companyId: string;
  let serial = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    staff = await t.signIn('staff.01');
    staff2 = await t.signIn('staff.02');
    const admin = await t.signIn('admin');
    chainId = (await chainsByCode(t, admin))['new-materials'].id;
    companyId = (await t.as(staff, `mutation { createCompany(input: { name: "可靠性测试投资集团有限公司" }) { id } }`)).createCompany.id;
  });
  afterAll(() => t?.close());

  async function newProject(): Promise<{ id: string; version: number; stage: ProjectStage }> {
    serial++;
    return (await t.as(staff, CREATE, { input: { name: `可靠性测试项目${serial}`, chainId, companyId } })).createProject;
  }

  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await t.db.query(sql, params))[0].n;
  const stageLog = (projectId: string): Promise<Array<{ from_stage: string; to_stage: string }>> =>
    t.db.query(`SELECT from_stage, to_stage FROM project_stage_log WHERE project_id = $1 ORDER BY id`, [projectId]);
  const projectRow = async (projectId: string) => (await t.db.query(`SELECT version, stage, name FROM project WHERE id = $1`, [projectId]))[0];
  const auditCount = (recordId: string) => count(`SELECT count(*)::int AS n FROM audit_entry WHERE record_id = $1`, [recordId]);

  /** Sends every request at once and sorts the answers into the one(s) through and the refused ones. */
  async function together(requests: Array<() => Promise<GqlResult>>): Promise<{ ok: GqlResult[]; refused: GqlResult[] }> {
    const results = await Promise.all(requests.map((r) => r()));
    return { ok: results.filter((r) => !r.errors), refused: results.filter((r) => r.errors) };
  }

  describe('20 simultaneous saves of one project at one version', () => {
    const update = (p: { id: string; version: number }, i: number) => () =>
      t.gql(UPDATE, { input: { projectId: p.id, expectedVersion: p.version, name: `第${i}位同事保存的名称` } }, { token: i % 2 ? staff2 : staff, lang: i % 3 ? 'zh-CN' : 'en' });
    /** Rival moves from 洽谈 to three different stages, so that the log shows which one won. */
    const move = (p: { id: string; version: number }, i: number) => () => {
      const to = [ProjectStage.SIGNED, ProjectStage.DROPPED, ProjectStage.ON_HOLD][i % 3];
      const fields = to === ProjectStage.SIGNED ? fieldsFor(to, ON, i) : { reason: `第${i}位同事的理由`, effectiveOn: ON };
      return t.gql(MOVE, { input: { projectId: p.id, to, expectedVersion: p.version, ...fields } }, { token: i % 2 ? staff2 : staff });
    };

    const expectConflicts = (refused: GqlResult[], version: number) => {
      for (const r of refused) {
        const e = firstError(r);
        expect(e.code).toBe('CONFLICT');
        expect(e.message).toMatch(new RegExp(`^(项目已被他人修改（当前版本 ${version}），请查看最新内容后重试|Someone else changed this project \\(now version ${version}\\); look at the latest values and try again)$`));
        expect(e.current.version).toBe(version);
      }
    };

    it('updateProject: exactly one goes through, 19 get CONFLICT with the winner’s values, one timeline entry and one audit entry', async () => {
      const p = await newProject();
      const auditBefore = await auditCount(p.id);
      const { ok, refused } = await together(Array.from({ length: 20 }, (_, i) => update(p, i)));
      expect(ok).toHaveLength(1);
      expect(refused).toHaveLength(19);
      const winner = ok[0].data.updateProject;
      expect(winner.version).toBe(2);
      expectConflicts(refused, 2);
      for (const r of refused) expect(firstError(r).current.name).toBe(winner.name);
      expect(await projectRow(p.id)).toEqual({ version: 2, stage: 'NEGOTIATING', name: winner.name });
      expect(await count(`SELECT count(*)::int AS n FROM project_event WHERE project_id = $1 AND kind = 'FIELDS_CHANGED'`, [p.id])).toBe(1);
      expect(await auditCount(p.id)).toBe(auditBefore + 1);
    });

    it('moveProjectStage: exactly one goes through, 19 get CONFLICT, the stage log holds the winner’s move alone', async () => {
      const p = await newProject();
      const { ok, refused } = await together(Array.from({ length: 20 }, (_, i) => move(p, i)));
      expect(ok).toHaveLength(1);
      expect(refused).toHaveLength(19);
      expectConflicts(refused, 2);
      const won = ok[0].data.moveProjectStage;
      expect(await stageLog(p.id)).toEqual([{ from_stage: 'NEGOTIATING', to_stage: won.stage }]);
      expect(await projectRow(p.id)).toMatchObject({ version: 2, stage: won.stage });
      expect(await count(`SELECT count(*)::int AS n FROM project_event WHERE project_id = $1 AND kind = 'STAGE_MOVED'`, [p.id])).toBe(1);
    });

    it('edits and moves mixed, round after round: one save per round, the log a row per successful move and a chain from stage to stage', async () => {
      let p = await newProject();
      let moves = 0;
      for (let round = 0; round < 4; round++) {
        const current = await projectRow(p.id);
        p = { ...p, version: current.version };
        // Half the rivals edit, half move on to the next stage of the main line (each with what that stage requires).
        const next = PIPELINE_STAGES[PIPELINE_STAGES.indexOf(current.stage as ProjectStage) + 1];
        const rivals = Array.from({ length: 20 }, (_, i) =>
          i % 2
            ? () => t.gql(MOVE, { input: { projectId: p.id, to: next, expectedVersion: p.version, ...fieldsFor(next, ON, round * 20 + i) } }, { token: i % 4 === 1 ? staff : staff2 })
            : update(p, round * 20 + i),
        );
        const { ok, refused } = await together(rivals);
        expect(ok).toHaveLength(1);
        expectConflicts(refused, p.version + 1);
        if (ok[0].data.moveProjectStage) moves++;
      }
      const log = await stageLog(p.id);
      expect(log).toHaveLength(moves);
      const row = await projectRow(p.id);
      expect(row.version).toBe(5);
      // Each move starts where the previous one ended, and the last one ends where the project is.
      let at = 'NEGOTIATING';
      for (const entry of log) {
        expect(entry.from_stage).toBe(at);
        at = entry.to_stage;
      }
      expect(row.stage).toBe(at);
    });
  });

  describe('a transaction whose connection is killed half-way', () => {
    let locker: Client;
    beforeEach(async () => {
      locker = await connect(t.database.url);
    });
    afterEach(async () => {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    });

    it('a stage move: no stage-log row, timeline entry, audit entry or new version is left; the same move then succeeds', async () => {
      const p = await newProject();
      const before = { log: await stageLog(p.id), audit: await auditCount(p.id), row: await projectRow(p.id) };
      const events = () => count(`SELECT count(*)::int AS n FROM project_event WHERE project_id = $1`, [p.id]);
      const eventsBefore = await events();
      // The timeline is written last: hold it, so that the move has updated the project and written its log row
      // (and the audit trigger its entry) when it waits; then end its connection as a crash or an operator would.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE project_event IN SHARE MODE');
      const pending = t.gql(MOVE, { input: { projectId: p.id, to: ProjectStage.DROPPED, expectedVersion: p.version, reason: '连接中断测试', effectiveOn: ON } }, { token: staff, lang: 'en' });
      const pid = await blockedWriter(t.database.name);
      await locker.query('SELECT pg_terminate_backend($1)', [pid]);
      const res = await pending;
      await locker.query('ROLLBACK');
      expect(firstError(res)).toMatchObject({ code: 'DATABASE_UNAVAILABLE', message: 'The database is unavailable right now; please try again later' });

      expect(await stageLog(p.id)).toEqual(before.log);
      expect(await auditCount(p.id)).toBe(before.audit);
      expect(await events()).toBe(eventsBefore);
      expect(await projectRow(p.id)).toEqual(before.row);

      // The pool replaced the dead connection: the same move at the same version goes through, once.
      const again = await t.gql(MOVE, { input: { projectId: p.id, to: ProjectStage.DROPPED, expectedVersion: p.version, reason: '连接中断测试', effectiveOn: ON } }, { token: staff });
      expect(again.errors).toBeUndefined();
      expect(await stageLog(p.id)).toEqual([{ from_stage: 'NEGOTIATING', to_stage: 'DROPPED' }]);
      expect(await events()).toBe(eventsBefore + 1);
    });

    it('an import: none of its companies, leads, contacts, audit entries or saved mapping are left; confirming again writes each row once', async () => {
      const rows = 300;
      const csv = [
        '企业名称,统一社会信用代码,所属产业链,线索来源,备注',
        ...Array.from({ length: rows }, (_, i) => `成都中断导入${String(i).padStart(3, '0')}科技有限公司,${uscc(`91510107MA6KT${String(1000 + i).slice(-4)}`)},高端新材料,展会,第${i}家企业的走访记录`),
      ].join('\n');
      const preview = (await t.as(staff, PREVIEW, { input: { kind: 'LEADS', fileName: '中断导入.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') } })).previewImport;
      expect(preview).toMatchObject({ goodRows: rows, badRows: 0, toCreate: rows });

      const tables = ['company', 'lead', 'interaction', 'audit_entry', 'import_mapping'];
      const counts = async () => Object.fromEntries(await Promise.all(tables.map(async (name) => [name, await count(`SELECT count(*)::int AS n FROM "${name}"`)])));
      const before = await counts();
      // The saved mapping is written after every row: hold its table, so the import has written all rows when it waits.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE import_mapping IN SHARE MODE');
      const pending = t.gql(CONFIRM, { id: preview.id, mode: 'ALL_OR_NOTHING' }, { token: staff });
      const pid = await blockedWriter(t.database.name);
      expect((await t.as(staff, PROGRESS, { id: preview.id })).importProgress).toEqual({ processed: rows, total: rows, done: false });
      await locker.query('SELECT pg_terminate_backend($1)', [pid]);
      const res = await pending;
      await locker.query('ROLLBACK');
      expect(firstError(res)).toMatchObject({ code: 'DATABASE_UNAVAILABLE', message: '数据库暂时无法访问，请稍后再试' });
      expect(await counts()).toEqual(before);

      const again = (await t.as(staff, CONFIRM, { id: preview.id, mode: 'ALL_OR_NOTHING' })).confirmImport;
      expect(again).toEqual({ created: rows, updated: 0, unchanged: 0, skippedRows: 0 });
      const after = await counts();
      expect([after['company'] - before['company'], after['lead'] - before['lead'], after['interaction'] - before['interaction'], after['import_mapping'] - before['import_mapping']]).toEqual([rows, rows, rows, 1]);
      expect(await count(`SELECT count(DISTINCT name)::int AS n FROM company WHERE name LIKE '成都中断导入%'`)).toBe(rows);
    });
  });

  describe('the database going away under load (as in a PostgreSQL restart) and coming back', () => {
    it('fails requests fast with DATABASE_UNAVAILABLE in the user’s language, /health 503, answers again within 5 s, and loses no acknowledged write', async () => {
      const server = t.app.getHttpServer();
      type Outcome = { kind: 'read' | 'write'; status: number; ms: number; code?: string; message?: string; name?: string; id?: string };
      const outcomes: Outcome[] = [];
      const attempted = new Set<string>();
      let stop = false;
      let n = 0;
      const worker = async (w: number) => {
        while (!stop) {
          const write = n++ % 2 === 0;
          const lang = w % 2 ? 'en' : 'zh-CN';
          const started = Date.now();
          if (write) {
            const name = `成都重启负载${w}号${n}科技有限公司`;
            attempted.add(name);
            const res = await t.gql(`mutation($name: String!) { createCompany(input: { name: $name }) { id name } }`, { name }, { token: staff, lang });
            outcomes.push({ kind: 'write', status: res.status, ms: Date.now() - started, code: res.errors?.[0]?.extensions?.['code'], message: res.errors?.[0]?.message, name, id: res.data?.createCompany?.id });
          } else {
            const res = await t.gql(`{ chains { id name } }`, {}, { token: staff, lang });
            outcomes.push({ kind: 'read', status: res.status, ms: Date.now() - started, code: res.errors?.[0]?.extensions?.['code'], message: res.errors?.[0]?.message });
          }
          await new Promise((r) => setTimeout(r, 5));
        }
      };
      const load = Promise.all(Array.from({ length: 6 }, (_, w) => worker(w)));
      await new Promise((r) => setTimeout(r, 800));

      // "Restart": every backend of the database ends, and new connections are refused while it is down.
      await onServer(`ALTER DATABASE "${t.database.name}" ALLOW_CONNECTIONS false`);
      let health: request.Response;
      let back: number;
      try {
        await onServer(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${t.database.name}' AND pid <> pg_backend_pid()`);
        await new Promise((r) => setTimeout(r, 1500));
        health = await request(server).get('/health');
      } finally {
        await onServer(`ALTER DATABASE "${t.database.name}" ALLOW_CONNECTIONS true`);
        back = Date.now();
      }
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });

      // Back: the first request that succeeds after connections are possible again, within 5 s.
      let recovered = -1;
      while (Date.now() - back < 5000) {
        const res = await t.gql(`{ chains { id } }`, {}, { token: staff });
        if (!res.errors) {
          recovered = Date.now() - back;
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(recovered).toBeGreaterThanOrEqual(0);
      expect(recovered).toBeLessThan(5000);
      expect((await request(server).get('/health')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 500));
      stop = true;
      await load;

      // No 5xx, no INTERNAL: every failure is the typed, localised DATABASE_UNAVAILABLE, answered fast.
      const failed = outcomes.filter((o) => o.code);
      expect(failed.length).toBeGreaterThan(0);
      expect(outcomes.filter((o) => o.status >= 500)).toEqual([]);
      expect([...new Set(failed.map((o) => o.code))]).toEqual(['DATABASE_UNAVAILABLE']);
      expect([...new Set(failed.map((o) => o.message))].sort()).toEqual(['The database is unavailable right now; please try again later', '数据库暂时无法访问，请稍后再试']);
      expect(Math.max(...failed.map((o) => o.ms))).toBeLessThan(3000);
      expect(outcomes.filter((o) => !o.code && o.kind === 'write').length).toBeGreaterThan(0);

      // Every acknowledged write is there once; nothing is there that no request tried to write.
      const acknowledged = outcomes.filter((o) => o.kind === 'write' && o.id);
      const stored: Array<{ id: string; name: string }> = await t.db.query(`SELECT id, name FROM company WHERE name LIKE '成都重启负载%'`);
      const storedById = new Map(stored.map((c) => [c.id, c.name]));
      for (const w of acknowledged) expect([w.name, storedById.get(w.id ?? '')]).toEqual([w.name, w.name]);
      expect(stored.filter((c) => !attempted.has(c.name))).toEqual([]);
      expect(new Set(stored.map((c) => c.name)).size).toBe(stored.length);
    });
  });
});
