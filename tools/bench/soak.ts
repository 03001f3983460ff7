/**
 * Soak test (`npm run soak`): 200 concurrent clients for 60 s mixing reads and writes against the API on a real
 * PostgreSQL holding `npm run seed:large` data, first on one API process, then on two API processes on the same
 * database behind a round-robin proxy (node's http module). Each client signs in as staff or admin, then loops: the
 * lead list page, the company list page, a project's page, a new lead, a contact with a company, or the next stage
 * move of a project that client alone moves (the web's own documents), waiting SOAK_THINK_MS (default 1000) between
 * an answer and its next request, as a person at a screen does. Every acknowledged write is remembered; afterwards
 * the database must hold exactly those (count and checksum of ids per kind; each moved project's stage log equal to
 * its acknowledged moves). Also measured: status codes (no 5xx allowed), GraphQL error codes, p50/p95/p99 per kind,
 * and each API process's RSS (sampled each second from /proc).
 *
 * The database: SOAK_DATABASE_URL (already filled by seed:large), else a new one filled by seed:large (SEED=1; its
 * timings go to BENCHMARKS.md too), dropped at the end. SOAK_CLIENTS (200), SOAK_SECONDS (60). The API runs built
 * (tools/bench/api.ts; BENCH_API_FROM_SOURCE=1 runs it from source, its RSS then including the compiler). Results: the soak section of BENCHMARKS.md.
 */
import 'reflect-metadata';
import { randomBytes } from 'crypto';
import { readFileSync } from 'fs';
import { Agent, createServer, IncomingMessage, request, Server, ServerResponse } from 'http';
import { cpus, loadavg, totalmem } from 'os';
import { performance } from 'perf_hooks';
import { Client } from 'pg';
import { districtDate, PIPELINE_STAGES, ProjectStage, STAGE_REQUIREMENTS, usccCheckCharacter } from '@chainboard/domain';
import { TEST_SERVER_URL, workspaceRoot } from '@chainboard/server-database';
import { Api, apiDescription, post, signIn, startApi, webDocument } from './api';
import { writeSection } from './report';
import { largeShapeFromEnv, seedLarge, writeLargeSeedSection } from './seed-large';
import { syntheticCreditCode } from './synthetic-companies';

const CLIENTS = Number(process.env['SOAK_CLIENTS'] ?? 200);
const SECONDS = Number(process.env['SOAK_SECONDS'] ?? 60);
const THINK_MS = Number(process.env['SOAK_THINK_MS'] ?? 1000);
const P99_TARGET_MS = 1000;

type Kind = 'leads page' | 'companies page' | 'project page' | 'new lead' | 'new contact' | 'stage move';
const WRITES: readonly Kind[] = ['new lead', 'new contact', 'stage move'];
/** How often each kind is sent (a move only while the client's project can still move on). */
const MIX: Array<[Kind, number]> = [
  ['leads page', 0.3],
  ['companies page', 0.2],
  ['project page', 0.15],
  ['new lead', 0.15],
  ['new contact', 0.12],
  ['stage move', 0.08],
];

interface Sample {
  kind: Kind;
  ms: number;
  status: number;
  code?: string;
}

interface Acknowledged {
  leads: string[];
  contacts: string[];
  /** Per project: the stages it was moved to, in order. */
  moves: Map<string, ProjectStage[]>;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0);
const md5Of = async (db: Client, ids: string[]) => (await db.query(`SELECT md5(coalesce(string_agg(x, ',' ORDER BY x), '')) AS m FROM unnest($1::text[]) x`, [ids])).rows[0].m as string;

/**
 * A round-robin HTTP proxy in front of `ports`. A new connection to the API per request: reusing idle ones races with
 * the API closing them (Node's 5 s keep-alive timeout), and a POST cut that way cannot be retried safely.
 */
function roundRobinProxy(ports: number[]): Promise<{ port: number; server: Server }> {
  const agent = new Agent({ keepAlive: false, maxSockets: 256 });
  let next = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const port = ports[next++ % ports.length];
    const upstream = request({ host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (e) => {
      console.error(`proxy: ${req.method} ${req.url} to ${port}: ${e.message}`);
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as { port: number }).port, server })));
}

function rssMb(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

interface PhaseResult {
  name: string;
  samples: Sample[];
  ack: Acknowledged;
  rss: number[][];
  seconds: number;
  check: { leads: [number, number, boolean]; contacts: [number, number, boolean]; moves: [number, number, boolean] };
}

async function phase(name: string, root: string, db: Client, apis: Api[], port: number, projects: Array<{ id: string; version: number }>, runId: string, codeBase: number): Promise<PhaseResult> {
  const tokens = { admin: await signIn(apis[0].port, 'admin'), staff: [await signIn(apis[0].port, 'staff.01'), await signIn(apis[0].port, 'staff.02')] };
  const chains: Array<{ id: string }> = (await db.query(`SELECT id FROM industry_chain WHERE code NOT LIKE 'synthetic-%' ORDER BY sort_order`)).rows;
  const companies: Array<{ id: string }> = (await db.query(`SELECT id FROM company WHERE is_demo ORDER BY id LIMIT 5000`)).rows;
  const docs = {
    leads: webDocument(root, 'Leads'),
    companies: webDocument(root, 'Companies'),
    project: webDocument(root, 'Project'),
  };
  const today = districtDate(new Date());
  // A connection per request, as for the proxy: an idle kept-alive connection may be closed by the API as it is reused.
  const agent = new Agent({ keepAlive: false, maxSockets: CLIENTS + 10 });
  const samples: Sample[] = [];
  const ack: Acknowledged = { leads: [], contacts: [], moves: new Map() };
  const rss: number[][] = apis.map(() => []);
  const sampler = setInterval(() => apis.forEach((a, i) => rss[i].push(rssMb(a.pid))), 1000);
  const started = performance.now();
  const until = started + SECONDS * 1000;
  let serial = 0;

  const client = async (c: number) => {
    let seed = c * 2654435761;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
    const own = projects[c % projects.length];
    let stage = ProjectStage.NEGOTIATING;
    const token = tokens.staff[c % 2];
    await new Promise((r) => setTimeout(r, random() * THINK_MS));
    while (performance.now() < until) {
      let r = random();
      let kind: Kind = MIX[MIX.length - 1][0];
      for (const [k, w] of MIX) if ((r -= w) < 0) {
        kind = k;
        break;
      }
      const nextStage = PIPELINE_STAGES[PIPELINE_STAGES.indexOf(stage) + 1];
      if (kind === 'stage move' && !nextStage) kind = 'project page';
      const n = serial++;
      let body: string;
      let as = token;
      if (kind === 'leads page') body = JSON.stringify({ query: docs.leads, variables: { input: { offset: Math.floor(random() * 5) * 50, limit: 50 } } });
      else if (kind === 'companies page') body = JSON.stringify({ query: docs.companies, variables: { input: { offset: Math.floor(random() * 5) * 50, limit: 50, ...(random() < 0.3 ? { query: '科技' } : {}) } } });
      else if (kind === 'project page') {
        body = JSON.stringify({ query: docs.project, variables: { id: own.id } });
        as = tokens.admin;
      } else if (kind === 'new lead')
        body = JSON.stringify({
          query: 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }',
          variables: { input: { title: `压测线索 ${runId} ${c}-${n}`, chainId: chains[n % chains.length].id, companyId: companies[Math.floor(random() * companies.length)].id, source: 'EXHIBITION' } },
        });
      else if (kind === 'new contact')
        body = JSON.stringify({
          query: 'mutation($input: AddInteractionInput!) { addInteraction(input: $input) { id } }',
          variables: { input: { companyId: companies[Math.floor(random() * companies.length)].id, type: 'CALL', summary: `压测走访 ${runId} ${c}-${n}`, occurredOn: today } },
        });
      else {
        const values: Record<string, string> = {
          signedOn: today,
          agreedInvestment: '8.5',
          registeredCompanyName: `压测落地企业${runId}${c}有限公司`,
          registeredCreditCode: syntheticCreditCode(codeBase + c, usccCheckCharacter),
          startedOn: today,
          carrier: '西部智谷',
          productionOn: today,
          capacityOn: today,
        };
        const fields = Object.fromEntries(STAGE_REQUIREMENTS[nextStage].map((f) => [f, values[f]]));
        body = JSON.stringify({
          query: 'mutation($input: MoveProjectStageInput!) { moveProjectStage(input: $input) { id stage version } }',
          variables: { input: { projectId: own.id, to: nextStage, expectedVersion: own.version, effectiveOn: today, ...fields } },
        });
        as = tokens.admin;
      }
      const t0 = performance.now();
      let status = 0;
      let code: string | undefined;
      try {
        const res = await post(agent, port, body, as);
        status = res.status;
        const json = JSON.parse(res.body);
        code = json.errors?.[0]?.extensions?.code;
        if (!code && kind === 'new lead') ack.leads.push(json.data.createLead.id);
        if (!code && kind === 'new contact') ack.contacts.push(json.data.addInteraction.id);
        if (!code && kind === 'stage move') {
          stage = json.data.moveProjectStage.stage;
          own.version = json.data.moveProjectStage.version;
          ack.moves.set(own.id, [...(ack.moves.get(own.id) ?? []), stage]);
        }
      } catch (e) {
        code = `NETWORK: ${(e as Error).message}`;
      }
      samples.push({ kind, ms: performance.now() - t0, status, code });
      await new Promise((r) => setTimeout(r, THINK_MS));
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  clearInterval(sampler);
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;

  // Every acknowledged write is there, and nothing else.
  const leadIds: string[] = (await db.query(`SELECT id::text FROM lead WHERE title LIKE $1`, [`压测线索 ${runId} %`])).rows.map((r) => r.id);
  const contactIds: string[] = (await db.query(`SELECT id::text FROM interaction WHERE summary LIKE $1`, [`压测走访 ${runId} %`])).rows.map((r) => r.id);
  const logs: Array<{ project_id: string; to_stage: ProjectStage }> = (
    await db.query(`SELECT project_id::text, to_stage FROM project_stage_log WHERE project_id = ANY($1::uuid[]) AND source = 'APP' ORDER BY id`, [projects.map((p) => p.id)])
  ).rows;
  const stored = new Map<string, ProjectStage[]>();
  for (const l of logs) stored.set(l.project_id, [...(stored.get(l.project_id) ?? []), l.to_stage]);
  const same = (a: Map<string, ProjectStage[]>, b: Map<string, ProjectStage[]>) => a.size === b.size && [...a].every(([k, v]) => JSON.stringify(b.get(k)) === JSON.stringify(v));
  const ackMoves = [...ack.moves.values()].reduce((n, v) => n + v.length, 0);
  return {
    name,
    samples,
    ack,
    rss,
    seconds,
    check: {
      leads: [ack.leads.length, leadIds.length, ack.leads.length === leadIds.length && (await md5Of(db, ack.leads)) === (await md5Of(db, leadIds))],
      contacts: [ack.contacts.length, contactIds.length, ack.contacts.length === contactIds.length && (await md5Of(db, ack.contacts)) === (await md5Of(db, contactIds))],
      moves: [ackMoves, logs.length, same(ack.moves, stored)],
    },
  };
}

function summarise(r: PhaseResult): { ok: boolean; text: string } {
  const all = r.samples.map((s) => s.ms).sort((a, b) => a - b);
  const fivexx = r.samples.filter((s) => s.status >= 500 || s.status === 0).length;
  const errors = new Map<string, number>();
  for (const s of r.samples) if (s.code) errors.set(s.code, (errors.get(s.code) ?? 0) + 1);
  const p99 = percentile(all, 99);
  const intact = r.check.leads[2] && r.check.contacts[2] && r.check.moves[2];
  const rows = (Object.keys(Object.fromEntries(MIX)) as Kind[]).map((kind) => {
    const xs = r.samples.filter((s) => s.kind === kind).map((s) => s.ms).sort((a, b) => a - b);
    return `| ${kind}${WRITES.includes(kind) ? ' (write)' : ''} | ${xs.length} | ${percentile(xs, 50).toFixed(0)} | ${percentile(xs, 95).toFixed(0)} | ${percentile(xs, 99).toFixed(0)} |`;
  });
  const peak = r.rss.map((xs) => Math.max(0, ...xs));
  const text = `### ${r.name}

${r.samples.length.toLocaleString('en')} requests in ${r.seconds.toFixed(0)} s (${(r.samples.length / r.seconds).toFixed(0)} req/s); 5xx or no answer: ${fivexx}; GraphQL errors: ${errors.size ? [...errors].map(([c, n]) => `${c} ×${n}`).join(', ') : 'none'}. All requests: p50 ${percentile(all, 50).toFixed(0)} ms, p95 ${percentile(all, 95).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms (target ≤ ${P99_TARGET_MS} ms: ${p99 <= P99_TARGET_MS ? 'met' : `not met, ${(p99 / P99_TARGET_MS).toFixed(1)}×`}).

| request | count | p50 ms | p95 ms | p99 ms |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

Acknowledged writes against the database afterwards: leads ${r.check.leads[0]} acknowledged / ${r.check.leads[1]} stored, contacts ${r.check.contacts[0]} / ${r.check.contacts[1]}, stage moves ${r.check.moves[0]} / ${r.check.moves[1]} (stage log per project equal to the acknowledged moves): ${intact ? 'every acknowledged write is there and nothing else (counts and checksums equal)' : 'MISMATCH'}. API RSS under load: ${peak.map((mb, i) => `process ${i + 1} peak ${mb.toFixed(0)} MB (median ${percentile([...r.rss[i]].sort((a, b) => a - b), 50).toFixed(0)} MB)`).join('; ')}.`;
  return { ok: fivexx === 0 && intact, text };
}

async function main(): Promise<void> {
  const root = workspaceRoot();
  const runId = randomBytes(3).toString('hex');
  const started = performance.now();
  let url = process.env['SOAK_DATABASE_URL'];
  let drop: (() => Promise<void>) | null = null;
  let dataNote = 'a database filled before by `npm run seed:large`';
  if (!url) {
    const name = `chainboard_soak_${runId}`;
    const admin = new Client({ connectionString: TEST_SERVER_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
    await admin.end();
    const u = new URL(TEST_SERVER_URL);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = async () => {
      const c = new Client({ connectionString: TEST_SERVER_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
    const shape = largeShapeFromEnv();
    const t0 = performance.now();
    const report = await seedLarge(url, shape, (line) => console.log(`seed:large ${line}`));
    writeLargeSeedSection(shape, report, (performance.now() - t0) / 1000);
    dataNote = `\`npm run seed:large\` data (SEED=${shape.seed}: ${report.counts['companies'].toLocaleString('en')} companies, ${report.counts['leads'].toLocaleString('en')} leads, ${report.counts['contacts'].toLocaleString('en')} contacts, ${report.counts['projects'].toLocaleString('en')} projects), loaded by this run`;
  }
  const db = new Client({ connectionString: url });
  await db.connect();
  const load = loadavg()[0];
  const apis: Api[] = [];
  let proxy: Server | null = null;
  const results: Array<{ ok: boolean; text: string }> = [];
  try {
    // Projects each client alone moves: still in negotiation, two disjoint sets for the two phases.
    const open: Array<{ id: string; version: number }> = (
      await db.query(`SELECT id::text, version FROM project WHERE is_demo AND stage = 'NEGOTIATING' AND deleted_at IS NULL ORDER BY id LIMIT $1`, [CLIENTS * 2])
    ).rows;
    const env = { SEED_ON_START: 'false', LOG_LEVEL: 'warn' };
    apis.push(await startApi(root, { DATABASE_URL: url }, env));
    console.log(`one API process on ${apis[0].port}; ${CLIENTS} clients for ${SECONDS} s`);
    const one = await phase('One API process', root, db, apis, apis[0].port, open.slice(0, CLIENTS), `${runId}a`, 90_000_000);
    results.push(summarise(one));
    console.log(results[0].text);

    apis.push(await startApi(root, { DATABASE_URL: url }, env));
    const rr = await roundRobinProxy(apis.map((a) => a.port));
    proxy = rr.server;
    await post(new Agent(), rr.port, JSON.stringify({ query: '{ __typename }' }));
    console.log(`two API processes on ${apis.map((a) => a.port).join(' and ')} behind a round-robin proxy on ${rr.port}`);
    const two = await phase('Two API processes on one database behind a round-robin proxy', root, db, apis, rr.port, open.slice(CLIENTS, CLIENTS * 2), `${runId}b`, 91_000_000);
    results.push(summarise(two));
    console.log(results[1].text);
  } finally {
    proxy?.close();
    for (const a of apis) await a.stop();
    await db.end();
    if (drop) await drop();
  }
  const ok = results.every((r) => r.ok);
  writeSection(
    'soak',
    `## Soak (\`npm run soak\`)

${new Date().toISOString().slice(0, 10)}; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL at 127.0.0.1, load average ${load.toFixed(1)} before the load started (the machine is shared); the load generator, the proxy and the API(s) on the same machine, ${apiDescription()}. Data: ${dataNote}. ${CLIENTS} clients for ${SECONDS} s per phase, each sending the web's own documents — the lead list page (30 %), the company list page (20 %, some filtered by 科技), a project's page (15 %), a new lead (15 %), a new contact (12 %), the next stage move of a project that client alone moves (8 %) — and waiting ${THINK_MS} ms between an answer and its next request. Every acknowledged write is then looked up in the database. ${((performance.now() - started) / 1000 / 60).toFixed(1)} min in all.

${results.map((r) => r.text).join('\n\n')}
`,
  );
  console.log(ok ? '2 passed, 0 failed' : 'soak failed: see BENCHMARKS.md');
  if (!ok) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
