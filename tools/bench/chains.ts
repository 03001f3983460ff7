/**
 * Chains benchmark: requests per second and median latency of `{ chains { id name } }` and of the chains overview
 * (the document the web's chains page sends) beside `{ __typename }`, on one API server per run, at 10 connections,
 * on the real PostgreSQL and on the embedded one (PGlite). The API runs in its own process, built (tools/bench/api.ts;
 * BENCH_API_FROM_SOURCE=1 runs it from source), on a fresh seeded database; the load comes from this process over HTTP keep-alive.
 *
 * Run: npm run bench:chains. BENCH_BASELINE_DIR=<a checkout of an earlier commit, with node_modules> measures that
 * checkout's API too, in the same run, and records it as the baseline; without it, the baseline already in
 * BENCHMARKS.md is kept. BENCH_SECONDS (per case and round, default 3), BENCH_ROUNDS (default 3).
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { Agent } from 'http';
import { cpus, tmpdir, totalmem } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { createTestDatabase, workspaceRoot } from '@chainboard/server-database';
import { apiDescription, post, startApi, webDocument } from './api';
import { writeSection } from './report';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 3);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const CONNECTIONS = 10;
const WARM_UP_SECONDS = 1;
const SECTION = 'chains';

interface Case {
  name: string;
  query: string;
}

const CASES = (root: string): Case[] => [
  { name: '`{ __typename }`', query: '{ __typename }' },
  { name: '`{ chains { id name } }`', query: '{ chains { id name } }' },
  { name: 'chains overview (`ChainsOverview`)', query: webDocument(root, 'ChainsOverview') },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface LoadResult {
  rps: number;
  p50: number;
  requests: number;
}

/** CONNECTIONS clients, each sending the query again as soon as its answer is in, for `seconds`. */
async function load(agent: Agent, port: number, token: string, query: string, seconds: number): Promise<LoadResult> {
  const body = JSON.stringify({ query });
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let last = started;
  const client = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const res = await post(agent, port, body, token);
      if (res.status !== 200 || res.body.includes('"errors"')) throw new Error(`answer ${res.status}: ${res.body.slice(0, 300)}`);
      last = performance.now();
      latencies.push(last - t0);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, client));
  return { rps: latencies.length / ((last - started) / 1000), p50: median(latencies), requests: latencies.length };
}

type Results = Record<string, { rps: number; p50: number; requests: number }>;

/** Measures every case on one API: a warm-up, then ROUNDS rounds of the cases in turn; medians over the rounds. */
async function measure(root: string, target: 'real' | 'embedded'): Promise<Results> {
  const cases = CASES(root);
  const database = target === 'real' ? await createTestDatabase('chainboard_bench') : null;
  const dir = target === 'embedded' ? mkdtempSync(join(tmpdir(), 'chainboard-bench-pglite-')) : null;
  const api = await startApi(root, database ? { DATABASE_URL: database.url } : { EMBEDDED_DB_DIR: dir! });
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  try {
    const signIn = await post(
      agent,
      api.port,
      JSON.stringify({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { token } }', variables: { i: { username: 'admin', password: process.env['SEED_PASSWORD'] ?? 'Chainboard@2025' } } }),
    );
    const token: string = JSON.parse(signIn.body).data.signIn.token;
    for (const c of cases) await load(agent, api.port, token, c.query, WARM_UP_SECONDS);
    const runs: Record<string, LoadResult[]> = Object.fromEntries(cases.map((c) => [c.name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of cases) runs[c.name].push(await load(agent, api.port, token, c.query, SECONDS));
    }
    const results: Results = {};
    for (const c of cases) {
      const r = runs[c.name];
      results[c.name] = { rps: median(r.map((x) => x.rps)), p50: median(r.map((x) => x.p50)), requests: r.reduce((a, x) => a + x.requests, 0) };
      console.log(`${target} ${root}: ${c.name} ${results[c.name].rps.toFixed(1)} req/s, p50 ${results[c.name].p50.toFixed(1)} ms`);
    }
    return results;
  } finally {
    agent.destroy();
    await api.stop();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

function table(results: Record<'real' | 'embedded', Results>): string {
  const rows = ['| database | query | requests/s (median) | p50 (ms, median) | requests/s ÷ `{ __typename }` |', '| --- | --- | ---: | ---: | ---: |'];
  for (const target of ['real', 'embedded'] as const) {
    const r = results[target];
    const base = Object.values(r)[0].rps;
    for (const [name, x] of Object.entries(r)) {
      rows.push(`| ${target === 'real' ? 'PostgreSQL server' : 'embedded (PGlite)'} | ${name} | ${fmt(x.rps)} | ${fmt(x.p50)} | ${(x.rps / base).toFixed(3)} |`);
    }
  }
  return rows.join('\n');
}

/** The commit a checkout is on (read only). */
function gitCommit(root: string): string {
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** The baseline block of the section already in BENCHMARKS.md, kept when this run measures no baseline. */
function previousBaseline(): string | null {
  try {
    const text = readFileSync(join(workspaceRoot(), 'BENCHMARKS.md'), 'utf8');
    const m = text.match(/<!-- baseline -->\n([\s\S]*?)\n<!-- \/baseline -->/);
    return m ? m[1] : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const current = workspaceRoot();
  const baselineDir = process.env['BENCH_BASELINE_DIR'];
  const measureTree = async (root: string) => ({ real: await measure(root, 'real'), embedded: await measure(root, 'embedded') });
  const baseline = baselineDir ? await measureTree(baselineDir) : null;
  const now = await measureTree(current);

  const [{ version }] = await (async () => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: process.env['TEST_DATABASE_SERVER_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres' });
    await client.connect();
    try {
      return (await client.query(`SELECT current_setting('server_version') AS version`)).rows as Array<{ version: string }>;
    } finally {
      await client.end();
    }
  })();
  const date = new Date().toISOString().slice(0, 10);
  const baselineBlock = baseline
    ? `Before (commit ${gitCommit(baselineDir!)}, measured ${date} in the same run as the table above):\n\n${table(baseline)}`
    : previousBaseline();
  const ratio = (r: Results, name: string) => r[name].rps / Object.values(r)[0].rps;
  const names = CASES(current).map((c) => c.name);
  const speedups = baseline
    ? `\n\nAgainst the baseline below, in this run: ${(['real', 'embedded'] as const)
        .map(
          (t) =>
            `${t === 'real' ? 'server' : 'embedded'} — names ${fmt(now[t][names[1]].rps / baseline[t][names[1]].rps)}× the requests/s (ratio to \`{ __typename }\` ${ratio(baseline[t], names[1]).toFixed(3)} → ${ratio(now[t], names[1]).toFixed(3)}), overview ${fmt(now[t][names[2]].rps / baseline[t][names[2]].rps)}× (${ratio(baseline[t], names[2]).toFixed(3)} → ${ratio(now[t], names[2]).toFixed(3)})`,
        )
        .join('; ')}.`
    : '';

  writeSection(
    SECTION,
    `## Chains: \`{ chains { id name } }\` and the chains overview beside \`{ __typename }\`

- Date: ${date}; machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 1024 ** 3)} GB; Node ${process.version}; PostgreSQL ${version} (real server, 127.0.0.1) and the embedded PGlite (one connection).
- Measured: ${apiDescription()}, in its own process on a fresh seeded database (4 chains, 30–80 map nodes each), signed in as admin;
  ${CONNECTIONS} connections (HTTP keep-alive), each sending the query again as soon as its answer is in; ${ROUNDS} rounds of ${SECONDS} s per query, in turn,
  after a ${WARM_UP_SECONDS} s warm-up of each; medians over the rounds. The overview is the document the web's chains page sends (\`ChainsOverview\`
  in libs/web/chains). Absolute figures move with the machine's load: read the ratios to \`{ __typename }\`, measured on the same server in the same run.
- Command: \`npm run bench:chains\` (\`BENCH_SECONDS\`, \`BENCH_ROUNDS\`; \`BENCH_BASELINE_DIR\` measures an earlier checkout beside this one and records it as the baseline).

This checkout (working tree on commit ${gitCommit(current)}):

${table(now)}${speedups}

<!-- baseline -->
${baselineBlock ?? 'No baseline measured yet.'}
<!-- /baseline -->`,
  );
  console.log('wrote the chains section of BENCHMARKS.md');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
