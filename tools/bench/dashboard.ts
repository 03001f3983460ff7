/**
 * Dashboard benchmark: the queries of the leaders' dashboard (驾驶舱) and of the monthly ranking over 10,000 projects
 * (target p95 ≤ 100 ms per query), beside `{ __typename }` on the same server in the same run. A fresh database on the
 * real PostgreSQL gets the seed (the plan's facts, its indicators and places; no demo), the deterministic synthetic
 * pipeline of tools/bench/synthetic-pipeline.ts (10,000 projects over five years, with stage moves, updates, funds,
 * milestones and issues) and a month of lead activity (interactions by the staff); the API runs in its own process on
 * it, built (tools/bench/api.ts; BENCH_API_FROM_SOURCE=1 runs it from source). The documents are those the web sends (libs/web/dashboard), one request at a
 * time, timed at the client.
 *
 * Run: npm run bench:dashboard. BENCH_PROJECTS (default 10000), BENCH_YEARS (5), BENCH_RUNS (per query, 60).
 * Creates and drops its own database.
 */
import 'reflect-metadata';
import { cpus, loadavg, totalmem } from 'os';
import { performance } from 'perf_hooks';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { districtDate } from '@chainboard/domain';
import { createTestDatabase, loadSeeds, readSeeds, seedsDir, workspaceRoot } from '@chainboard/server-database';
import { placesSeed } from '@chainboard/server-places';
import { targetsSeed } from '@chainboard/server-targets';
import { apiDescription, signIn, startApi, webDocument } from './api';
import { benchDataSourceOptions, SEED_STEPS } from './app-database';
import { writeSection } from './report';
import { loadSyntheticPipeline, PipelineCounts } from './synthetic-pipeline';

const PROJECTS = Number(process.env['BENCH_PROJECTS'] ?? 10_000);
const YEARS = Number(process.env['BENCH_YEARS'] ?? 5);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 60);
const TARGET_MS = 100;
/** An earlier checkout (its own node_modules or a link to these) measured on the same database first, as the baseline. */
const BASELINE_DIR = process.env['BENCH_BASELINE_DIR'] ?? '';
const BASELINE_RUNS = Number(process.env['BENCH_BASELINE_RUNS'] ?? 10);
const BASELINE_LABEL = process.env['BENCH_BASELINE_LABEL'] ?? BASELINE_DIR;

interface Case {
  name: string;
  /** The requests sent together (the page's queries at once); one for a single query. */
  bodies: string[];
  token: 'admin' | 'leader';
  /** Counted against the target (the queries the dashboard and the ranking page send). */
  target: boolean;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function send(port: number, token: string, body: string): Promise<any> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const json = (await res.json()) as { data?: any; errors?: unknown };
  if (json.errors || !json.data) throw new Error(JSON.stringify(json.errors ?? json).slice(0, 500));
  return json.data;
}

/** Interactions this month by the staff accounts, on companies and on their leads, so that lead activity has rows to count. */
async function addLeadActivity(db: DataSource, today: string): Promise<number> {
  const staff: Array<{ id: string }> = await db.query(`SELECT id FROM app_user WHERE role IN ('INVESTMENT_STAFF', 'CHAIN_LEADER') ORDER BY username`);
  const companies: Array<{ id: string }> = await db.query(`SELECT id FROM company ORDER BY id LIMIT 2000`);
  if (!staff.length || !companies.length) return 0;
  const monthStart = `${today.slice(0, 8)}01`;
  const [{ n }] = await db.query(
    `WITH s AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS n FROM unnest($1::uuid[]) AS id),
          c AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS n FROM unnest($2::uuid[]) AS id),
          made AS (
            INSERT INTO interaction (company_id, type, occurred_on, summary, created_by_id)
            SELECT c.id, 'VISIT_OUT', $3::date + ((g % GREATEST(1, ($4::date - $3::date) + 1)))::int, '走访企业', s.id
              FROM generate_series(0, 2999) g
              JOIN c ON c.k = g % c.n
              JOIN s ON s.k = g % s.n
            RETURNING 1)
     SELECT count(*)::int AS n FROM made`,
    [staff.map((x) => x.id), companies.map((x) => x.id), monthStart, today],
  );
  return n;
}

async function main(): Promise<void> {
  Logger.overrideLogger(false);
  const root = workspaceRoot();
  const today = districtDate();
  const month = today.slice(0, 7);
  const database = await createTestDatabase('chainboard_bench_dashboard');
  let counts: PipelineCounts;
  let interactions: number;
  let version: string;
  let leader: { username: string; chainId: string; chain: string };
  try {
    const db = new DataSource(benchDataSourceOptions({ url: database.url, embedded: false }));
    await db.initialize();
    try {
      await db.runMigrations({ transaction: 'each' });
      await loadSeeds(db, readSeeds([...SEED_STEPS, targetsSeed, placesSeed], seedsDir()), { demo: false });
      console.log(`generating ${PROJECTS} projects over ${YEARS} years into ${database.name} …`);
      counts = await loadSyntheticPipeline(db, { projects: PROJECTS, years: YEARS, today });
      interactions = await addLeadActivity(db, today);
      console.log(`loaded in ${counts.seconds.toFixed(1)} s: ${JSON.stringify(counts)}; ${interactions} interactions this month`);
      [{ version }] = await db.query(`SELECT current_setting('server_version') AS version`);
      [leader] = await db.query(
        `SELECT u.username, c.id AS "chainId", c.name AS chain FROM industry_chain c JOIN app_user u ON u.id = c.leader_id WHERE u.role = 'CHAIN_LEADER' ORDER BY c.sort_order LIMIT 1`,
      );
      await db.query('ANALYZE');
    } finally {
      await db.destroy();
    }

    const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
    /** The cases with the web's documents of the checkout at `docRoot` (an earlier checkout is measured with its own). */
    const casesOf = (docRoot: string): Case[] => {
      const doc = (name: string) => {
        try {
          return webDocument(docRoot, name);
        } catch {
          return null;
        }
      };
      const dashboard = doc('Dashboard') as string;
      const funnel = doc('DashboardFunnel') as string;
      const ranking = doc('Ranking') as string;
      const chains = doc('CrmChains') as string;
      const users = doc('CrmUsers') as string;
      const openIssues = doc('DashboardOpenIssues');
      const districtPage = [body(dashboard, { asOf: today, chainId: null, includeDemo: true }), body(funnel, { input: { cardsPerColumn: 1 } }), body(chains), body(users)];
      const chainPage = [body(dashboard, { asOf: today, chainId: leader.chainId, includeDemo: true }), body(funnel, { input: { chainId: leader.chainId, cardsPerColumn: 1 } }), body(chains), body(users)];
      return [
        { name: '`{ __typename }`', bodies: [body('{ __typename }')], token: 'admin', target: false },
        { name: 'district dashboard (`Dashboard`)', bodies: [districtPage[0]], token: 'admin', target: true },
        { name: `chain dashboard (\`Dashboard\`, ${leader.chain}, as its leader)`, bodies: [chainPage[0]], token: 'leader', target: true },
        { name: 'district funnel (`DashboardFunnel`)', bodies: [districtPage[1]], token: 'admin', target: true },
        { name: 'chain funnel (`DashboardFunnel`)', bodies: [chainPage[1]], token: 'leader', target: true },
        { name: 'ranking of chains (`Ranking`, live month)', bodies: [body(ranking, { month, kind: 'CHAIN' })], token: 'admin', target: true },
        { name: 'ranking of lead departments (`Ranking`, live month)', bodies: [body(ranking, { month, kind: 'DEPARTMENT' })], token: 'admin', target: true },
        { name: 'the whole district dashboard page (its 4 queries at once)', bodies: districtPage, token: 'admin', target: true },
        { name: 'the whole chain dashboard page (its 4 queries at once)', bodies: chainPage, token: 'leader', target: true },
        // The open issues' drill-down, read when their list is opened (earlier checkouts sent them with the dashboard).
        ...(openIssues
          ? [{ name: 'open issues drill-down, district, first page (`DashboardOpenIssues`)', bodies: [body(openIssues, { asOf: today, chainId: null, offset: 0, limit: 20 })], token: 'admin' as const, target: true }]
          : []),
      ];
    };
    const all = casesOf(root);

    const loadBefore = loadavg()[0];
    const answers = new Map<string, string>();
    /** The cases in turn, round after round (a busy moment of the shared machine falls on all of them), on the API of `apiRoot`. */
    const measure = async (apiRoot: string, runs: number, label: string): Promise<Map<string, number[]>> => {
      const api = await startApi(apiRoot, { DATABASE_URL: database.url }, { SEED_ON_START: 'false' });
      const cases = casesOf(apiRoot);
      const results = new Map<string, number[]>(cases.map((c) => [c.name, []]));
      try {
        const tokens = { admin: await signIn(api.port, 'admin'), leader: await signIn(api.port, leader.username) };
        for (const c of cases) {
          const data = await Promise.all(c.bodies.map((b) => send(api.port, tokens[c.token], b)));
          const d = data[0];
          if (d.dashboard) {
            const lights = (l: 'red' | 'yellow') => d.dashboard[`${l}Projects`] ?? d.dashboard[`${l}ProjectIds`].length;
            answers.set(c.name, `${d.dashboard.counters.signed} signed, ${lights('red')} red, ${lights('yellow')} yellow, ${d.dashboard.issues.open} open issues, ${d.dashboard.leadActivity.length} staff active, ${d.dashboard.indicators.length} indicators`);
          } else if (d.projectBoard) {
            answers.set(c.name, `${d.projectBoard.columns.reduce((n: number, x: { count: number }) => n + x.count, 0)} projects in ${d.projectBoard.columns.length} stages`);
          } else if (d.ranking) {
            answers.set(c.name, `${d.ranking.lines.length} lines`);
          } else if (d.dashboardOpenIssues) {
            answers.set(c.name, `${d.dashboardOpenIssues.items.length} of ${d.dashboardOpenIssues.total} open issues`);
          }
          for (let w = 0; w < 3; w++) await Promise.all(c.bodies.map((b) => send(api.port, tokens[c.token], b)));
        }
        for (let r = 0; r < runs; r++) {
          for (const c of cases) {
            const t0 = performance.now();
            await Promise.all(c.bodies.map((b) => send(api.port, tokens[c.token], b)));
            results.get(c.name)!.push(performance.now() - t0);
          }
          if ((r + 1) % 10 === 0) console.log(`${label}: ${r + 1} of ${runs} rounds`);
        }
      } finally {
        await api.stop();
      }
      return results;
    };
    const baseline = BASELINE_DIR ? await measure(BASELINE_DIR, BASELINE_RUNS, `baseline ${BASELINE_DIR}`) : null;
    const results = await measure(root, RUNS, 'this checkout');
    const loadAfter = loadavg()[0];

    const base = percentile(results.get(all[0].name)!, 50);
    const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
    const rows = [
      `| query | answer |${baseline ? ' before: p50 (ms) | before: p95 (ms) |' : ''} p50 (ms) | p95 (ms) | max (ms) | p50 ÷ \`{ __typename }\` p50 | target p95 ≤ 100 ms |`,
      `| --- | --- |${baseline ? ' ---: | ---: |' : ''} ---: | ---: | ---: | ---: | --- |`,
    ];
    const missed: string[] = [];
    for (const c of all) {
      const xs = results.get(c.name)!;
      const p50 = percentile(xs, 50);
      const p95 = percentile(xs, 95);
      if (c.target && p95 > TARGET_MS) missed.push(c.name);
      const was = baseline?.get(c.name) ?? [];
      rows.push(`| ${c.name} | ${answers.get(c.name) ?? '—'} |${baseline ? (was.length ? ` ${fmt(percentile(was, 50))} | ${fmt(percentile(was, 95))} |` : ' — | — |') : ''} ${fmt(p50)} | ${fmt(p95)} | ${fmt(Math.max(...xs))} | ${c === all[0] ? '1' : (p50 / base).toFixed(1)} | ${c.target ? (p95 <= TARGET_MS ? 'met' : 'missed') : ''} |`);
      console.log(`${c.name}: p50 ${fmt(p50)} ms, p95 ${fmt(p95)} ms`);
    }
    const cpu = cpus();
    writeSection(
      'dashboard',
      `## Dashboard (驾驶舱) and monthly ranking: the page's queries at ${counts.projects.toLocaleString('en')} projects

- Date: ${today}; machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}; PostgreSQL ${version} (real server, 127.0.0.1);
  load average (1 min) ${loadBefore.toFixed(1)} when the measuring began, ${loadAfter.toFixed(1)} when it ended (the machine is shared).
- Data: the seed's plan facts (users, chains, maps, the plan's indicators, places and land; no demo), the synthetic pipeline (tools/bench/synthetic-pipeline.ts,
  seeded, deterministic): ${counts.projects.toLocaleString('en')} projects entered over ${YEARS} years with ${counts.stageLogs.toLocaleString('en')} stage moves, ${counts.updates.toLocaleString('en')} progress updates,
  ${counts.funds.toLocaleString('en')} funds-in-place entries, ${counts.milestones.toLocaleString('en')} milestones and ${counts.issues.toLocaleString('en')} coordination issues; and ${interactions.toLocaleString('en')} interactions by the staff this month.
- Measured: ${apiDescription()}, in its own process on that database; the web's own documents (libs/web/dashboard: \`Dashboard\`, \`DashboardFunnel\`,
  \`Ranking\`, and \`DashboardOpenIssues\` when the open issues' list is opened; the page also sends the CRM's \`CrmChains\` and \`CrmUsers\`; an earlier checkout is measured with its own documents), as of ${today}, signed in as \`admin\` (district) or as \`${leader.username}\`, the leader of ${leader.chain} (chain);
  one request at a time (a page row: its queries sent together, timed until the last answer), wall time at the client, ${RUNS} runs of each after 3 warm-up runs, the cases in turn.
- Command: \`npm run bench:dashboard\` (\`BENCH_PROJECTS\`, \`BENCH_YEARS\`, \`BENCH_RUNS\`; \`BENCH_BASELINE_DIR\` measures an earlier checkout on the same database first, \`BENCH_BASELINE_RUNS\` runs of each).
  It creates and drops its own database.${baseline ? `\n- Before: ${BASELINE_LABEL}, ${BASELINE_RUNS} runs of each on the same database and server, just before.` : ''}

${rows.join('\n')}

${missed.length ? `Missed the target: ${missed.join('; ')}.` : 'Every dashboard and ranking query met the target (p95 ≤ 100 ms).'}
`,
    );
    console.log('wrote the dashboard section of BENCHMARKS.md');
  } finally {
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
