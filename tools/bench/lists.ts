/**
 * List benchmark (`npm run bench:lists`): every list page of the web (companies, leads, prospects, the project ledger,
 * the kanban), search, a chain map and the dashboard, on the built API over a real PostgreSQL holding `npm run
 * seed:large` data, at 1, 10 and 50 connections (autocannon): requests per second, p50/p95/p99, each beside
 * `{ __typename }` on the same server and, for the list pages, the same rows read with a hand-written SELECT through
 * pg at as many connections, all in the same run. Also: SQL statements per request at page sizes 10 and 100 (counted
 * in the API's process by tools/bench/statement-counter.js), the API's RSS under load (sampled from /proc), and the
 * API's start-up time on the embedded database (a fresh EMBEDDED_DB_DIR: create, migrate, seed; then again on it).
 *
 * The requests are the web's own documents (read from libs/web), signed in as the staff member staff.01: the first
 * page of each table as it opens with no filter (50 rows), the kanban (20 cards a stage), the search page for a word
 * found in many names, the map page of the plan's first chain, the district dashboard of today.
 *
 * Run: npm run bench:lists (under flock /tmp/chainboard-bench.lock on a shared machine). BENCH_SECONDS (per case and
 * round, 3), BENCH_ROUNDS (3), BENCH_CONNECTIONS (1,10,50), BENCH_SEARCH_WORD (科技); the data's size as seed:large takes
 * it (SEED, LARGE_COMPANIES, …). It creates, fills and drops its own database; BENCH_DATABASE_URL uses one that
 * seed:large has already filled instead (kept); BENCH_EMBEDDED=0 leaves out the embedded start-up. BENCH_API_FROM_SOURCE=1 runs the API from source. Writes the
 * bench:lists section of BENCHMARKS.md (BENCH_REPORT=0 to leave it alone).
 */
import 'reflect-metadata';
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { cpus, loadavg, tmpdir, totalmem } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { districtDate } from '@chainboard/domain';
import { createTestDatabase, workspaceRoot } from '@chainboard/server-database';
import { Api, apiDescription, ensureApiBuilt, signIn, startApi, webDocument } from './api';
import { writeSection } from './report';
import { largeShapeFromEnv, seedLarge } from './seed-large';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 3);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const CONNECTIONS = (process.env['BENCH_CONNECTIONS'] ?? '1,10,50').split(',').map(Number);
const SEARCH_WORD = process.env['BENCH_SEARCH_WORD'] ?? '科技';
const STAFF = 'staff.01';
const SHARE_TARGET = 0.25;
const P95_TARGET_MS = 50;
const RSS_TARGET_MB = 400;
const OPEN_STATUSES = `('NEW','CONTACTED','VISITED','NEGOTIATING')`;

interface ApiCase {
  kind: 'api';
  name: string;
  /** The request body at a page size (the list pages), or the one body. */
  body: (pageSize?: number) => string;
  list?: boolean;
  /** What the answer holds, for the report. */
  describe?: (data: Record<string, any>) => string;
  /** The rows the answer shows, as its plain-SQL case keys them (to check that both read the same rows). */
  keys?: (data: Record<string, any>) => string[];
}

interface SqlCase {
  kind: 'sql';
  name: string;
  /** The list page whose rows it reads. */
  of: string;
  sql: string;
  /** A row's key, as the list page's `keys` gives it. */
  key: (row: Record<string, any>) => string;
  /** The keys compare sorted (the page's keys are sorted too). */
  sortKeys?: boolean;
}

type Case = ApiCase | SqlCase;

interface Run {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const summary = (latencies: number[], seconds: number): Run => {
  const s = [...latencies].sort((a, b) => a - b);
  return { rps: s.length / seconds, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), requests: s.length };
};

/** The same rows as the list pages show them, read with one hand-written SELECT each (no masking, no total). */
export const SQL = {
  companies: `SELECT c.id, c.name, c.english_name, c.aliases, c.credit_code, c.province, c.city, c.headquarters, c.is_listed, c.is_local, c.updated_at,
      (SELECT count(*) FROM lead l WHERE l.company_id = c.id AND l.deleted_at IS NULL AND l.status IN ${OPEN_STATUSES})::int AS open_lead_count,
      (SELECT max(i.occurred_on) FROM interaction i WHERE i.company_id = c.id) AS last_contact_on,
      (SELECT coalesce(json_agg(json_build_object('id', t.id, 'year', t.year, 'listId', t.list_id, 'name', cl.name, 'category', cl.category, 'level', cl.level)), '[]')
         FROM company_tag t JOIN company_list cl ON cl.id = t.list_id WHERE t.company_id = c.id) AS tags
    FROM company c WHERE c.deleted_at IS NULL ORDER BY c.name ASC NULLS LAST, c.id ASC LIMIT 50`,
  leads: `SELECT l.id, l.title, l.is_demo, l.confidential, l.code_name, l.status, l.source, l.created_on, l.next_action, l.next_action_due, l.intended_investment,
      l.first_contact_on, l.assessed_on, l.last_contact_on, l.updated_at, l.owner_id, ch.id AS chain_id, ch.name AS chain_name, c.id AS company_id, c.name AS company_name,
      u.display_name AS owner_name
    FROM lead l JOIN company c ON c.id = l.company_id LEFT JOIN industry_chain ch ON ch.id = l.chain_id LEFT JOIN app_user u ON u.id = l.owner_id
    WHERE l.deleted_at IS NULL ORDER BY l.created_on DESC NULLS LAST, l.created_at DESC, l.id ASC LIMIT 50`,
  prospects: `SELECT p.id, p.is_demo, p.priority, p.reason, p.company_id, p.segment_id, p.assignee_id, p.lead_id, c.name AS company_name, c.city, c.is_listed,
      n.name AS node_name, ch.id AS chain_id, ch.name AS chain_name, u.display_name AS assignee_name, l.title AS lead_title, l.status AS lead_status, l.confidential AS lead_confidential
    FROM (SELECT * FROM prospect ORDER BY array_position(ARRAY['HIGH','MEDIUM','LOW']::varchar[], priority), created_at DESC, id ASC LIMIT 50) p
      JOIN chain_segment n ON n.id = p.segment_id JOIN chain_map m ON m.id = n.map_id JOIN industry_chain ch ON ch.id = m.chain_id
      JOIN company c ON c.id = p.company_id LEFT JOIN app_user u ON u.id = p.assignee_id LEFT JOIN lead l ON l.id = p.lead_id
    ORDER BY array_position(ARRAY['HIGH','MEDIUM','LOW']::varchar[], p.priority), p.created_at DESC, p.id ASC`,
  projects: `SELECT p.id, p.name, p.confidential, p.code_name, p.is_demo, p.type, p.stage, p.stage_on, p.agreed_investment, p.version, p.signed_on, p.created_on, p.last_update_on,
      ch.id AS chain_id, ch.name AS chain_name, c.id AS company_id, c.name AS company_name, c.credit_code, o.display_name AS owner_name,
      rl.display_name AS responsible_leader_name, ru.name AS responsible_unit_name,
      (SELECT coalesce(sum(f.amount), 0) FROM project_funds f WHERE f.project_id = p.id) AS funds_in_place,
      (SELECT count(*) FROM coordination_issue i WHERE i.project_id = p.id AND i.status <> 'CLOSED')::int AS open_issue_count,
      (SELECT coalesce(json_agg(json_build_object('id', n.id, 'name', n.name)), '[]') FROM project_chain_node pn JOIN chain_segment n ON n.id = pn.segment_id WHERE pn.project_id = p.id) AS nodes,
      (SELECT json_build_object('id', u.id, 'text', u.text, 'createdOn', u.created_on) FROM project_update u WHERE u.project_id = p.id ORDER BY u.created_at DESC LIMIT 1) AS latest_update
    FROM project p LEFT JOIN company c ON c.id = p.company_id LEFT JOIN industry_chain ch ON ch.id = p.chain_id LEFT JOIN app_user o ON o.id = p.owner_id
      LEFT JOIN app_user rl ON rl.id = p.responsible_leader_id LEFT JOIN department ru ON ru.id = p.responsible_unit_id
    WHERE p.deleted_at IS NULL ORDER BY p.updated_at DESC NULLS LAST, p.created_at DESC, p.id ASC LIMIT 50`,
  board: `WITH columns AS (SELECT stage, count(*)::int AS count, sum(agreed_investment) AS total FROM project WHERE deleted_at IS NULL GROUP BY stage)
    SELECT k.*, row_number() OVER (PARTITION BY k.stage ORDER BY k.stage_on DESC NULLS LAST, k.updated_at DESC, k.id) AS n, col.count, col.total,
      ch.name AS chain_name, c.name AS company_name, c.credit_code, o.display_name AS owner_name
    FROM columns col CROSS JOIN LATERAL (
        SELECT p.id, p.name, p.confidential, p.code_name, p.is_demo, p.type, p.stage, p.stage_on, p.updated_at, p.agreed_investment, p.version, p.chain_id, p.company_id, p.owner_id
        FROM project p WHERE p.deleted_at IS NULL AND p.stage = col.stage ORDER BY p.stage_on DESC NULLS LAST, p.updated_at DESC, p.id LIMIT 20) k
      LEFT JOIN company c ON c.id = k.company_id LEFT JOIN industry_chain ch ON ch.id = k.chain_id LEFT JOIN app_user o ON o.id = k.owner_id
    ORDER BY k.stage, n`,
};

function cases(root: string, today: string, chainId: string): Case[] {
  const doc = (name: string) => webDocument(root, name);
  const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
  const page = (name: string, field: string, noun: string): ApiCase => ({
    kind: 'api',
    name: `${noun} page (\`${name}\`)`,
    body: (size = 50) => body(doc(name), { input: { offset: 0, limit: size } }),
    list: true,
    keys: (d) => (d[field].items as Array<{ id: string }>).map((x) => x.id),
    describe: (d) => `${d[field].items.length} rows, total answered ${d[field].total.toLocaleString('en')}${d[field].totalCapped ? '+' : ''}`,
  });
  const companies = page('Companies', 'companies', 'company table');
  const leads = page('Leads', 'leads', 'lead table');
  const prospects = page('Prospects', 'prospects', 'prospect table');
  const projects = page('Projects', 'projects', 'project ledger');
  const board: ApiCase = {
    kind: 'api',
    name: 'kanban (`ProjectBoard`)',
    body: (size = 20) => body(doc('ProjectBoard'), { input: { cardsPerColumn: size } }),
    list: true,
    keys: (d) => (d['projectBoard'].columns as Array<{ stage: string; projects: Array<{ id: string }> }>).flatMap((c) => c.projects.map((x, i) => `${c.stage}:${i + 1}:${x.id}`)).sort(),
    describe: (d) => {
      const columns = d['projectBoard'].columns as Array<{ count: number; projects: unknown[] }>;
      return `${columns.reduce((n, c) => n + c.projects.length, 0)} cards of ${columns.reduce((n, c) => n + c.count, 0).toLocaleString('en')} in ${columns.length} columns`;
    },
  };
  const sql = (of: ApiCase, text: string, key: SqlCase['key'] = (r) => r['id'], sortKeys = false): SqlCase => ({ kind: 'sql', name: `the same rows, plain SQL through pg`, of: of.name, sql: text, key, sortKeys });
  return [
    { kind: 'api', name: '`{ __typename }`', body: () => body('{ __typename }') },
    companies,
    sql(companies, SQL.companies),
    leads,
    sql(leads, SQL.leads),
    prospects,
    sql(prospects, SQL.prospects),
    projects,
    sql(projects, SQL.projects),
    board,
    sql(board, SQL.board, (r) => `${r['stage']}:${r['n']}:${r['id']}`, true),
    {
      kind: 'api',
      name: `search page for 「${SEARCH_WORD}」 (\`Search\`, 50 a kind)`,
      body: () => body(doc('Search'), { input: { query: SEARCH_WORD, limit: 50 } }),
      describe: (d) => (d['search'].groups as Array<{ kind: string; hits: unknown[]; hasMore: boolean }>).map((g) => `${g.hits.length}${g.hasMore ? '+' : ''} ${g.kind.toLowerCase()}`).join(', '),
    },
    {
      kind: 'api',
      name: 'chain map page (`ChainMapPage`)',
      body: () => body(doc('ChainMapPage'), { chainId }),
      describe: (d) => `${d['chainMap'].nodes.length} nodes, ${d['chainMap'].edges.length} links, ${JSON.stringify(d).length.toLocaleString('en')} bytes`,
    },
    {
      kind: 'api',
      name: 'district dashboard (`Dashboard`)',
      body: () => body(doc('Dashboard'), { asOf: today, chainId: null, includeDemo: true }),
      describe: (d) => `${d['dashboard'].counters.signed} signed projects, ${JSON.stringify(d).length.toLocaleString('en')} bytes`,
    },
  ];
}

/** What an answer holds, for the report (its size when the case cannot tell more, e.g. after a change of its document). */
function describe(c: ApiCase, data: Record<string, any>): string {
  try {
    if (c.describe) return c.describe(data);
  } catch {
    // the document changed: its size says enough
  }
  return `${JSON.stringify(data).length.toLocaleString('en')} bytes`;
}

/** One GraphQL POST with the token; answers the data, failing on any error. */
async function ask(port: number, token: string, body: string): Promise<Record<string, any>> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const json = (await res.json()) as { data?: Record<string, any>; errors?: unknown };
  if (res.status !== 200 || json.errors || !json.data) throw new Error(`${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return json.data;
}

/** Waits until the server has finished what the last run left in flight: a trivial query answered quickly twice in a row, or 30 s. */
async function settle(port: number): Promise<void> {
  const until = Date.now() + 30_000;
  let quick = 0;
  while (quick < 2 && Date.now() < until) {
    const t0 = performance.now();
    await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    quick = performance.now() - t0 < 50 ? quick + 1 : 0;
  }
}

/** autocannon with every response's latency kept (it reports no p95 of its own). */
function cannon(options: autocannon.Options): Promise<{ result: autocannon.Result; latencies: number[] }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve({ result, latencies })));
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  });
}

/** One load run of an API case: `connections` connections for SECONDS (or two requests each, when slower than that). */
async function runApi(api: Api, token: string, c: ApiCase, connections: number, seconds: number): Promise<Run> {
  const options = {
    url: `http://127.0.0.1:${api.port}/graphql`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: c.body(),
    connections,
    timeout: 120,
  };
  await settle(api.port);
  let { result, latencies } = await cannon({ ...options, duration: seconds });
  if (result.requests.total < connections) {
    await settle(api.port);
    ({ result, latencies } = await cannon({ ...options, amount: connections * 2 }));
  }
  if (result.errors || result.non2xx || result.timeouts) throw new Error(`${c.name}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`);
  return summary(latencies, result.duration);
}

/** One load run of a plain-SQL case: `connections` clients of a pool, each sending the SELECT again as soon as it has its rows. */
async function runSql(pool: Pool, c: SqlCase, connections: number, seconds: number): Promise<Run> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let last = started;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const res = await pool.query(c.sql);
        if (!res.rows.length) throw new Error(`${c.name} of ${c.of}: no rows`);
        last = performance.now();
        latencies.push(last - t0);
      }
    }),
  );
  return summary(latencies, (last - started) / 1000);
}

/** The API's resident memory in MB (from /proc), or NaN once it is gone. */
function rssMb(pid: number): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** A statement's shape: its parameters numbered alike and lists of them folded, so that page sizes compare. */
const shape = (sql: string) => sql.replace(/\$\d+/g, '$n').replace(/(\$n,\s*)+\$n/g, '$n…');

/**
 * SQL statements the API sends for one request, after one untimed run; the fewest of three (nothing else is running),
 * with the statements themselves.
 */
async function statementsPerRequest(api: Api, token: string, body: string): Promise<{ count: number; sql: string[] }> {
  await ask(api.port, token, body);
  let best: { count: number; sql: string[] } | null = null;
  for (let i = 0; i < 3; i++) {
    const before = await api.statements();
    await ask(api.port, token, body);
    const after = await api.recentStatements();
    const count = after.count - before;
    if (!best || count < best.count) best = { count, sql: after.recent.slice(-count) };
  }
  return best ?? { count: NaN, sql: [] };
}

/** The statements of `large` beyond those of `small` (by shape). */
function extraStatements(small: string[], large: string[]): string[] {
  const left = small.map(shape);
  return large.filter((sql) => {
    const at = left.indexOf(shape(sql));
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

/** Start-up of the built API on the embedded database: a fresh data folder (create, migrate, seed), then again on it. */
async function embeddedStartUp(root: string): Promise<{ first: number; second: number; rss: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'chainboard-bench-embedded-'));
  try {
    const first = await startApi(root, { EMBEDDED_DB_DIR: dir });
    const rss = rssMb(first.pid);
    await first.stop();
    const second = await startApi(root, { EMBEDDED_DB_DIR: dir });
    await second.stop();
    return { first: first.startMs, second: second.startMs, rss };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function gitCommit(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'apps/api', 'libs/server', 'libs/domain'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${head} with uncommitted changes to the API's sources` : head;
  } catch {
    return 'unknown';
  }
}

const fmt = (n: number) => (!Number.isFinite(n) ? '—' : n >= 100 ? Math.round(n).toLocaleString('en') : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const ms = (n: number) => (!Number.isFinite(n) ? '—' : n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(1));

async function main(): Promise<void> {
  const root = workspaceRoot();
  const t0 = performance.now();
  ensureApiBuilt(root);
  const code = gitCommit(root);
  const today = districtDate();
  const shape = largeShapeFromEnv();
  const given = process.env['BENCH_DATABASE_URL'];
  const database = given ? null : await createTestDatabase('chainboard_bench_lists');
  const url = given ?? database?.url ?? '';
  const pool = new Pool({ connectionString: url, max: Math.max(...CONNECTIONS) });
  let api: Api | null = null;
  try {
    let loaded = 'an existing seed:large database (BENCH_DATABASE_URL)';
    if (database) {
      console.log(`loading seed:large data (SEED=${shape.seed}) into ${database.name} …`);
      const started = performance.now();
      await seedLarge(url, shape, (line) => console.log(`  ${line}`));
      loaded = `loaded by this run in ${((performance.now() - started) / 1000).toFixed(0)} s`;
    }
    const count = async (sql: string) => Number((await pool.query(sql)).rows[0].n);
    const counts = {
      companies: await count(`SELECT count(*) AS n FROM company WHERE deleted_at IS NULL`),
      leads: await count(`SELECT count(*) AS n FROM lead WHERE deleted_at IS NULL`),
      contacts: await count(`SELECT count(*) AS n FROM interaction`),
      prospects: await count(`SELECT count(*) AS n FROM prospect`),
      projects: await count(`SELECT count(*) AS n FROM project WHERE deleted_at IS NULL`),
      stageLogs: await count(`SELECT count(*) AS n FROM project_stage_log`),
    };
    const { version } = (await pool.query(`SELECT current_setting('server_version') AS version`)).rows[0];
    const chain = (await pool.query(`SELECT c.id, c.name, (SELECT count(*) FROM chain_segment n JOIN chain_map m ON m.id = n.map_id WHERE m.chain_id = c.id)::int AS nodes FROM industry_chain c ORDER BY c.sort_order, c.code LIMIT 1`)).rows[0];
    const all = cases(root, today, chain.id);
    const apiCases = all.filter((c): c is ApiCase => c.kind === 'api');

    console.log('start-up on the embedded database …');
    const embedded = process.env['BENCH_EMBEDDED'] === '0' ? { first: NaN, second: NaN, rss: NaN } : await embeddedStartUp(root);
    console.log(`  first start ${embedded.first.toFixed(0)} ms, second ${embedded.second.toFixed(0)} ms`);

    api = await startApi(root, { DATABASE_URL: url }, { SEED_ON_START: 'false' }, { countStatements: true });
    const realStartMs = api.startMs;
    const idleRss = rssMb(api.pid);
    const token = await signIn(api.port, STAFF);

    // Every case answers without an error, and what it answers; the statements of the list pages at 10 and 100 rows.
    const answers = new Map<string, string>();
    for (const c of apiCases) {
      const data = await ask(api.port, token, c.body());
      answers.set(c.name, describe(c, data));
    }
    // The plain SQL reads the rows the page shows, in its order.
    for (const c of all) {
      if (c.kind !== 'sql') continue;
      const page = apiCases.find((x) => x.name === c.of);
      const rows = (await pool.query(c.sql)).rows.map(c.key);
      if (c.sortKeys) rows.sort();
      const shown = page?.keys ? page.keys(await ask(api.port, token, page.body())) : [];
      const first = rows.findIndex((k, i) => k !== shown[i]);
      if (first >= 0) console.log(`  ${c.of}: plain SQL row ${first + 1} is ${rows[first]}, the page's ${shown[first]}`);
      answers.set(
        `${c.of}|sql`,
        first < 0 && rows.length === shown.length ? `${rows.length} rows, those of the page` : `${rows.length} rows; differ from the page's ${shown.length} from row ${(first < 0 ? rows.length : first) + 1}`,
      );
    }
    const statements = new Map<string, { small: number; large: number; extra: string[] }>();
    for (const c of apiCases.filter((x) => x.list)) {
      const small = await statementsPerRequest(api, token, c.body(10));
      const large = await statementsPerRequest(api, token, c.body(100));
      const extra = extraStatements(small.sql, large.sql);
      statements.set(c.name, { small: small.count, large: large.count, extra });
      console.log(`  ${c.name}: ${small.count} statements at 10 rows, ${large.count} at 100`);
      for (const sql of extra) console.log(`    more at 100: ${sql}`);
    }

    // Memory under load: sampled every 200 ms while the load runs.
    const rss: Record<number, number[]> = Object.fromEntries(CONNECTIONS.map((c) => [c, []]));
    let sampling: number | null = null;
    const sampler = setInterval(() => {
      if (sampling !== null && api) rss[sampling].push(rssMb(api.pid));
    }, 200);

    const loadBefore = loadavg()[0];
    for (const c of apiCases) await runApi(api, token, c, 10, 1); // warm-up
    const runs = new Map<string, Run[]>();
    const key = (c: Case, connections: number) => `${connections}|${c.kind === 'sql' ? `${c.of}|sql` : c.name}`;
    for (const connections of CONNECTIONS) {
      for (let round = 0; round < ROUNDS; round++) {
        for (const c of all) {
          sampling = c.kind === 'api' ? connections : null;
          const run = c.kind === 'api' ? await runApi(api, token, c, connections, SECONDS) : await runSql(pool, c, connections, SECONDS);
          sampling = null;
          runs.set(key(c, connections), [...(runs.get(key(c, connections)) ?? []), run]);
          console.log(`${connections} conn, round ${round + 1}: ${c.kind === 'sql' ? `${c.of}, plain SQL` : c.name}: ${run.rps.toFixed(1)} req/s, p50 ${run.p50.toFixed(1)} p95 ${run.p95.toFixed(1)} p99 ${run.p99.toFixed(1)} ms`);
        }
      }
    }
    clearInterval(sampler);
    const loadAfter = loadavg()[0];
    await api.stop();
    api = null;

    // The figures: medians over the rounds (and the spread of requests per second).
    const figures = (c: Case, connections: number) => {
      const xs = runs.get(key(c, connections)) ?? [];
      const rps = xs.map((x) => x.rps);
      return { rps: median(rps), min: Math.min(...rps), max: Math.max(...rps), p50: median(xs.map((x) => x.p50)), p95: median(xs.map((x) => x.p95)), p99: median(xs.map((x) => x.p99)) };
    };
    const trivial = all[0];
    const sqlOf = (c: ApiCase) => all.find((x): x is SqlCase => x.kind === 'sql' && x.of === c.name);
    const rows = [
      '| request | answer | connections | req/s (median, min–max) | p50 ms | p95 ms | p99 ms | ÷ `{ __typename }` | ÷ plain SQL |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const c of all) {
      for (const connections of CONNECTIONS) {
        const f = figures(c, connections);
        const base = figures(trivial, connections).rps;
        const sql = c.kind === 'api' ? sqlOf(c) : undefined;
        const label = c.kind === 'sql' ? `↳ ${c.name}` : c.name;
        rows.push(
          `| ${label} | ${answers.get(c.kind === 'api' ? c.name : `${c.of}|sql`) ?? ''} | ${connections} | ${fmt(f.rps)} (${fmt(f.min)}–${fmt(f.max)}) | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${c === trivial ? '1' : (f.rps / base).toFixed(3)} | ${sql ? (f.rps / figures(sql, connections).rps).toFixed(3) : ''} |`,
        );
      }
    }

    // The targets.
    const lists = apiCases.filter((c) => c.list);
    const top = Math.max(...CONNECTIONS);
    const targets = ['| target | request | measured | verdict |', '| --- | --- | ---: | --- |'];
    const verdicts = { met: 0, missed: 0 };
    const verdict = (ok: boolean, missed: string) => {
      verdicts[ok ? 'met' : 'missed']++;
      return ok ? 'met' : `missed: ${missed}`;
    };
    for (const c of lists) {
      const share = figures(c, top).rps / figures(trivial, top).rps;
      targets.push(`| ≥ ${SHARE_TARGET * 100} % of \`{ __typename }\`'s req/s at ${top} connections | ${c.name} | ${(share * 100).toFixed(1)} % | ${verdict(share >= SHARE_TARGET, `${(SHARE_TARGET / share).toFixed(1)}× too few`)} |`);
    }
    if (CONNECTIONS.includes(10)) {
      for (const c of lists) {
        const p95 = figures(c, 10).p95;
        targets.push(`| p95 ≤ ${P95_TARGET_MS} ms at 10 connections | ${c.name} | ${ms(p95)} ms | ${verdict(p95 <= P95_TARGET_MS, `${ms(p95 - P95_TARGET_MS)} ms over (${(p95 / P95_TARGET_MS).toFixed(1)}×)`)} |`);
      }
    }
    for (const c of lists) {
      const s = statements.get(c.name) ?? { small: NaN, large: NaN, extra: [] };
      const which = s.extra.length ? ` (${s.extra.map((sql) => `\`${sql.slice(0, 70).replace(/[`|]/g, ' ')}…\``).join(', ')})` : '';
      targets.push(`| SQL statements per request equal at page sizes 10 and 100 | ${c.name} | ${s.small} and ${s.large} | ${verdict(s.small === s.large, `${s.large - s.small} more at 100${which}`)} |`);
    }
    const peaks = CONNECTIONS.map((c) => Math.max(...rss[c].filter(Number.isFinite)));
    const peak = Math.max(...peaks);
    targets.push(`| API RSS under load ≤ ${RSS_TARGET_MB} MB | all of the above | peak ${peak.toFixed(0)} MB | ${verdict(peak <= RSS_TARGET_MB, `${(peak - RSS_TARGET_MB).toFixed(0)} MB over`)} |`);
    targets.push(`| start-up on the embedded database (reported) | fresh data folder: create, migrate, seed; then again on it | ${(embedded.first / 1000).toFixed(1)} s; ${(embedded.second / 1000).toFixed(1)} s | reported |`);

    const minutes = ((performance.now() - t0) / 60_000).toFixed(1);
    const cpu = cpus();
    const autocannonVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'autocannon', 'package.json'), 'utf8')).version;
    const text = `## Lists, search, a chain map and the dashboard at scale (\`npm run bench:lists\`)

- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; code: ${code} (built when the run began); machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB;
  Node ${process.version}; PostgreSQL ${version} (real server, 127.0.0.1); autocannon ${autocannonVersion}. Load average (1 min) ${loadBefore.toFixed(1)} when the
  load began, ${loadAfter.toFixed(1)} when it ended: the machine is shared, the API, PostgreSQL and the load generator on the same 2 cores; read the ratios, measured in the same run.
- Data: \`npm run seed:large\` (SEED=${shape.seed}), ${loaded}: ${counts.companies.toLocaleString('en')} companies, ${counts.leads.toLocaleString('en')} leads, ${counts.contacts.toLocaleString('en')} contacts,
  ${counts.prospects.toLocaleString('en')} prospects, ${counts.projects.toLocaleString('en')} projects with ${counts.stageLogs.toLocaleString('en')} stage moves.
- Measured: ${apiDescription()}, in its own process on that database, signed in as \`${STAFF}\` (staff). For each connection count, ${ROUNDS} rounds of
  every request in turn, ${SECONDS} s each (after a 1 s warm-up of each request; before each run the server is let finish what the last one left in
  flight); medians over the rounds, and the spread of requests per second (min–max). The requests are the web's own documents: each table's first
  page as it opens with no filter (50 rows, with what the page shows per row), the kanban with 20 cards a stage, the search page (50 hits a kind),
  the map page of the plan's first chain (${chain.name}, ${chain.nodes} nodes), the district dashboard of today. Beneath each list page, the same rows (same order)
  read with one hand-written SELECT through pg at as many connections (no masking, no total). \`{ __typename }\` is sent signed in, like the others.
- SQL statements per request: counted in the API's process (every statement its pg clients send, BEGIN/COMMIT included), one request at a time
  after an untimed one. RSS: the API's VmRSS every 200 ms while the load ran (idle after start-up: ${idleRss.toFixed(0)} MB; peak at ${CONNECTIONS.map((c, i) => `${c} connection${c === 1 ? '' : 's'} ${peaks[i].toFixed(0)} MB`).join(', ')}).
- Start-up: the built API on the real PostgreSQL with this data took ${(realStartMs / 1000).toFixed(1)} s from spawn to its first answer; on the embedded database (PGlite, DATABASE_URL empty, a fresh
  EMBEDDED_DB_DIR in tmp) ${(embedded.first / 1000).toFixed(1)} s the first time (creates the database, runs the migrations, loads the seed; RSS then ${embedded.rss.toFixed(0)} MB) and ${(embedded.second / 1000).toFixed(1)} s the second.
- Command: \`flock /tmp/chainboard-bench.lock npm run bench:lists\` (${minutes} min here; \`BENCH_SECONDS\`, \`BENCH_ROUNDS\`, \`BENCH_CONNECTIONS\`, \`BENCH_DATABASE_URL\` to reuse a filled database, \`BENCH_API_FROM_SOURCE=1\`). It creates, fills and drops its own database.

${rows.join('\n')}

Targets (${verdicts.met} met, ${verdicts.missed} missed):

${targets.join('\n')}
`;
    if (process.env['BENCH_REPORT'] !== '0') {
      writeSection('lists', text);
      console.log('wrote the lists section of BENCHMARKS.md');
    } else console.log(text);
  } finally {
    if (api) await api.stop();
    await pool.end();
    if (database) await database.drop();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
