/**
 * "My work" benchmark: the page's query (`MyWork`, the web's own document) for a staff member who owns about 13,000
 * open leads, its answer's size and time, beside `{ __typename }` on the same server in the same run. A fresh database
 * on the real PostgreSQL gets the seed (the plan's facts, no demo) and the leads (deterministic: varied dates and
 * statuses, so that every list of the page has rows); the API of each checkout runs in its own process on it (see
 * tools/bench/api.ts), one request at a time, timed at the client.
 *
 * Run: npm run bench:mywork. BENCH_LEADS (default 14700, nine in ten open), BENCH_RUNS (30). BENCH_BASELINE_DIR measures an earlier
 * checkout (its own node_modules or a link to these) on the same database first, with its own `MyWork` document
 * (BENCH_BASELINE_RUNS runs, default 10). Creates and drops its own database.
 */
import 'reflect-metadata';
import { cpus, loadavg, totalmem } from 'os';
import { performance } from 'perf_hooks';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { districtDate } from '@chainboard/domain';
import { createTestDatabase, loadSeeds, readSeeds, seedsDir, workspaceRoot } from '@chainboard/server-database';
import { apiDescription, signIn, startApi, webDocument } from './api';
import { benchDataSourceOptions, SEED_STEPS } from './app-database';
import { writeSection } from './report';

const LEADS = Number(process.env['BENCH_LEADS'] ?? 14_700);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 30);
const BASELINE_DIR = process.env['BENCH_BASELINE_DIR'] ?? '';
const BASELINE_RUNS = Number(process.env['BENCH_BASELINE_RUNS'] ?? 10);
const BASELINE_LABEL = process.env['BENCH_BASELINE_LABEL'] ?? BASELINE_DIR;
const OWNER = 'staff.01';

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** One POST; answers its body's size in bytes and the parsed data. */
async function send(port: number, token: string, body: string): Promise<{ bytes: number; data: any }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const text = await res.text();
  const json = JSON.parse(text) as { data?: any; errors?: unknown };
  if (json.errors || !json.data) throw new Error(JSON.stringify(json.errors ?? json).slice(0, 500));
  return { bytes: Buffer.byteLength(text), data: json.data };
}

/**
 * `count` leads owned by the staff member, on the seed's chains in turn: nine in ten open (of the four open statuses),
 * the rest closed; created over the last 400 days; about a third contacted, a fifth assessed; next actions none, due
 * today, or within six weeks either side. Plus a thousand of the other staff member's, which the page must not count.
 */
async function addLeads(db: DataSource, today: string, count: number): Promise<{ open: number }> {
  const [owner] = await db.query(`SELECT id FROM app_user WHERE username = $1`, [OWNER]);
  const [other] = await db.query(`SELECT id FROM app_user WHERE username = 'staff.02'`);
  const chains: Array<{ id: string }> = await db.query(`SELECT id FROM industry_chain ORDER BY sort_order`);
  const insert = (ownerId: string, n: number, tag: string) =>
    db.query(
      `INSERT INTO lead (title, chain_id, owner_id, status, created_on, first_contact_on, assessed_on, last_contact_on, next_action, next_action_due, search_text)
       SELECT $4 || '-' || g,
              ($2::uuid[])[1 + g % array_length($2::uuid[], 1)],
              $1,
              CASE WHEN g % 10 = 9 THEN (ARRAY['CONVERTED','SHELVED','DROPPED'])[1 + g % 3] ELSE (ARRAY['NEW','CONTACTED','VISITED','NEGOTIATING'])[1 + g % 4] END,
              $3::date - (g * 7 % 400),
              CASE WHEN g % 3 = 0 THEN $3::date - (g * 7 % 400) END,
              CASE WHEN g % 5 = 0 THEN $3::date - (g * 7 % 400) END,
              CASE WHEN g % 3 = 0 THEN $3::date - (g * 3 % 60) END,
              CASE WHEN g % 6 <> 0 THEN '电话回访，确认投资意向与用地需求' END,
              CASE WHEN g % 6 = 0 THEN NULL WHEN g % 6 = 1 THEN $3::date ELSE $3::date + (g * 5 % 85) - 42 END,
              ''
         FROM generate_series(0, $5::int - 1) g`,
      [ownerId, chains.map((c) => c.id), today, tag, n],
    );
  await insert(owner.id, count, '招商线索');
  await insert(other.id, 1000, '其他线索');
  const [{ open }] = await db.query(`SELECT count(*)::int AS open FROM lead WHERE owner_id = $1 AND status IN ('NEW','CONTACTED','VISITED','NEGOTIATING')`, [owner.id]);
  return { open };
}

/** What an answer holds: the rows of its lists (each lead once, and its counts, where the API answers them). */
function describe(work: any): string {
  const lists = ['openLeads', 'dueToday', 'overdueNextActions', 'firstContactOverdue', 'assessmentOverdue', 'stale'];
  if (Array.isArray(work.openLeads)) {
    const rows = lists.reduce((n, k) => n + work[k].length, 0);
    return `${rows.toLocaleString('en')} lead rows (all ${work.openLeads.length.toLocaleString('en')} open leads, the other lists by id)`;
  }
  return `${work.leads.length} leads shown; counts: ${lists.map((k) => `${k} ${work[k].total.toLocaleString('en')}`).join(', ')}`;
}

async function main(): Promise<void> {
  Logger.overrideLogger(false);
  const root = workspaceRoot();
  const today = districtDate();
  const database = await createTestDatabase('chainboard_bench_mywork');
  try {
    let open: number;
    let version: string;
    const db = new DataSource(benchDataSourceOptions({ url: database.url, embedded: false }));
    await db.initialize();
    try {
      await db.runMigrations({ transaction: 'each' });
      await loadSeeds(db, readSeeds([...SEED_STEPS], seedsDir()), { demo: false });
      ({ open } = await addLeads(db, today, LEADS));
      [{ version }] = await db.query(`SELECT current_setting('server_version') AS version`);
      await db.query('ANALYZE');
      console.log(`${LEADS} leads of ${OWNER}, ${open} open, in ${database.name}`);
    } finally {
      await db.destroy();
    }

    interface Result {
      label: string;
      runs: number;
      times: number[];
      trivial: number[];
      bytes: number;
      answer: string;
    }
    const loadBefore = loadavg()[0];
    /** The page's query and `{ __typename }` in turn, on the API of `apiRoot` with that checkout's own document. */
    const measure = async (apiRoot: string, runs: number, label: string): Promise<Result> => {
      const api = await startApi(apiRoot, { DATABASE_URL: database.url }, { SEED_ON_START: 'false' });
      try {
        const token = await signIn(api.port, OWNER);
        const work = JSON.stringify({ query: webDocument(apiRoot, 'MyWork'), variables: {} });
        const trivial = JSON.stringify({ query: '{ __typename }' });
        const first = await send(api.port, token, work);
        for (let w = 0; w < 2; w++) await send(api.port, token, work);
        const result: Result = { label, runs, times: [], trivial: [], bytes: first.bytes, answer: describe(first.data.myWork) };
        for (let r = 0; r < runs; r++) {
          let t0 = performance.now();
          await send(api.port, token, trivial);
          result.trivial.push(performance.now() - t0);
          t0 = performance.now();
          await send(api.port, token, work);
          result.times.push(performance.now() - t0);
        }
        console.log(`${label}: ${first.bytes} bytes, p50 ${percentile(result.times, 50).toFixed(1)} ms; ${result.answer}`);
        return result;
      } finally {
        await api.stop();
      }
    };
    const results: Result[] = [];
    if (BASELINE_DIR) results.push(await measure(BASELINE_DIR, BASELINE_RUNS, `before (${BASELINE_LABEL})`));
    results.push(await measure(root, RUNS, 'after (this checkout)'));
    const loadAfter = loadavg()[0];

    const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
    const kb = (n: number) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(2)} MB` : `${(n / 1000).toFixed(1)} kB`);
    const rows = [
      '| checkout | answer | response size | runs | p50 (ms) | p95 (ms) | max (ms) | `{ __typename }` p50 (ms) | p50 ÷ `{ __typename }` p50 |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...results.map((r) => {
        const p50 = percentile(r.times, 50);
        const base = percentile(r.trivial, 50);
        return `| ${r.label} | ${r.answer} | ${kb(r.bytes)} | ${r.runs} | ${fmt(p50)} | ${fmt(percentile(r.times, 95))} | ${fmt(Math.max(...r.times))} | ${fmt(base)} | ${(p50 / base).toFixed(0)} |`;
      }),
    ];
    const [before, after] = results.length === 2 ? results : [null, results[0]];
    const ratio = before
      ? `\nBefore ÷ after, same database and run: response size ${(before.bytes / after.bytes).toFixed(0)}×, p50 ${(percentile(before.times, 50) / percentile(after.times, 50)).toFixed(0)}×.\n`
      : '';
    const cpu = cpus();
    writeSection(
      'mywork',
      `## "My work" for a staff member with ${open.toLocaleString('en')} open leads

- Date: ${today}; machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}; PostgreSQL ${version} (real server, 127.0.0.1);
  load average (1 min) ${loadBefore.toFixed(1)} when the measuring began, ${loadAfter.toFixed(1)} when it ended (the machine is shared).
- Data: the seed's plan facts (no demo) and ${LEADS.toLocaleString('en')} leads of \`${OWNER}\` (${open.toLocaleString('en')} open; created over 400 days, a third contacted,
  next actions due within six weeks either side), plus 1,000 of another staff member's; deterministic (tools/bench/mywork.ts).
- Measured: ${apiDescription()} of each checkout, in its own process on that database; the web's own \`MyWork\` document of each checkout, signed in as \`${OWNER}\`;
  one request at a time, wall time at the client, after 3 warm-up requests, each run beside \`{ __typename }\`.
- Command: \`npm run bench:mywork\` (\`BENCH_LEADS\`, \`BENCH_RUNS\`; \`BENCH_BASELINE_DIR\` measures an earlier checkout on the same database first,
  \`BENCH_BASELINE_RUNS\` runs). It creates and drops its own database.${before ? `\n- Before: ${BASELINE_LABEL}, which answered every open lead at once.` : ''}
- After: each list answers its count (one SQL aggregate over the owner's open leads) and its first 20 rows, next action due first; the page links
  each longer list to the lead table with the same filter, paged on the server.

${rows.join('\n')}
${ratio}`,
    );
    console.log('wrote the mywork section of BENCHMARKS.md');
  } finally {
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
