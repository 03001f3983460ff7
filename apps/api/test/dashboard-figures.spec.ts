import { CountableProject, countProjects, FundsKind, PLAN_PERIOD, PROJECT_TYPES, ProjectStage, ProjectType } from '@chainboard/domain';
import { CLOCK, SystemClock } from '@chainboard/server-core';
import { CountersAsk, ProjectCounters, ProjectFiguresService } from '@chainboard/server-projects';
import { TestApp } from './harness';

/** A small deterministic generator (mulberry32), so that a failure names data that can be built again. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)];
  return { next, int, pick };
}

/** The entry of a map that must be there. */
function entry<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`no entry for ${String(key)}`);
  return value;
}

const day = (from: string, days: number) => {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The dashboard's and the ranking's counters are one SQL statement (ProjectFiguresService.counters); the rule is
 * countProjects of libs/domain. On varied records (tiers at their bounds, backdated and repeated signings, drops on the
 * asked days, funds of both kinds around every date asked, demo and deleted projects, several chains), the statement
 * answers what the rule counts from the same rows, for every ask, scope and grouping.
 */
describe("the dashboard's counters statement", () => {
  let t: TestApp;
  let figures: ProjectFiguresService;
  let chainIds: string[];

  beforeAll(async () => {
    t = await TestApp.start();
    t.app.get<SystemClock>(CLOCK).pin('2026-03-31T10:00:00+08:00');
    figures = t.app.get(ProjectFiguresService);
    chainIds = (await t.db.query(`SELECT id FROM industry_chain ORDER BY sort_order`)).map((c: { id: string }) => c.id);
    const g = generator(20251231);
    const amounts = [null, '0', '0.5', '0.9999', '1', '9.9999', '10', '10.0001', '29.9999', '30', '30.0001', '45.25', '120'];
    const projects: Array<Record<string, unknown>> = [];
    const logs: Array<Record<string, unknown>> = [];
    const funds: Array<Record<string, unknown>> = [];
    for (let i = 0; i < 400; i++) {
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      projects.push({
        id,
        name: `计数核对项目${i}`,
        chain_id: g.pick(chainIds),
        type: g.next() < 0.6 ? ProjectType.INDUSTRIALISATION : g.pick(PROJECT_TYPES),
        agreed_investment: g.pick(amounts),
        is_demo: g.next() < 0.15,
        deleted_at: g.next() < 0.05 ? '2026-01-01T00:00:00Z' : null,
      });
      const created = day('2020-06-01', g.int(1800));
      logs.push({ project_id: id, to_stage: ProjectStage.NEGOTIATING, effective_on: created });
      if (g.next() < 0.2) continue; // never signed
      // Signed on a day, at times backdated before a later SIGNED move (the first one counts).
      const signed = g.next() < 0.3 ? g.pick(['2020-12-31', '2021-01-01', '2025-12-31', '2026-01-01', '2026-03-01', '2026-03-31']) : day(created, g.int(300));
      logs.push({ project_id: id, to_stage: ProjectStage.SIGNED, effective_on: signed });
      if (g.next() < 0.1) logs.push({ project_id: id, to_stage: ProjectStage.SIGNED, effective_on: day(signed, 1 + g.int(90)) });
      if (g.next() < 0.25) logs.push({ project_id: id, to_stage: ProjectStage.DROPPED, effective_on: g.next() < 0.3 ? g.pick(['2025-12-31', '2026-01-01', '2026-03-31']) : day(signed, g.int(400)) });
      for (let f = g.int(4); f > 0; f--) {
        funds.push({
          project_id: id,
          amount: `${g.int(20)}.${String(g.int(10000)).padStart(4, '0')}`,
          received_on: g.next() < 0.3 ? g.pick(['2020-12-31', '2021-01-01', '2025-12-31', '2026-01-01', '2026-02-28', '2026-03-01', '2026-03-31']) : day(signed, g.int(500) - 60),
          kind: g.pick([FundsKind.DOMESTIC, FundsKind.FOREIGN]),
        });
      }
    }
    await t.db.query(
      `INSERT INTO project (id, name, chain_id, type, agreed_investment, is_demo, deleted_at)
       SELECT id, name, chain_id, type, agreed_investment, is_demo, deleted_at FROM jsonb_to_recordset($1::jsonb)
           AS x(id uuid, name text, chain_id uuid, type text, agreed_investment numeric, is_demo boolean, deleted_at timestamptz)`,
      [JSON.stringify(projects)],
    );
    await t.db.query(
      `INSERT INTO project_stage_log (project_id, to_stage, effective_on) SELECT project_id, to_stage, effective_on FROM jsonb_to_recordset($1::jsonb) AS x(project_id uuid, to_stage text, effective_on date)`,
      [JSON.stringify(logs)],
    );
    await t.db.query(
      `INSERT INTO project_funds (project_id, amount, received_on, kind) SELECT project_id, amount, received_on, kind FROM jsonb_to_recordset($1::jsonb) AS x(project_id uuid, amount numeric, received_on date, kind text)`,
      [JSON.stringify(funds)],
    );
  });
  afterAll(() => t.close());

  /** Every project with its facts as the domain counts them, read plainly from the tables. */
  async function countable(): Promise<Array<CountableProject & { chainId: string; isDemo: boolean; deleted: boolean }>> {
    const rows: Array<{ id: string; chain_id: string; type: ProjectType; agreed: string | null; is_demo: boolean; deleted: boolean; signed_on: string | null; dropped_on: string | null }> =
      await t.db.query(
        `SELECT p.id, p.chain_id, p.type, p.agreed_investment::text AS agreed, p.is_demo, p.deleted_at IS NOT NULL AS deleted,
                (SELECT min(l.effective_on)::text FROM project_stage_log l WHERE l.project_id = p.id AND l.to_stage = 'SIGNED') AS signed_on,
                (SELECT min(l.effective_on)::text FROM project_stage_log l WHERE l.project_id = p.id AND l.to_stage = 'DROPPED') AS dropped_on
           FROM project p`,
      );
    const funds: Array<{ project_id: string; amount: string; received_on: string; kind: FundsKind }> = await t.db.query(
      `SELECT project_id, amount::text AS amount, received_on::text AS received_on, kind FROM project_funds`,
    );
    return rows.map((r) => ({
      type: r.type,
      agreedInvestment: r.agreed,
      signedOn: r.signed_on,
      droppedOn: r.dropped_on,
      fundsInPlace: funds.filter((f) => f.project_id === r.id).map((f) => ({ amount: f.amount, receivedOn: f.received_on, kind: f.kind })),
      chainId: r.chain_id,
      isDemo: r.is_demo,
      deleted: r.deleted,
    }));
  }

  const ASKS: CountersAsk[] = [
    { asOf: '2026-03-31' },
    { asOf: '2026-03-31', from: null },
    { asOf: '2026-03-31', from: '2026-03-01' },
    { asOf: '2026-02-28', from: null },
    { asOf: '2026-03-31', from: '2026-01-01' },
    { asOf: '2025-12-31', from: null },
    { asOf: '2025-12-31' },
    { asOf: '2026-01-01', from: '2026-01-01' },
    { asOf: '2021-01-01' },
    { asOf: '2020-12-31', from: null },
    { asOf: '2023-06-15', from: '2022-02-02' },
    { asOf: '2026-12-31' },
  ];

  const expected = (projects: Awaited<ReturnType<typeof countable>>, ask: CountersAsk) => {
    const c = countProjects(projects, ask.asOf, { from: ask.from === undefined ? PLAN_PERIOD.from : ask.from });
    return {
      signed: c.signed,
      industrialisation: c.industrialisation,
      tier30Plus: c.tier30Plus,
      tier10To30: c.tier10To30,
      signedAmount: c.signedAmount,
      fundsInPlace: c.fundsInPlace,
      fundsInPlaceDomestic: c.fundsInPlaceByKind.DOMESTIC,
      fundsInPlaceForeign: c.fundsInPlaceByKind.FOREIGN,
    };
  };
  const answered = (list: ProjectCounters[]) =>
    list.map(({ signed, industrialisation, tier30Plus, tier10To30, signedAmount, fundsInPlace, fundsInPlaceDomestic, fundsInPlaceForeign }) => ({
      signed,
      industrialisation,
      tier30Plus,
      tier10To30,
      signedAmount,
      fundsInPlace,
      fundsInPlaceDomestic,
      fundsInPlaceForeign,
    }));

  it('counts what countProjects counts, at every date asked, for the district with and without demo data', async () => {
    const all = (await countable()).filter((p) => !p.deleted);
    for (const includeDemo of [true, false]) {
      const scope = all.filter((p) => includeDemo || !p.isDemo);
      const got = entry(await figures.counters({ includeDemo, asks: ASKS }), null);
      expect(answered(got)).toEqual(ASKS.map((a) => expected(scope, a)));
    }
    // The data is varied enough to tell: projects counted and not, tiers, drops and funds of both kinds all occur.
    const [today] = answered(entry(await figures.counters({ asks: [{ asOf: '2026-03-31', from: null }] }), null));
    expect(today.signed).toBeGreaterThan(100);
    expect(today.tier30Plus).toBeGreaterThan(5);
    expect(today.tier10To30).toBeGreaterThan(5);
    expect(Number(today.fundsInPlaceDomestic)).toBeGreaterThan(0);
    expect(Number(today.fundsInPlaceForeign)).toBeGreaterThan(0);
    expect(all.filter((p) => p.droppedOn && p.signedOn && p.droppedOn <= '2026-03-31').length).toBeGreaterThan(20);
  });

  it('counts one chain, and every chain at once, as countProjects counts each', async () => {
    const all = (await countable()).filter((p) => !p.deleted);
    const one = entry(await figures.counters({ chainIds: [chainIds[0]], asks: ASKS }), null);
    expect(one.every((c) => c.chainId === chainIds[0])).toBe(true);
    expect(answered(one)).toEqual(ASKS.map((a) => expected(all.filter((p) => p.chainId === chainIds[0]), a)));

    const byChain = await figures.counters({ chainIds, includeDemo: false, asks: ASKS, byChain: true });
    expect([...byChain.keys()].sort()).toEqual([...chainIds].sort());
    for (const chainId of chainIds) {
      expect(answered(entry(byChain, chainId))).toEqual(ASKS.map((a) => expected(all.filter((p) => p.chainId === chainId && !p.isDemo), a)));
    }
  });

  it('keeps each project\'s signing and dropping dates on its row as its stage log has them, through inserts, changes and removals, without an audit entry', async () => {
    const onRows = async () =>
      (await t.db.query(`SELECT id, log_signed_on::text AS signed, log_dropped_on::text AS dropped FROM project ORDER BY id`)) as Array<{ id: string; signed: string | null; dropped: string | null }>;
    const fromLog = async () =>
      (await t.db.query(
        `SELECT p.id,
                (SELECT min(l.effective_on)::text FROM project_stage_log l WHERE l.project_id = p.id AND l.to_stage = 'SIGNED') AS signed,
                (SELECT min(l.effective_on)::text FROM project_stage_log l WHERE l.project_id = p.id AND l.to_stage = 'DROPPED') AS dropped
           FROM project p ORDER BY p.id`,
      )) as Array<{ id: string; signed: string | null; dropped: string | null }>;
    const before = await onRows();
    expect(before).toEqual(await fromLog());
    expect(before.filter((r) => r.signed).length).toBeGreaterThan(250);
    expect(before.filter((r) => r.dropped).length).toBeGreaterThan(50);

    const audited = async () => Number((await t.db.query(`SELECT count(*) AS n FROM audit_entry WHERE entity_type = 'project'`))[0].n);
    const entries = await audited();
    await t.db.transaction(async (m) => {
      // A signing moved earlier and one later, a drop taken back, a move turned into a drop, a new signing, a project's log emptied.
      await m.query(`UPDATE project_stage_log SET effective_on = effective_on - 40 WHERE id IN (SELECT id FROM project_stage_log WHERE to_stage = 'SIGNED' ORDER BY id LIMIT 30)`);
      await m.query(`UPDATE project_stage_log SET effective_on = effective_on + 500 WHERE id IN (SELECT id FROM project_stage_log WHERE to_stage = 'SIGNED' ORDER BY id DESC LIMIT 30)`);
      await m.query(`DELETE FROM project_stage_log WHERE id IN (SELECT id FROM project_stage_log WHERE to_stage = 'DROPPED' ORDER BY id LIMIT 20)`);
      await m.query(`UPDATE project_stage_log SET to_stage = 'DROPPED' WHERE id IN (SELECT id FROM project_stage_log WHERE to_stage = 'NEGOTIATING' ORDER BY id LIMIT 10)`);
      await m.query(`INSERT INTO project_stage_log (project_id, to_stage, effective_on) SELECT id, 'SIGNED', DATE '2026-02-02' FROM project ORDER BY id DESC LIMIT 15`);
      await m.query(`DELETE FROM project_stage_log WHERE project_id = (SELECT project_id FROM project_stage_log WHERE to_stage = 'SIGNED' ORDER BY id LIMIT 1)`);
    });
    const after = await onRows();
    expect(after).toEqual(await fromLog());
    expect(after.filter((r, i) => r.signed !== before[i].signed).length).toBeGreaterThan(40);
    expect(after.filter((r, i) => r.dropped !== before[i].dropped).length).toBeGreaterThan(20);
    // Derived bookkeeping: keeping them writes no audit entry of the project.
    expect(await audited()).toBe(entries);
    // …and the counters follow the log as it now stands.
    const all = (await countable()).filter((p) => !p.deleted);
    expect(answered(entry(await figures.counters({ asks: ASKS }), null))).toEqual(ASKS.map((a) => expected(all, a)));
  });

  it('refuses a start after the day asked, and answers zeros for a chain without records', async () => {
    await expect(figures.counters({ asks: [{ asOf: '2026-01-01', from: '2026-02-01' }] })).rejects.toMatchObject({ message: expect.any(String) });
    const none = entry(await figures.counters({ chainIds: ['00000000-0000-4000-8000-999999999999'], asks: ASKS.slice(0, 2) }), null);
    expect(answered(none)).toEqual(ASKS.slice(0, 2).map(() => expected([], { asOf: '2026-03-31' })));
  });
});
