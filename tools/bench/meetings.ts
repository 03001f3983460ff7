/**
 * Progress-meeting benchmark: building the agenda of an all-chains meeting over a pipeline of about 500 active projects
 * with a year of history (target ≤ 300 ms), and generating its papers, the minutes (.docx) and the ledger (.xlsx)
 * (target ≤ 1 s each), through the API in its own process. A fresh database on the real PostgreSQL gets the seed (the
 * plan's facts, no demo) and the deterministic synthetic pipeline of tools/bench/synthetic-pipeline.ts.
 *
 * Run: npm run bench:meetings. BENCH_PROJECTS (default 650), BENCH_ROUNDS (5). Creates and drops its own database.
 */
import 'reflect-metadata';
import { cpus, totalmem } from 'os';
import { DataSource } from 'typeorm';
import { districtDate } from '@chainboard/domain';
import { createTestDatabase, loadSeeds, readSeeds, seedsDir, workspaceRoot } from '@chainboard/server-database';
import { signIn, startApi } from './api';
import { benchDataSourceOptions, SEED_STEPS } from './app-database';
import { writeSection } from './report';
import { loadSyntheticPipeline, PipelineCounts } from './synthetic-pipeline';

const PROJECTS = Number(process.env['BENCH_PROJECTS'] ?? 650);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function gql(port: number, token: string, query: string, variables: Record<string, unknown>): Promise<{ ms: number; data: any }> {
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: any; errors?: unknown };
  const ms = performance.now() - started;
  if (json.errors || !json.data) throw new Error(JSON.stringify(json.errors ?? json).slice(0, 500));
  return { ms, data: json.data };
}

async function main(): Promise<void> {
  const root = workspaceRoot();
  const database = await createTestDatabase('chainboard_bench_meetings');
  const today = districtDate();
  let counts: PipelineCounts;
  let active: number;
  let version: string;
  try {
    const db = new DataSource(benchDataSourceOptions({ url: database.url, embedded: false }));
    await db.initialize();
    try {
      await db.runMigrations({ transaction: 'each' });
      await loadSeeds(db, readSeeds(SEED_STEPS, seedsDir()), { demo: false });
      counts = await loadSyntheticPipeline(db, { projects: PROJECTS, years: 1, today });
      [{ n: active }] = await db.query(`SELECT count(*)::int AS n FROM project WHERE stage NOT IN ('AT_FULL_CAPACITY', 'DROPPED')`);
      [{ version }] = await db.query(`SELECT current_setting('server_version') AS version`);
    } finally {
      await db.destroy();
    }
    const api = await startApi(root, { DATABASE_URL: database.url }, { SEED_ON_START: 'false' });
    const agenda: number[] = [];
    const minutes: number[] = [];
    const ledger: number[] = [];
    const held: number[] = [];
    let items = 0;
    try {
      const token = await signIn(api.port, 'admin');
      for (let r = 0; r <= ROUNDS; r++) {
        const created = await gql(api.port, token, 'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id items { id } } }', {
          input: { title: `调度会 ${r}`, heldOn: today, allChains: true },
        });
        const id = created.data.createMeeting.id;
        items = created.data.createMeeting.items.length;
        const m = await gql(api.port, token, 'query($id: ID!) { meetingMinutes(meetingId: $id) { contentBase64 } }', { id });
        const l = await gql(api.port, token, 'query($id: ID!) { meetingLedger(meetingId: $id) { contentBase64 } }', { id });
        const h = await gql(api.port, token, 'mutation($input: SetMeetingStatusInput!) { setMeetingStatus(input: $input) { id } }', { input: { meetingId: id, status: 'HELD' } });
        if (r === 0) continue; // warm-up
        agenda.push(created.ms);
        minutes.push(m.ms);
        ledger.push(l.ms);
        held.push(h.ms);
        console.log(`round ${r}: agenda ${created.ms.toFixed(0)} ms (${items} items), minutes ${m.ms.toFixed(0)} ms, ledger ${l.ms.toFixed(0)} ms, held ${h.ms.toFixed(0)} ms`);
      }
    } finally {
      await api.stop();
    }
    const verdict = (ms: number, target: number) => (ms <= target ? 'met' : 'missed');
    const cpu = cpus();
    writeSection(
      'meetings',
      `## Progress meeting: the agenda and the papers

- Date: ${today}; machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}; PostgreSQL ${version} (real server, 127.0.0.1).
- Data: the seed's plan facts (no demo) and the synthetic pipeline (tools/bench/synthetic-pipeline.ts): ${counts.projects.toLocaleString('en')} projects entered over one year,
  ${active} of them active, with ${counts.stageLogs.toLocaleString('en')} stage moves, ${counts.updates.toLocaleString('en')} updates, ${counts.milestones.toLocaleString('en')} milestones and ${counts.issues.toLocaleString('en')} coordination issues.
- Measured: the API in its own process, signed in as \`admin\`; per round an all-chains meeting is created (its agenda built: ${items} items), its minutes and
  ledger generated live, then it is marked held (agenda, figures and ledger frozen, both papers generated and stored). Medians over ${ROUNDS} rounds after a warm-up, one request at a time, wall time at the client.
- Command: \`npm run bench:meetings\` (\`BENCH_PROJECTS\`, \`BENCH_ROUNDS\`). It creates and drops its own database.

| step | median (ms) | target | |
| --- | ---: | ---: | --- |
| agenda built (\`createMeeting\`) | ${median(agenda).toFixed(0)} | ≤ 300 | ${verdict(median(agenda), 300)} |
| minutes .docx (\`meetingMinutes\`) | ${median(minutes).toFixed(0)} | ≤ 1000 | ${verdict(median(minutes), 1000)} |
| ledger .xlsx (\`meetingLedger\`) | ${median(ledger).toFixed(0)} | ≤ 1000 | ${verdict(median(ledger), 1000)} |
| marked held (freeze, both papers) | ${median(held).toFixed(0)} | — | |
`,
    );
    console.log('wrote the meetings section of BENCHMARKS.md');
  } finally {
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
