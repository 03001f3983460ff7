/**
 * The company, lead and prospect tables on seed:large data (`npm run bench:tables`): one request at a time, the web's
 * own documents (`Companies`, `Leads`, `Prospects` of libs/web) at 10 and 100 rows, timed at the client, and the SQL
 * statements the API sent for each (counted in its process by tools/bench/statement-counter.js).
 *
 * The database: BENCH_DATABASE_URL when set (filled by `npm run seed:large` and left as it is), else a new one on
 * TEST_DATABASE_SERVER_URL filled by seed:large's loader and dropped afterwards. BENCH_BASELINE_DIR measures an earlier
 * checkout on the same database in the same run, first. BENCH_RUNS (default 20) timed runs of each after 3 warm-up runs.
 * Writes the tables section of BENCHMARKS.md.
 */
import 'reflect-metadata';
import { randomBytes } from 'crypto';
import { cpus, loadavg, totalmem } from 'os';
import { Agent } from 'http';
import { Client } from 'pg';
import { TEST_SERVER_URL, workspaceRoot } from '@chainboard/server-database';
import { Api, apiDescription, post, signIn, startApi, webDocument } from './api';
import { writeSection } from './report';
import { largeShapeFromEnv, seedLarge } from './seed-large';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 20);
const WARM_UP = 3;
const BASELINE_DIR = process.env['BENCH_BASELINE_DIR'] ?? '';
const BASELINE_LABEL = process.env['BENCH_BASELINE_LABEL'] ?? BASELINE_DIR;
const USER = process.env['BENCH_USER'] ?? 'staff.01';
/** A word found in most company names (the issue's "filtered by a common word"). */
const COMMON_WORD = '有限公司';

interface Case {
  label: string;
  operation: 'Companies' | 'Leads' | 'Prospects';
  input: (limit: number) => Record<string, unknown>;
}

interface Row {
  label: string;
  limit: number;
  p50: number;
  p95: number;
  statements: number;
  total: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

async function measure(root: string, url: string, cases: Case[], label: string): Promise<{ rows: Row[]; trivial: number }> {
  console.log(`measuring ${label} …`);
  const api: Api = await startApi(root, { DATABASE_URL: url }, { SEED_ON_START: 'false' }, { countStatements: true });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const token = await signIn(api.port, USER);
    const send = async (body: string) => {
      const res = await post(agent, api.port, body, token);
      const parsed = JSON.parse(res.body);
      if (res.status !== 200 || parsed.errors) throw new Error(`${label}: ${res.body.slice(0, 400)}`);
      return parsed.data;
    };
    const time = async (body: string) => {
      for (let i = 0; i < WARM_UP; i++) await send(body);
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        await send(body);
        ms.push(performance.now() - start);
      }
      return ms.sort((a, b) => a - b);
    };
    const trivial = percentile(await time(JSON.stringify({ query: '{ __typename }' })), 50);
    const rows: Row[] = [];
    for (const c of cases) {
      const query = webDocument(root, c.operation);
      for (const limit of [10, 100]) {
        const body = JSON.stringify({ query, variables: { input: c.input(limit) } });
        const ms = await time(body);
        // Statements of one request: the fewest seen over three (nothing else talks to this API).
        let statements = Infinity;
        let page: { total: number; totalCapped?: boolean; items: unknown[] } | null = null;
        for (let i = 0; i < 3; i++) {
          const before = await api.statements();
          const data = await send(body);
          statements = Math.min(statements, (await api.statements()) - before);
          page = Object.values(data)[0] as typeof page;
        }
        const total = `${page!.items.length} of ${page!.total.toLocaleString('en')}${page!.totalCapped ? '+' : ''}`;
        rows.push({ label: c.label, limit, p50: percentile(ms, 50), p95: percentile(ms, 95), statements, total });
        console.log(`  ${c.label} × ${limit}: p50 ${fmt(percentile(ms, 50))} ms, p95 ${fmt(percentile(ms, 95))} ms, ${statements} statements, ${total}`);
      }
    }
    return { rows, trivial };
  } finally {
    agent.destroy();
    await api.stop();
  }
}

async function main(): Promise<void> {
  const root = workspaceRoot();
  let url = process.env['BENCH_DATABASE_URL'] ?? '';
  let dropName = '';
  const server = new URL(process.env['TEST_DATABASE_SERVER_URL'] ?? TEST_SERVER_URL);
  if (!url) {
    dropName = `chainboard_bench_tables_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${dropName}"`);
    await admin.end();
    url = Object.assign(new URL(server.toString()), { pathname: `/${dropName}` }).toString();
    console.log(`filling ${dropName} with seed:large data …`);
    await seedLarge(url, largeShapeFromEnv(), (line) => console.log(line));
  }
  const load = [loadavg()[0]];
  try {
    const db = new Client({ connectionString: url });
    await db.connect();
    const [{ id: chainId, code }] = (
      await db.query(
        `SELECT c.id, c.code FROM prospect p JOIN chain_segment s ON s.id = p.segment_id JOIN chain_map m ON m.id = s.map_id JOIN industry_chain c ON c.id = m.chain_id
          GROUP BY c.id, c.code ORDER BY count(*) DESC LIMIT 1`,
      )
    ).rows;
    const counts = (await db.query(`SELECT (SELECT count(*) FROM company)::int AS companies, (SELECT count(*) FROM lead)::int AS leads, (SELECT count(*) FROM interaction)::int AS contacts, (SELECT count(*) FROM prospect)::int AS prospects`)).rows[0];
    await db.end();
    const cases: Case[] = [
      { label: 'company table', operation: 'Companies', input: (limit) => ({ limit, offset: 0 }) },
      { label: `company table, names containing ${COMMON_WORD}`, operation: 'Companies', input: (limit) => ({ limit, offset: 0, query: COMMON_WORD }) },
      { label: 'lead table', operation: 'Leads', input: (limit) => ({ limit, offset: 0 }) },
      { label: `prospects of ${code}`, operation: 'Prospects', input: (limit) => ({ limit, offset: 0, chainId }) },
    ];
    const before = BASELINE_DIR ? await measure(BASELINE_DIR, url, cases, `baseline ${BASELINE_LABEL}`) : null;
    const after = await measure(root, url, cases, 'this checkout');
    load.push(loadavg()[0]);

    const table = (m: { rows: Row[]; trivial: number }, base: { rows: Row[]; trivial: number } | null) => {
      const head = base
        ? '| list | rows | answer (before → after) | before: p50 (ms) | before: p95 (ms) | before: statements | p50 (ms) | p95 (ms) | statements | p50 before ÷ after |\n| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
        : '| list | rows | answer | p50 (ms) | p95 (ms) | statements |\n| --- | ---: | --- | ---: | ---: | ---: |';
      const lines = m.rows.map((r, i) => {
        const b = base?.rows[i];
        return b
          ? `| ${r.label} | ${r.limit} | ${b.total} → ${r.total} | ${fmt(b.p50)} | ${fmt(b.p95)} | ${b.statements} | **${fmt(r.p50)}** | ${fmt(r.p95)} | **${r.statements}** | ${(b.p50 / r.p50).toFixed(1)}× |`
          : `| ${r.label} | ${r.limit} | ${r.total} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${r.statements} |`;
      });
      return [head, ...lines].join('\n');
    };
    const equalStatements = (m: { rows: Row[] }) =>
      cases.map((c) => {
        const [ten, hundred] = m.rows.filter((r) => r.label === c.label);
        return `${c.label} ${ten.statements} and ${hundred.statements}${ten.statements === hundred.statements ? '' : ' (differ)'}`;
      });
    const body = `## Company, lead and prospect tables: one request at 10 and 100 rows, before and after capped totals

- Date: ${new Date().toISOString().slice(0, 10)}; machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}; PostgreSQL at ${server.host};
  load average (1 min) ${load[0].toFixed(1)} when the measuring began, ${load[1].toFixed(1)} when it ended (the machine is shared).
- Data: seed:large (${counts.companies.toLocaleString('en')} companies, ${counts.leads.toLocaleString('en')} leads, ${counts.contacts.toLocaleString('en')} contacts, ${counts.prospects.toLocaleString('en')} prospects).
- Measured: ${apiDescription()}, signed in as \`${USER}\`; the web's own documents (\`Companies\`, \`Leads\`, \`Prospects\` of each checkout's libs/web) at 10
  and 100 rows, first page, the web's default sort; one request at a time, wall time at the client, ${RUNS} runs after ${WARM_UP} warm-up runs;
  SQL statements per request counted in the API's process. \`{ __typename }\` p50 on the same server: ${before ? `${fmt(before.trivial)} ms before, ` : ''}${fmt(after.trivial)} ms${before ? ' after' : ''}.
- Command: \`flock /tmp/chainboard-bench.lock npm run bench:tables\` (\`BENCH_DATABASE_URL\` for a database seed:large filled, else it fills and drops
  its own; \`BENCH_BASELINE_DIR\` measures an earlier checkout first on the same database; \`BENCH_RUNS\`).${before ? `\n- Before: ${BASELINE_LABEL}, measured in the same run on the same database just before.` : ''}

${table(after, before)}

Statements per request at 10 and 100 rows: ${equalStatements(after).join('; ')}.${before ? ` Before: ${equalStatements(before).join('; ')}.` : ''}

What changed: a table's total is counted only up to 1,000 rows past the page unless the user asks for the exact count
(\`exactTotal\`; the web shows "共 1,000+ 条" with a 精确计数 link, and the pages go on past the cap, the count reaching further
as they do); a page that is not full tells its total without a statement. Counting every matching row cost as much as
reading them (a \`count(*)\` over 80,000–100,000 companies on every page). The company table's open leads and latest
contact come from one statement for the page (a count and a max per company) instead of reading every lead and every
contact of the page's companies as entities and counting them in the API. The lead table's default order (newest first)
has an index over the live leads (\`lead_table_order\`, migration 1765700000000): the page is read from it instead of
sorting every lead. Results are the same (apps/api/test/tables.spec.ts compares the pages with and without the exact
total against every row read page by page, and the open leads and latest contact against each company's leads and contacts).`;
    writeSection('tables', body);
    console.log(body);
  } finally {
    if (dropName) {
      const admin = new Client({ connectionString: server.toString() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${dropName}" WITH (FORCE)`);
      await admin.end();
    }
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
