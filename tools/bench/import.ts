/**
 * Import benchmark: a workbook of 10,000 company rows and one of 10,000 lead rows (with their companies), each
 * previewed (read, checked, dry run) and confirmed (written in one transaction) through the API's ImportsService,
 * on the real PostgreSQL; time per phase and the process's memory peak. Creates and drops its own database on
 * TEST_DATABASE_SERVER_URL (default postgres@127.0.0.1:5432) and writes the results to BENCHMARKS.md.
 * Run: npm run bench:import  (BENCH_ROWS to change the size).
 */
import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Workbook } from 'exceljs';
import { cpus, totalmem } from 'os';
import { performance } from 'perf_hooks';
import { DataSource } from 'typeorm';
import { Actor, companyNameKey, usccCheckCharacter } from '@chainboard/domain';
import { ChainsModule } from '@chainboard/server-chains';
import { CompaniesModule } from '@chainboard/server-companies';
import { createTestDatabase, loadSeeds, readSeeds, seedsDir } from '@chainboard/server-database';
import { LeadsModule } from '@chainboard/server-leads';
import { ProjectsModule } from '@chainboard/server-projects';
import { ImportKind, ImportMode, ImportsService, SpreadsheetsModule } from '@chainboard/server-spreadsheets';
import { User, UsersModule } from '@chainboard/server-users';
import { benchDataSourceOptions, SEED_STEPS } from './app-database';
import { writeSection } from './report';
import { syntheticCompanies } from './synthetic-companies';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 10_000);
const TARGET_S = 10;
const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Samples the resident memory every 20 ms; the peak since the last reset. */
class MemoryPeak {
  private peak = 0;
  private readonly timer = setInterval(() => this.sample(), 20);
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }
  reset(): void {
    this.peak = process.memoryUsage().rss;
  }
  read(): number {
    this.sample();
    return this.peak;
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

async function workbook(header: string[], rows: unknown[][]): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('数据');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

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
    const imports = app.get(ImportsService);

    // Distinct companies: names that reduce to the same key would read as one company named twice.
    const keys = new Set<string>();
    const names = syntheticCompanies(ROWS * 3)
      .map((c) => c.name)
      .filter((name) => !keys.has(companyNameKey(name)) && keys.add(companyNameKey(name)))
      .slice(0, ROWS * 2);
    const companyFile = await workbook(
      ['企业名称', '统一社会信用代码', '城市', '是否上市', '别名'],
      names.slice(0, ROWS).map((name, i) => [name, i % 2 === 0 ? creditCode(i) : '', '成都', i % 10 === 0 ? '是' : '否', '']),
    );
    const chains = ['高端新材料', '电子信息', '健康+', '时尚+'];
    const leadFile = await workbook(
      ['线索名称', '企业名称', '统一社会信用代码', '产业链', '负责人', '来源', '意向投资额（亿元）'],
      names.slice(ROWS).map((name, i) => [`${name}落地项目`, name, i % 2 === 0 ? creditCode(ROWS + i) : '', chains[i % 4], '招商专员一', '以商招商', `${(i % 50) + 1}.5`]),
    );

    const results: string[] = [];
    for (const [kind, label, content] of [
      [ImportKind.COMPANIES, 'companies', companyFile],
      [ImportKind.LEADS, 'leads (each with a new company)', leadFile],
    ] as const) {
      memory.reset();
      const rssBefore = process.memoryUsage().rss;
      const t0 = performance.now();
      const preview = await imports.preview(actor, { kind, fileName: `${kind}.xlsx`, contentBase64: content });
      const t1 = performance.now();
      const result = await imports.confirm(actor, preview.id, ImportMode.ALL_OR_NOTHING);
      const t2 = performance.now();
      const peak = memory.read();
      const again = await imports.preview(actor, { kind, fileName: `${kind}.xlsx`, contentBase64: content });
      const total = (t2 - t0) / 1000;
      if (preview.badRows || result.created !== ROWS || again.toCreate !== 0) throw new Error(`unexpected counts for ${kind}: ${JSON.stringify({ preview, result, again })}`);
      results.push(
        `| ${label} | ${ROWS.toLocaleString('en')} | ${((t1 - t0) / 1000).toFixed(1)} s | ${((t2 - t1) / 1000).toFixed(1)} s | **${total.toFixed(1)} s** | ${total <= TARGET_S ? 'met' : '**missed**'} | ${mb(rssBefore)} → ${mb(peak)} MB |`,
      );
      process.stdout.write(`${results[results.length - 1]}\n`);
    }
    await app.close();

    writeSection(
      'import',
      `## Import of ${ROWS.toLocaleString('en')} rows

- Date: ${new Date().toISOString().slice(0, 10)}; machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; Node ${process.version}; PostgreSQL server at 127.0.0.1.
- Measured: \`ImportsService\` as the API runs it, one run each — the preview (read the .xlsx, find the header, check every row,
  dry-run the writes in a transaction that is rolled back, count what would be created) and the confirmation (all rows written
  in one transaction, in batches of 500). Memory: the process's resident set, sampled every 20 ms, before → peak.
- Each import is then previewed again: it would create nothing (importing the same file twice adds nothing).
- Command: \`npm run bench:import\` (\`BENCH_ROWS\` to change the size). It creates and drops its own database.

| file | rows | preview | confirm | total | target ≤ ${TARGET_S} s | memory |
| --- | ---: | ---: | ---: | ---: | --- | --- |
${results.join('\n')}
`,
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
