/**
 * Search benchmark: 100,000 synthetic companies on the real PostgreSQL, p50/p95 of 1-, 2- and 4-character
 * queries through the API's SearchService (the SQL the search box runs, and the hydration of the results).
 * Creates and drops its own database on TEST_DATABASE_SERVER_URL (default postgres@127.0.0.1:5432), writes
 * the results to BENCHMARKS.md. Run: npm run bench:search  (BENCH_COMPANIES and BENCH_RUNS to change the size).
 */
import 'reflect-metadata';
import { cpus, totalmem } from 'os';
import { performance } from 'perf_hooks';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, companyIndex, Role } from '@chainboard/domain';
import { createTestDatabase } from '@chainboard/server-database';
import { ChainsService } from '@chainboard/server-chains';
import { LeadAccess } from '@chainboard/server-leads';
import { Department, User, UsersService } from '@chainboard/server-users';
import { SearchKind, SearchService } from '@chainboard/server-search';
import { benchDataSourceOptions } from './app-database';
import { writeSection } from './report';
import { syntheticCompanies } from './synthetic-companies';

const COMPANIES = Number(process.env['BENCH_COMPANIES'] ?? 100_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 200);
const TARGET_MS = 50;

const QUERIES: Record<string, string[]> = {
  '1 character': ['华', '科', '成', '电', '医', '新', '智', '陶'],
  '2 characters': ['华新', '科技', '成都', '电子', '医疗', '新材', '智能', '陶瓷'],
  '4 characters': ['电子科技', '生物医药', '科技有限', '精密陶瓷', '信息技术', '医疗器械', '网络科技', '智能装备'],
  // Not a realistic search, the worst case: words that nearly every company name contains.
  'worst case (1, 2, 4 characters found in ~every name)': ['公', '司', '有限', '有限公司'],
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function load(db: DataSource): Promise<number> {
  const started = performance.now();
  const companies = syntheticCompanies(COMPANIES);
  // Load first, index after: building the search indexes once is far quicker than growing them row by row.
  const indexes: Array<{ indexname: string; indexdef: string }> = await db.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'company' AND indexname IN ('company_search_tokens_gin', 'company_search_name', 'company_name_order')`,
  );
  for (const index of indexes) await db.query(`DROP INDEX "${index.indexname}"`);
  for (let i = 0; i < companies.length; i += 2000) {
    const batch = companies.slice(i, i + 2000).map((c) => ({ ...c, ...companyIndex(c) }));
    await db.query(
      `INSERT INTO company (name, english_name, aliases, is_local, is_listed, name_key, search_tokens, search_text)
       SELECT b.name, b.english_name, ARRAY(SELECT json_array_elements_text(b.aliases)), b.is_local, b.is_listed, b.name_key,
              ARRAY(SELECT json_array_elements_text(b.search_tokens)), b.search_text
         FROM json_to_recordset($1::json) AS b(name text, english_name text, aliases json, is_local boolean, is_listed boolean, name_key text, search_tokens json, search_text text)`,
      [
        JSON.stringify(
          batch.map((c) => ({
            name: c.name,
            english_name: c.englishName,
            aliases: c.aliases,
            is_local: c.isLocal,
            is_listed: c.isListed,
            name_key: c.nameKey,
            search_tokens: c.searchTokens,
            search_text: c.searchText,
          })),
        ),
      ],
    );
  }
  for (const index of indexes) await db.query(index.indexdef);
  await db.query(`ANALYZE company`);
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  Logger.overrideLogger(false);
  const database = await createTestDatabase('chainboard_bench');
  const db = new DataSource(benchDataSourceOptions({ url: database.url, embedded: false }));
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    console.log(`loading ${COMPANIES} companies into ${database.name} …`);
    const loadSeconds = await load(db);
    const [{ version }] = await db.query(`SELECT current_setting('server_version') AS version`);
    console.log(`loaded in ${loadSeconds.toFixed(1)} s`);

    const chains = new ChainsService(db, new UsersService(db.getRepository(User), db.getRepository(Department)));
    const search = new SearchService(db, new LeadAccess(db, chains));
    const actor: Actor = { id: '00000000-0000-4000-8000-000000000000', role: Role.INVESTMENT_STAFF, departmentId: null };
    const run = async (query: string) => {
      const t0 = performance.now();
      const result = await search.search(actor, { query, kinds: [SearchKind.COMPANY], limit: 10 });
      return { ms: performance.now() - t0, hits: result.groups[0].hits.length };
    };

    const rows: Array<{ label: string; matches: string; p50: number; p95: number; max: number }> = [];
    for (const [label, queries] of Object.entries(QUERIES)) {
      for (const q of queries) for (let i = 0; i < 3; i++) await run(q); // warm up
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push((await run(queries[i % queries.length])).ms);
      times.sort((a, b) => a - b);
      const counts: number[] = [];
      for (const q of queries) {
        const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM company WHERE search_text LIKE $1`, [`%${q}%`]);
        counts.push(n);
      }
      rows.push({ label, matches: `${Math.min(...counts)}–${Math.max(...counts)}`, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] });
      console.log(`${label}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (matching companies per query: ${rows[rows.length - 1].matches})`);
    }

    if (process.env['BENCH_EXPLAIN']) {
      // SearchService's query for the matches not starting with the word, as it runs it: at most 1,000 matches,
      // sorted; when there are more, the first 1,000 companies in name order.
      const other = `c.search_tokens @> $1::text[] AND c.search_text LIKE $2 AND split_part(c.search_text, E'\\n', 1) COLLATE "C" NOT LIKE $3`;
      const sorted = `WITH m AS MATERIALIZED (SELECT c.id, char_length(c.name) AS len, c.name COLLATE "C" AS sort_name FROM company c WHERE ${other} LIMIT 1001)
        SELECT id, count(*) OVER () AS total FROM m ORDER BY len, sort_name, id LIMIT 11`;
      const head = `SELECT c.id FROM (SELECT id, char_length(name) AS len, name COLLATE "C" AS sort_name, search_tokens, search_text FROM company
        ORDER BY len, sort_name, id LIMIT 1000) c WHERE ${other} ORDER BY c.len, c.sort_name, c.id LIMIT 11`;
      for (const [q, sql] of [['华新', sorted], ['公', sorted], ['公', head]]) {
        const plan: Array<{ 'QUERY PLAN': string }> = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, [[q], `%${q}%`, `${q}%`]);
        console.log(plan.map((r) => r['QUERY PLAN']).join('\n'));
      }
    }

    const date = new Date().toISOString().slice(0, 10);
    const [one, , , worst] = rows;
    const cpu = cpus();
    const table = rows
      .map((r) => `| ${r.label} | ${QUERIES[r.label].join(' ')} | ${r.matches} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${(r.p95 / TARGET_MS).toFixed(2)} | ${r.p95 <= TARGET_MS ? 'met' : 'missed'} |`)
      .join('\n');
    writeSection(
      'search',
      `## Search over ${COMPANIES.toLocaleString('en')} companies

- Date: ${date}; machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}; PostgreSQL ${version} (real server, 127.0.0.1).
- Data: ${COMPANIES.toLocaleString('en')} synthetic companies (tools/bench/synthetic-companies.ts, seeded, deterministic): region + brand + industry + legal form,
  15% with the region in brackets, 20% with an English name, 10% with an alias. Loaded in ${loadSeconds.toFixed(0)} s (search indexes built after the load).
- Measured: \`SearchService.search\` for companies, 10 results (the search box's SQL — the exact name, names starting with the word
  and the other matches as separate queries in name order — and loading the 10 companies), ${RUNS} runs per length cycling through
  the queries, after 3 warm-up runs of each.
- Command: \`npm run bench:search\` (\`BENCH_COMPANIES\`, \`BENCH_RUNS\` to change the size). It creates and drops its own database.

| query length | queries | companies matching a query | p50 (ms) | p95 (ms) | max (ms) | p95 / 50 ms target | target |
| --- | --- | --- | --- | --- | --- | --- | --- |
${table}

Reading: the ranking is up to three queries, the next one asked only while the page has room — the exact name (an equality
on index company_search_name, the folded name in the "C" collation), names starting with the word (a range of that index), then
the other matches — each in name order: shorter names first, then the name (index company_name_order on char_length(name),
name COLLATE "C", id). A part with at most 1,000 matches is found through the GIN token index or the folded-name range,
rechecked (LIKE) and sorted, as every match was before; a part with more is read from the shortest name on, and PostgreSQL
stops as soon as it holds the page. A word found in nearly every name (公, 有限公司) now costs a scan that stops at the 1,001st
match, then about a dozen index entries: p50 ${worst.p50.toFixed(1)} ms, p95 ${worst.p95.toFixed(1)} ms, where ranking every match took p50 107–159 ms,
p95 134–287 ms with 100,000 companies on these machines. One-character queries, matching 3–35% of the companies, gain the
same way (p95 ${one.p95.toFixed(1)} ms). What still grows with the matches: a part with more than 1,000 matches none of which are
among the 1,000 shortest names — here the names starting with 成都 (3%), which all carry a region and so are never the
shortest — reads those 1,000 names (about 1 ms), then sorts all its matches, as before.
`,
    );
    console.log('wrote BENCHMARKS.md');
  } finally {
    if (db.isInitialized) await db.destroy();
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
