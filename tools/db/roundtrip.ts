/**
 * Backup round trips: a database with the app's schema and the plan's seed (plus edits that leave audit entries) is
 * backed up, then restored — over the same database after it was changed, and into a fresh one — and each restore
 * must reproduce every table's row count and checksum. `serverRoundTrip` uses pg_dump/pg_restore on the PostgreSQL
 * server (TEST_DATABASE_SERVER_URL); `embeddedRoundTrip` uses the embedded database's own dump (PGlite).
 *
 * `npm run db:roundtrip` runs both and prints the timings (the server one also runs in CI as tools/db/backup.spec.ts).
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CHAIN_ENTITIES, chainMapsSeed, chainsSeed } from '@chainboard/server-chains';
import { COMPANY_ENTITIES, companyListsSeed, mapCompaniesSeed, planCompaniesSeed } from '@chainboard/server-companies';
import { AppSetting } from '@chainboard/server-core';
import { createTestDatabase, dataSourceOptions, loadSeeds, readSeeds, seedsDir, startEmbeddedPostgres, TestDatabase } from '@chainboard/server-database';
import { LEAD_ENTITIES } from '@chainboard/server-leads';
import { MEETING_ENTITIES } from '@chainboard/server-meetings';
import { PLACE_ENTITIES } from '@chainboard/server-places';
import { PROJECT_ENTITIES } from '@chainboard/server-projects';
import { SPREADSHEET_ENTITIES } from '@chainboard/server-spreadsheets';
import { TARGET_ENTITIES } from '@chainboard/server-targets';
import { departmentsSeed, USER_ENTITIES, usersSeed } from '@chainboard/server-users';
import { backupEmbedded, backupServer, embeddedChecksums, restoreEmbedded, restoreServer, serverChecksums } from './backup';
import { TableChecksum } from './checksums';

const ENTITIES = [...USER_ENTITIES, ...CHAIN_ENTITIES, ...COMPANY_ENTITIES, ...LEAD_ENTITIES, ...PROJECT_ENTITIES, ...MEETING_ENTITIES, ...TARGET_ENTITIES, ...PLACE_ENTITIES, ...SPREADSHEET_ENTITIES, AppSetting];
const SEED_STEPS = [companyListsSeed, departmentsSeed, usersSeed, chainsSeed, chainMapsSeed([mapCompaniesSeed]), planCompaniesSeed];

/** Migrates and seeds the database at `url` through the app's migrations, then edits it the way users do. */
async function fill(url: string, embedded: boolean): Promise<void> {
  const db = new DataSource({ ...dataSourceOptions({ url, embedded }, ENTITIES), logging: false });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    await loadSeeds(db, readSeeds(SEED_STEPS, seedsDir()), { demo: false });
    // Rows of every kind of column: text in Chinese, arrays, numbers, dates, jsonb (the audit trigger's entries).
    await db.query(`UPDATE company SET english_name = 'Round Trip Co., Ltd.', aliases = ARRAY['往返', '备份'] WHERE id = (SELECT id FROM company ORDER BY name LIMIT 1)`);
    await db.query(`INSERT INTO company (name, name_key, search_tokens, search_text, is_demo) VALUES ('备份往返测试科技有限公司', '备份往返测试科技', ARRAY['备份', '往返'], '备份往返测试科技有限公司', true)`);
  } finally {
    await db.destroy();
  }
}

export interface RoundTrip {
  before: TableChecksum[];
  overChanged: TableChecksum[];
  fresh: TableChecksum[];
  seconds: { backup: number; restoreOver: number; restoreFresh: number; total: number };
}

const timed = async (run: () => Promise<unknown>) => {
  const t0 = performance.now();
  await run();
  return (performance.now() - t0) / 1000;
};

export async function serverRoundTrip(): Promise<RoundTrip> {
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'chainboard-backup-'));
  const databases: TestDatabase[] = [];
  try {
    const source = await createTestDatabase('chainboard_backup');
    databases.push(source);
    await fill(source.url, false);
    const before = await serverChecksums(source.url);
    const file = join(work, 'chainboard.dump');
    const backup = await timed(() => backupServer(source.url, file));

    // Changed after the backup: a row more, a row edited, a row gone; the restore puts back what the backup holds.
    const changed = new DataSource({ ...dataSourceOptions({ url: source.url, embedded: false }, []), logging: false });
    await changed.initialize();
    await changed.query(`INSERT INTO company (name, name_key) VALUES ('备份之后新增有限公司', '备份之后新增')`);
    await changed.query(`UPDATE industry_chain SET description = description || '（备份后修改）'`);
    await changed.query(`DELETE FROM company_tag WHERE ctid = (SELECT ctid FROM company_tag LIMIT 1)`);
    await changed.destroy();
    const restoreOver = await timed(() => restoreServer(source.url, file));
    const overChanged = await serverChecksums(source.url);

    const target = await createTestDatabase('chainboard_restore');
    databases.push(target);
    const restoreFresh = await timed(() => restoreServer(target.url, file));
    const fresh = await serverChecksums(target.url);
    return { before, overChanged, fresh, seconds: { backup, restoreOver, restoreFresh, total: (performance.now() - started) / 1000 } };
  } finally {
    for (const d of databases) await d.drop();
    rmSync(work, { recursive: true, force: true });
  }
}

export async function embeddedRoundTrip(): Promise<RoundTrip> {
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'chainboard-embedded-backup-'));
  try {
    const dir = join(work, 'pglite');
    const server = await startEmbeddedPostgres(dir);
    try {
      await fill(server.url, true);
    } finally {
      await server.stop();
    }
    const before = await embeddedChecksums(dir);
    const file = join(work, 'chainboard.tar.gz');
    const backup = await timed(() => backupEmbedded(dir, file));

    const changed = await startEmbeddedPostgres(dir);
    const db = new DataSource({ ...dataSourceOptions({ url: changed.url, embedded: true }, []), logging: false });
    await db.initialize();
    await db.query(`INSERT INTO company (name, name_key) VALUES ('备份之后新增有限公司', '备份之后新增')`);
    await db.destroy();
    await changed.stop();
    const restoreOver = await timed(() => restoreEmbedded(dir, file));
    const overChanged = await embeddedChecksums(dir);

    const freshDir = join(work, 'fresh');
    const restoreFresh = await timed(() => restoreEmbedded(freshDir, file));
    const fresh = await embeddedChecksums(freshDir);
    return { before, overChanged, fresh, seconds: { backup, restoreOver, restoreFresh, total: (performance.now() - started) / 1000 } };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  Logger.overrideLogger(['error']);
  let failed = false;
  for (const [name, roundTrip] of [
    ['PostgreSQL server (pg_dump -Fc / pg_restore)', serverRoundTrip],
    ['embedded database (PGlite dumpDataDir / loadDataDir)', embeddedRoundTrip],
  ] as const) {
    const r = await roundTrip();
    const same = JSON.stringify(r.before) === JSON.stringify(r.overChanged) && JSON.stringify(r.before) === JSON.stringify(r.fresh);
    const rows = r.before.reduce((n, t) => n + t.rows, 0);
    console.log(
      `${name}: ${r.before.length} tables, ${rows} rows; backup ${r.seconds.backup.toFixed(1)} s, restore over the changed database ${r.seconds.restoreOver.toFixed(1)} s, into a fresh one ${r.seconds.restoreFresh.toFixed(1)} s, ${r.seconds.total.toFixed(1)} s in all: ${same ? 'every count and checksum reproduced' : 'DIFFERENT'}`,
    );
    if (!same) {
      failed = true;
      for (const [i, t] of r.before.entries()) {
        if (JSON.stringify(t) !== JSON.stringify(r.overChanged[i]) || JSON.stringify(t) !== JSON.stringify(r.fresh[i])) console.log('  ', t, r.overChanged[i], r.fresh[i]);
      }
    }
  }
  console.log(failed ? '0 passed, 1 failed' : '2 passed, 0 failed');
  if (failed) process.exit(1);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
