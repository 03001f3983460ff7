/**
 * Import benchmark: ledgers as people keep them (a merged title row above the headings, a row-number column and a
 * column the importer does not know), each previewed (read, map, check, dry run) and confirmed (written in one
 * transaction) through the API's ImportsService on the real PostgreSQL: 100,000 company rows, 10,000 lead rows
 * (each with a new company, amounts in 万元, remarks kept as contacts) and 10,000 project rows (at their stages,
 * with stage-log rows dated from the file); time per phase, rows per second, and the memory the import adds to the
 * process (resident set, peak above the level before). Creates and drops its own database on
 * TEST_DATABASE_SERVER_URL (default postgres@127.0.0.1:5432) and writes the results to BENCHMARKS.md.
 * Run: npm run bench:import  (BENCH_COMPANY_ROWS, BENCH_ROWS to change the sizes).
 * Before/after: run it first on a worktree of the earlier commit, then here with BENCH_BEFORE=<that worktree's
 * BENCHMARKS.md>, BENCH_BEFORE_COMMIT=<its hash> and BENCH_BEFORE_WHAT=<what it did differently>; the section then
 * sets the earlier figures beside these.
 */
import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Workbook } from 'exceljs';
import { existsSync, readFileSync } from 'fs';
import { cpus, loadavg, totalmem } from 'os';
import { performance } from 'perf_hooks';
import { DataSource } from 'typeorm';
import { Actor, companyNameKey, usccCheckCharacter } from '@chainboard/domain';
import { ChainsModule } from '@chainboard/server-chains';
import { CompaniesModule } from '@chainboard/server-companies';
import { createTestDatabase, loadSeeds, readSeeds, seedsDir } from '@chainboard/server-database';
import { LeadsModule } from '@chainboard/server-leads';
import { ProjectsModule } from '@chainboard/server-projects';
import { ImportKind, ImportMode, ImportsService, readSheetRows, SpreadsheetsModule } from '@chainboard/server-spreadsheets';
import { User, UsersModule } from '@chainboard/server-users';
import { benchDataSourceOptions, SEED_STEPS } from './app-database';
import { writeSection } from './report';
import { syntheticCompanies } from './synthetic-companies';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 10_000);
const COMPANY_ROWS = Number(process.env['BENCH_COMPANY_ROWS'] ?? 100_000);
/** The issue's targets for the company file: previewed and written within 30 s, adding at most 300 MB. */
const TARGET_S = 30;
const TARGET_MB = 300;
const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** The memory the process holds live: the JavaScript heap in use plus buffers outside it (exceljs, pg, strings). */
const live = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};

/**
 * Samples every 20 ms the resident set and the live memory; the peaks since the last reset. The resident set never
 * shrinks back after generating the files, so the memory an import adds is read from the live memory's peak above its
 * level before the import (after a garbage collection).
 */
class MemoryPeak {
  private peak = 0;
  private livePeak = 0;
  private readonly timer = setInterval(() => this.sample(), 20);
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
    this.livePeak = Math.max(this.livePeak, live());
  }
  reset(): void {
    this.peak = process.memoryUsage().rss;
    this.livePeak = live();
  }
  read(): number {
    this.sample();
    return this.peak;
  }
  readLive(): number {
    this.sample();
    return this.livePeak;
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

function creditCode(i: number): string {
  let n = i;
  let body = '';
  for (let k = 0; k < 8; k++) {
    body = CODE_ALPHABET[n % 31] + body;
    n = Math.floor(n / 31);
  }
  const first17 = `915101${body}MA6`;
  return first17 + usccCheckCharacter(first17);
}

/** A ledger: a merged title row, then the headings, then the rows. */
async function workbook(header: string[], rows: unknown[][]): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['武侯区招商台账（基准测试）']);
  ws.mergeCells(1, 1, 1, header.length);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** The figures of an earlier run, by file label, read from the import section of the BENCHMARKS.md it wrote. */
function earlierRun(file: string | undefined): Map<string, { preview: number; confirm: number; total: number; addedMb: number }> {
  const found = new Map<string, { preview: number; confirm: number; total: number; addedMb: number }>();
  if (!file || !existsSync(file)) return found;
  const text = readFileSync(file, 'utf8');
  const section = text.slice(text.indexOf('<!-- bench:import -->'), text.indexOf('<!-- /bench:import -->'));
  for (const line of section.split('\n')) {
    const m = /^\| ([^|]+?) \| [\d,]+ \| ([\d.]+) s \| ([\d.]+) s \| \*\*([\d.]+) s\*\* \|.*\| \+(\d+) MB \|$/.exec(line);
    if (m) found.set(m[1].split(' (')[0], { preview: Number(m[2]), confirm: Number(m[3]), total: Number(m[4]), addedMb: Number(m[5]) });
  }
  return found;
}

async function main(): Promise<void> {
  Logger.overrideLogger(['error']);
  const database = await createTestDatabase('chainboard_bench');
  const memory = new MemoryPeak();
  try {
    const options = { ...benchDataSourceOptions({ url: database.url, embedded: false }), migrationsRun: true };
    @Module({
      imports: [
        TypeOrmModule.forRoot(options),
        ThrottlerModule.forRoot([{ ttl: 60_000, limit: 10 }]),
        UsersModule.forRoot({ jwtSecret: 'bench' }),
        ChainsModule,
        CompaniesModule,
        LeadsModule,
        ProjectsModule,
        SpreadsheetsModule,
      ],
    })
    class BenchModule {}
    // abortOnError: false, so that a failure to start still reaches `finally` and drops the database.
    const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error'], abortOnError: false });
    const db = app.get(DataSource);
    await loadSeeds(db, readSeeds(SEED_STEPS, seedsDir()));
    const staff = await db.manager.findOneByOrFail(User, { username: 'staff.01' });
    const actor: Actor = { id: staff.id, role: staff.role, departmentId: staff.departmentId };
    const admin = await db.manager.findOneByOrFail(User, { username: 'admin' });
    const adminActor: Actor = { id: admin.id, role: admin.role, roles: admin.roles, departmentId: admin.departmentId };
    const imports = app.get(ImportsService);

    // Distinct companies: names that reduce to the same key would read as one company named twice.
    const keys = new Set<string>();
    const names = syntheticCompanies((COMPANY_ROWS + ROWS * 2) * 2)
      .map((c) => c.name)
      .filter((name) => !keys.has(companyNameKey(name)) && keys.add(companyNameKey(name)))
      .slice(0, COMPANY_ROWS + ROWS * 2);
    if (names.length < COMPANY_ROWS + ROWS * 2) throw new Error(`only ${names.length} distinct names`);
    const companyNames = names.slice(0, COMPANY_ROWS);
    const leadNames = names.slice(COMPANY_ROWS, COMPANY_ROWS + ROWS);
    const projectNames = names.slice(COMPANY_ROWS + ROWS);
    const companyFile = await workbook(
      ['序号', '企业名称', '统一社会信用代码', '城市', '是否上市', '别名', '联系电话'],
      companyNames.map((name, i) => [String(i + 1), name, i % 2 === 0 ? creditCode(i) : '', '成都', i % 10 === 0 ? '是' : '否', '', `1380000${String(i % 10_000).padStart(4, '0')}`]),
    );
    const chains = ['高端新材料', '电子信息', '健康+', '时尚+'];
    const leadFile = await workbook(
      ['序号', '企业名称', '统一社会信用代码', '所属产业链', '负责人', '线索来源', '拟投资金额（万元）', '备注'],
      leadNames.map((name, i) => [String(i + 1), name, i % 2 === 0 ? creditCode(COMPANY_ROWS + i) : '', chains[i % 4], '招商专员一', '以商招商', `${(i % 50) + 1}500`, i % 3 === 0 ? `已对接${i % 7}次，企业有意向` : '']),
    );
    const stages = ['洽谈', '已签约', '已开工', '已投产'];
    const projectFile = await workbook(
      ['项目名称', '企业名称', '所属产业链', '项目阶段', '签约日期', '开工日期', '投产日期', '协议投资额（亿元）', '责任单位', '到位资金（万元）', '进展情况'],
      projectNames.map((name, i) => {
        const stage = i % 4;
        return [
          `${name}项目`,
          name,
          chains[i % 4],
          stages[stage],
          stage >= 1 ? `2024-0${(i % 9) + 1}-1${i % 10}` : '',
          stage >= 2 ? `2025-0${(i % 9) + 1}-0${(i % 9) + 1}` : '',
          stage >= 3 ? '2025-10-01' : '',
          `${(i % 30) + 1}.25`,
          '',
          stage >= 1 ? '3000' : '',
          i % 5 === 0 ? '主体施工中' : '',
        ];
      }),
    );

    const loadBefore = loadavg()[0];
    const before = earlierRun(process.env['BENCH_BEFORE']);
    const beforeCommit = process.env['BENCH_BEFORE_COMMIT'] ?? 'the earlier commit';
    /** What the earlier commit did differently, in a few words (BENCH_BEFORE_WHAT). */
    const beforeWhat = process.env['BENCH_BEFORE_WHAT'];
    const comparisons: string[] = [];
    const results: string[] = [];
    const readOnly: string[] = [];
    const measured: Record<string, { total: number; addedMb: number }> = {};
    for (const [kind, label, rows, content, who] of [
      [ImportKind.COMPANIES, 'companies', COMPANY_ROWS, companyFile, actor],
      [ImportKind.LEADS, 'leads (each with a new company, remarks as contacts)', ROWS, leadFile, actor],
      [ImportKind.PROJECTS, 'projects (at their stages, stage logs from the file)', ROWS, projectFile, adminActor],
    ] as const) {
      global.gc?.();
      memory.reset();
      const rssBefore = process.memoryUsage().rss;
      const liveBefore = live();
      const t0 = performance.now();
      const preview = await imports.preview(who, { kind, fileName: `${kind}.xlsx`, contentBase64: content });
      const t1 = performance.now();
      const result = await imports.confirm(who, preview.id, ImportMode.ALL_OR_NOTHING);
      const t2 = performance.now();
      const peak = memory.read();
      const livePeak = memory.readLive();
      const again = await imports.preview(who, { kind, fileName: `${kind}.xlsx`, contentBase64: content });
      // The workbook read alone (streamed), the floor under the preview: the import's time is also given as a multiple
      // of it. Read after the import, so that its memory does not count in the import's.
      const r0 = performance.now();
      await readSheetRows(Buffer.from(content, 'base64'), `${kind}.xlsx`);
      const readS = (performance.now() - r0) / 1000;
      const total = (t2 - t0) / 1000;
      if (preview.badRows || result.created + result.updated !== rows || again.toCreate !== 0 || !again.mappingSaved) {
        throw new Error(`unexpected counts for ${kind}: ${JSON.stringify({ ...preview, problems: preview.problems.slice(0, 5) })} ${JSON.stringify(result)} again ${again.toCreate}`);
      }
      const addedMb = (livePeak - liveBefore) / 1024 / 1024;
      measured[kind] = { total, addedMb };
      readOnly.push(`${label}: read alone ${readS.toFixed(1)} s, preview ${((t1 - t0) / 1000 / readS).toFixed(1)}× and preview + confirm ${(total / readS).toFixed(1)}× the read`);
      results.push(
        `| ${label} | ${rows.toLocaleString('en')} | ${((t1 - t0) / 1000).toFixed(1)} s | ${((t2 - t1) / 1000).toFixed(1)} s | **${total.toFixed(1)} s** | ${Math.round(rows / total).toLocaleString('en')} | ${mb(rssBefore)} → ${mb(peak)} MB | +${addedMb.toFixed(0)} MB |`,
      );
      process.stdout.write(`${results[results.length - 1]}\n`);
      const was = before.get(label.split(' (')[0]);
      if (was) {
        comparisons.push(
          `| ${label.split(' (')[0]} | ${rows.toLocaleString('en')} | ${was.preview.toFixed(1)} → ${((t1 - t0) / 1000).toFixed(1)} s | ${was.confirm.toFixed(1)} → ${((t2 - t1) / 1000).toFixed(1)} s | **${was.total.toFixed(1)} → ${total.toFixed(1)} s** (${was.total >= total ? `${(was.total / total).toFixed(1)}× faster` : `${(total / was.total).toFixed(1)}× slower`}) | +${was.addedMb} → +${addedMb.toFixed(0)} MB |`,
        );
      }
    }
    const stageLogs = (await db.query(`SELECT count(*)::int AS n FROM project_stage_log WHERE source = 'IMPORT'`))[0].n;
    const notes = (await db.query(`SELECT count(*)::int AS n FROM interaction WHERE type = 'NOTE'`))[0].n;
    await app.close();

    const company = measured[ImportKind.COMPANIES];
    const verdict = `${company.total <= TARGET_S ? 'met' : '**missed**'} (${company.total.toFixed(1)} s of ≤ ${TARGET_S} s), memory ${company.addedMb <= TARGET_MB ? 'met' : '**missed**'} (+${company.addedMb.toFixed(0)} MB of ≤ ${TARGET_MB} MB)`;
    writeSection(
      'import',
      `## Import of ledgers: ${COMPANY_ROWS.toLocaleString('en')} company rows, ${ROWS.toLocaleString('en')} lead rows, ${ROWS.toLocaleString('en')} project rows

- Date: ${new Date().toISOString().slice(0, 10)}; machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; Node ${process.version}; PostgreSQL server at 127.0.0.1.
- Files as ledgers are kept: a merged title row above the headings, a row-number column, a column the importer does not know
  (listed, not imported); lead amounts in 万元 under an unknown heading (mapped from the content), remarks kept as contacts;
  project stages as words (已签约, 已开工 …) with their dates, funds in place in 万元, progress notes.
- Measured: \`ImportsService\` as the API runs it, one run each — the preview (read the .xlsx as a stream, find the headings,
  suggest and apply the mapping, map the values, check every row, match the rows to the records already there with
  batched lookups by credit code, name key and company + chain + title, 500 rows at a time, each part stored in the
  database as it is checked; nothing written to the records) and the confirmation (the stored rows read back through a
  cursor and written in one transaction through the owning features: companies 250 rows per batch in multi-row
  statements, leads and projects 1,000; audit entries of inserted rows written once per statement; the mapping saved). Rows/s: rows over
  the total.
  Memory, sampled every 20 ms: the resident set before → peak (it never shrinks back after the files were generated, so
  it says little of the import), and the memory the import adds: the peak of the live memory (heap in use + external
  buffers) during preview and confirmation above its level before (after a garbage collection, files already held);
  the heap in use counts garbage not yet collected, so this is an upper bound of what the import holds.
- Each import is then previewed again: its saved mapping applies by itself and it would create nothing.
- Ratios (same run, so that the machine's load cancels out): ${readOnly.join('; ')}.
- Load average (1 min) of the shared machine: ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after — other
  sessions' builds and tests were running; absolute times move with it, the ratios much less.
- Company file against the issue's target (≤ ${TARGET_S} s, ≤ ${TARGET_MB} MB added): ${verdict}.
- Project import wrote ${stageLogs.toLocaleString('en')} stage-log rows marked IMPORT; the lead import ${notes.toLocaleString('en')} remarks as contacts.
- Command: \`npm run bench:import\` (\`BENCH_COMPANY_ROWS\`, \`BENCH_ROWS\` to change the sizes). It creates and drops its own database.

| file | rows | preview | confirm | total | rows/s | resident set before → peak | live memory added (peak) |
| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |
${results.join('\n')}
${
  comparisons.length
    ? `
Before → after, measured one right after the other on the same machine: ${beforeCommit}${beforeWhat ? ` (${beforeWhat})` : ''}, then
this commit. Load average (1 min) at the start of this run: ${loadBefore.toFixed(1)}.

| file | rows | preview | confirm | total | live memory added (peak) |
| --- | ---: | ---: | ---: | ---: | ---: |
${comparisons.join('\n')}
`
    : ''
}`,
    );
  } finally {
    memory.stop();
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
