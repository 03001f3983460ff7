/**
 * Progress-meeting benchmark: building the agenda of an all-chains meeting over a pipeline of about 500 active projects
 * with a year of history (target ≤ 300 ms), and generating its papers, the minutes (.docx) and the ledger (.xlsx)
 * (target ≤ 1 s each), through the API in its own process. A fresh database on the real PostgreSQL gets the seed (the
 * plan's facts, no demo) and the deterministic synthetic pipeline of tools/bench/synthetic-pipeline.ts.
 *
 * BENCH_BASELINE_DIR=<an earlier checkout, with node_modules> measures that checkout's API on the same database in the
 * same run, records it as the baseline and checks that both build the same agenda and write the same minutes and ledger
 * (BENCH_BASELINE_COMMIT and BENCH_COMMIT name the commits of checkouts that are not git checkouts). Where LibreOffice
 * is installed, the minutes of the large meeting are also converted with `soffice --headless` (tools/bench/docx-check.ts).
 *
 * Run: npm run bench:meetings. BENCH_PROJECTS (default 650), BENCH_ROUNDS (5). Creates and drops its own database.
 */
import 'reflect-metadata';
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { cpus, loadavg, totalmem } from 'os';
import { join } from 'path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import { districtDate } from '@chainboard/domain';
import { createTestDatabase, loadSeeds, readSeeds, seedsDir, workspaceRoot } from '@chainboard/server-database';
import { apiDescription, signIn, startApi } from './api';
import { benchDataSourceOptions, SEED_STEPS } from './app-database';
import { convertDocx, pdfPages, sofficePath } from './docx-check';
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

/** What one checkout's API measured, and what it wrote in its first round (to compare checkouts). */
interface TreeResult {
  agenda: number[];
  minutes: number[];
  ledger: number[];
  held: number[];
  items: number;
  /** The first round's agenda (ids left out), the text of its live minutes and the rows of its live ledger. */
  written: { agenda: string; minutes: string; ledger: string };
  /** The last round's frozen minutes. */
  heldMinutes: Buffer;
}

async function docxText(base64: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(Buffer.from(base64, 'base64'))).file('word/document.xml')?.async('string');
  if (!xml) throw new Error('the minutes hold no word/document.xml');
  return xml.replace(/<[^>]+>/g, '\n').replace(/\n+/g, '\n');
}

async function xlsxRows(base64: string): Promise<string> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as never);
  const rows: unknown[] = [];
  wb.worksheets.forEach((ws) => ws.eachRow((row) => rows.push(row.values)));
  return JSON.stringify(rows);
}

/** Runs the rounds on the API of one checkout: per round an all-chains meeting created, its papers live, then held. */
async function measureTree(root: string, url: string, today: string, label: string): Promise<TreeResult> {
  const api = await startApi(root, { DATABASE_URL: url }, { SEED_ON_START: 'false' });
  const result: TreeResult = { agenda: [], minutes: [], ledger: [], held: [], items: 0, written: { agenda: '', minutes: '', ledger: '' }, heldMinutes: Buffer.alloc(0) };
  try {
    const token = await signIn(api.port, 'admin');
    for (let r = 0; r <= ROUNDS; r++) {
      const created = await gql(api.port, token, 'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id items { id } } }', {
        input: { title: `调度会 ${r}`, heldOn: today, allChains: true },
      });
      const id = created.data.createMeeting.id;
      result.items = created.data.createMeeting.items.length;
      const m = await gql(api.port, token, 'query($id: ID!) { meetingMinutes(meetingId: $id) { contentBase64 } }', { id });
      const l = await gql(api.port, token, 'query($id: ID!) { meetingLedger(meetingId: $id) { contentBase64 } }', { id });
      if (r === 0) {
        const full = await gql(api.port, token, 'query($id: ID!) { meeting(id: $id) { periodFrom periodTo items { position kind refKind refId projectId title summary carriedCount } } }', { id });
        result.written = {
          agenda: JSON.stringify(full.data.meeting),
          minutes: await docxText(m.data.meetingMinutes.contentBase64),
          ledger: await xlsxRows(l.data.meetingLedger.contentBase64),
        };
      }
      const h = await gql(api.port, token, 'mutation($input: SetMeetingStatusInput!) { setMeetingStatus(input: $input) { id } }', { input: { meetingId: id, status: 'HELD' } });
      if (r === ROUNDS) {
        const frozen = await gql(api.port, token, 'query($id: ID!) { meetingMinutes(meetingId: $id) { contentBase64 } }', { id });
        result.heldMinutes = Buffer.from(frozen.data.meetingMinutes.contentBase64, 'base64');
      }
      if (r === 0) continue; // warm-up
      result.agenda.push(created.ms);
      result.minutes.push(m.ms);
      result.ledger.push(l.ms);
      result.held.push(h.ms);
      console.log(`${label} round ${r}: agenda ${created.ms.toFixed(0)} ms (${result.items} items), minutes ${m.ms.toFixed(0)} ms, ledger ${l.ms.toFixed(0)} ms, held ${h.ms.toFixed(0)} ms`);
    }
  } finally {
    await api.stop();
  }
  return result;
}

/** The commit a checkout is on (read only). */
function gitCommit(root: string, fallback?: string): string {
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return fallback ?? 'unknown';
  }
}

const verdict = (ms: number, target: number) => (ms <= target ? 'met' : 'missed');

function table(r: TreeResult): string {
  return `| step | median (ms) | target | |
| --- | ---: | ---: | --- |
| agenda built (\`createMeeting\`) | ${median(r.agenda).toFixed(0)} | ≤ 300 | ${verdict(median(r.agenda), 300)} |
| minutes .docx (\`meetingMinutes\`) | ${median(r.minutes).toFixed(0)} | ≤ 1000 | ${verdict(median(r.minutes), 1000)} |
| ledger .xlsx (\`meetingLedger\`) | ${median(r.ledger).toFixed(0)} | ≤ 1000 | ${verdict(median(r.ledger), 1000)} |
| marked held (freeze, both papers) | ${median(r.held).toFixed(0)} | — | |`;
}

/**
 * What writing the agenda costs in the database, and the audit trail's share of it: the large agenda's items inserted
 * again for a new meeting in one statement (as createMeeting writes them), with the row trigger that records each
 * insert in the audit trail and with it disabled, each in a transaction rolled back; medians of three. Null when the
 * table has no such trigger.
 */
async function agendaWrite(url: string): Promise<{ withAudit: number; without: number; rows: number } | null> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM pg_trigger WHERE tgrelid = 'meeting_item'::regclass AND tgname = 'audit'`)).rows;
    if (!n) return null;
    const once = async (audit: boolean) => {
      await client.query('BEGIN');
      try {
        if (!audit) await client.query('ALTER TABLE meeting_item DISABLE TRIGGER audit');
        const [{ id }] = (
          await client.query(
            `INSERT INTO meeting (title, held_on, all_chains, scope_key, status, period_from, period_to)
             VALUES ('bench', '2100-01-01', true, 'BENCH', 'PLANNED', '2099-01-01', '2100-01-01') RETURNING id`,
          )
        ).rows;
        const started = performance.now();
        const res = await client.query(
          `INSERT INTO meeting_item (meeting_id, position, kind, ref_kind, ref_id, project_id, title, summary, carried_count)
           SELECT $1, position, kind, ref_kind, ref_id, project_id, title, summary, carried_count FROM meeting_item
            WHERE meeting_id = (SELECT meeting_id FROM meeting_item GROUP BY meeting_id ORDER BY count(*) DESC LIMIT 1)`,
          [id],
        );
        return { ms: performance.now() - started, rows: res.rowCount ?? 0 };
      } finally {
        await client.query('ROLLBACK');
      }
    };
    const withAudit: number[] = [];
    const without: number[] = [];
    let rows = 0;
    for (let i = 0; i < 3; i++) {
      const a = await once(true);
      const b = await once(false);
      withAudit.push(a.ms);
      without.push(b.ms);
      rows = a.rows;
    }
    return { withAudit: median(withAudit), without: median(without), rows };
  } finally {
    await client.end();
  }
}

/** The LibreOffice check of the large meeting's frozen minutes, as a line of the report. */
async function libreOfficeCheck(docx: Buffer): Promise<string> {
  if (!sofficePath()) return 'LibreOffice: not installed here, the conversion did not run (`apt-get install -y libreoffice-writer`, then `npm run check:docx` or this benchmark).';
  try {
    const pdf = await convertDocx(docx, 'pdf');
    return `LibreOffice: \`soffice --headless --convert-to pdf\` opened the frozen minutes of the last round (${(docx.length / 1024).toFixed(0)} kB .docx) and wrote ${pdfPages(pdf.output)} PDF pages in ${(pdf.ms / 1000).toFixed(1)} s (start-up included).`;
  } catch (e) {
    return `LibreOffice: the conversion of the frozen minutes FAILED: ${String((e as Error).message).split('\n')[0]}`;
  }
}

async function main(): Promise<void> {
  const root = workspaceRoot();
  const baselineDir = process.env['BENCH_BASELINE_DIR'];
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
    const loadBefore = loadavg()[0];
    // Meetings marked held today do not move the next one's period (that begins after the previous day held), so both
    // checkouts build the same agenda on the same database.
    const baseline = baselineDir ? await measureTree(baselineDir, database.url, today, 'baseline') : null;
    const now = await measureTree(root, database.url, today, 'this checkout');
    const loadAfter = loadavg()[0];
    const write = await agendaWrite(database.url);
    const writeLine = write
      ? `Where the agenda's time goes in the database: inserting its ${write.rows} items in one statement took ${write.withAudit.toFixed(0)} ms, of which the audit trail's row trigger (one \`audit_entry\` row per item) took ${(write.withAudit - write.without).toFixed(0)} ms (${write.without.toFixed(0)} ms with it disabled; medians of three, rolled back).`
      : '';
    if (writeLine) console.log(writeLine);
    const lo = await libreOfficeCheck(now.heldMinutes);
    console.log(lo);
    let baselineBlock = previousBaseline();
    if (baseline) {
      const same = (k: keyof TreeResult['written']) => (baseline.written[k] === now.written[k] ? 'the same' : 'DIFFERENT');
      const x = (k: 'agenda' | 'minutes' | 'ledger') => (median(baseline[k]) / median(now[k])).toFixed(1);
      baselineBlock = `Before (commit ${gitCommit(baselineDir ?? '', process.env['BENCH_BASELINE_COMMIT'])}, measured ${today} in the same run on the same database, before the table above):

${table(baseline)}

Against it: agenda ${x('agenda')}× faster, minutes ${x('minutes')}×, ledger ${x('ledger')}×. Both checkouts built ${same('agenda')} agenda (${now.items} items: kinds, links, titles, summaries, order) and wrote ${same('minutes')} minutes text and ${same('ledger')} ledger rows.`;
      if ([baseline.written.agenda === now.written.agenda, baseline.written.minutes === now.written.minutes, baseline.written.ledger === now.written.ledger].includes(false))
        console.error('the baseline and this checkout wrote different papers');
    }
    const cpu = cpus();
    writeSection(
      'meetings',
      `## Progress meeting: the agenda and the papers

- Date: ${today}; machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}; PostgreSQL ${version} (real server, 127.0.0.1);
  load average (1 min) ${loadBefore.toFixed(1)} when the measuring began, ${loadAfter.toFixed(1)} when it ended (the machine is shared).
- Data: the seed's plan facts (no demo) and the synthetic pipeline (tools/bench/synthetic-pipeline.ts): ${counts.projects.toLocaleString('en')} projects entered over one year,
  ${active} of them active, with ${counts.stageLogs.toLocaleString('en')} stage moves, ${counts.updates.toLocaleString('en')} updates, ${counts.milestones.toLocaleString('en')} milestones and ${counts.issues.toLocaleString('en')} coordination issues.
- Measured: ${apiDescription()}, in its own process, signed in as \`admin\`; per round an all-chains meeting is created (its agenda built: ${now.items} items), its minutes and
  ledger generated live, then it is marked held (agenda, figures and ledger frozen, both papers generated and stored). Medians over ${ROUNDS} rounds after a warm-up, one request at a time, wall time at the client.
- Command: \`npm run bench:meetings\` (\`BENCH_PROJECTS\`, \`BENCH_ROUNDS\`; \`BENCH_BASELINE_DIR\` measures an earlier checkout on the same database and records it as the baseline;
  \`BENCH_API_NODE_ARGS='--cpu-prof --cpu-prof-dir=…'\` profiles the API). It creates and drops its own database.

This checkout (commit ${gitCommit(root, process.env['BENCH_COMMIT'])}):

${table(now)}

${writeLine ? `${writeLine}\n\n` : ''}${lo}

Why LibreOffice is not in the test suite: on this machine (2026-12-06) \`apt-get install -y libreoffice-writer\` brought 245 packages
(242 MB to fetch, 718 MB on disk) and took 2 min 31 s with three quarters of the archives already in the package cache; one
conversion takes 2–3 s, more for large minutes. A fresh CI machine would pay the whole download and install on every run, on top of a
suite of about 11 minutes on 2 cores that has to stay well under 20, for a check that the docx and JSZip reads in the tests already
cover for content. So the conversion runs here and in \`npm run check:docx\` (tools/bench/docx-check.ts: a meeting's minutes to PDF and to
text, the text checked for the decisions, actions and close-outs entered) wherever \`soffice\` is installed.

<!-- baseline -->
${baselineBlock ?? 'No baseline measured yet.'}
<!-- /baseline -->
`,
    );
    console.log('wrote the meetings section of BENCHMARKS.md');
  } finally {
    await database.drop();
  }
}

/** The baseline block of this section already in BENCHMARKS.md, kept when this run measures no baseline. */
function previousBaseline(): string | null {
  try {
    const text = readFileSync(join(workspaceRoot(), 'BENCHMARKS.md'), 'utf8');
    const section = text.slice(text.indexOf('<!-- bench:meetings -->'));
    const m = section.match(/<!-- baseline -->\n([\s\S]*?)\n<!-- \/baseline -->/);
    return m ? m[1] : null;
  } catch {
    return null;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
