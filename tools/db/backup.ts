/**
 * Backup and restore of the app's database, with PostgreSQL's own tools:
 *
 *   npm run db:backup [-- <file>]     DATABASE_URL set: pg_dump -Fc (custom format) into <file>
 *                                     (default backups/chainboard-<time>.dump);
 *                                     else the embedded database (EMBEDDED_DB_DIR, default .data/pglite) as PGlite's
 *                                     own data-directory dump (dumpDataDir, a .tar.gz).
 *   npm run db:restore -- <file>      a .dump: pg_restore --clean --if-exists into DATABASE_URL, in one transaction;
 *                                     a .tar.gz: a new embedded data directory loaded from it (loadDataDir), the one
 *                                     there before moved aside to <dir>.before-restore-<time>.
 *
 * Stop the API before restoring (and before backing up the embedded database: it serves one process). Both print
 * the per-table row counts and checksums of what they wrote (tools/db/checksums.ts), so a restore can be compared.
 */
import { spawn } from 'child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { embeddedDataDir, workspaceRoot } from '@chainboard/server-database';
import { TableChecksum, tableChecksums } from './checksums';

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`))));
  });
}

/** pg_dump in the custom format (compressed, restorable table by table). */
export async function backupServer(url: string, file: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`]);
}

/** pg_restore of a custom-format dump over the database at `url`: its objects dropped and recreated, all or nothing. */
export async function restoreServer(url: string, file: string): Promise<void> {
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${url}`, file]);
}

/** The embedded database's data directory as PGlite dumps it (a gzipped tarball). */
export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  const pg = await PGlite.create(dataDir);
  try {
    const dump = await pg.dumpDataDir('gzip');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await pg.close();
  }
}

/** A new embedded data directory at `dataDir` loaded from a PGlite dump; an existing one is moved aside first. */
export async function restoreEmbedded(dataDir: string, file: string): Promise<string | null> {
  let movedTo: string | null = null;
  if (existsSync(dataDir)) {
    movedTo = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dataDir, movedTo);
  }
  mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
  await pg.close();
  return movedTo;
}

export async function serverChecksums(url: string): Promise<TableChecksum[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await tableChecksums(async (sql) => (await client.query(sql)).rows);
  } finally {
    await client.end();
  }
}

export async function embeddedChecksums(dataDir: string): Promise<TableChecksum[]> {
  const pg = await PGlite.create(dataDir);
  try {
    return await tableChecksums(async (sql) => (await pg.query<Record<string, unknown>>(sql)).rows);
  } finally {
    await pg.close();
  }
}

function printChecksums(sums: TableChecksum[]): void {
  for (const s of sums) console.log(`${s.table.padEnd(32)} ${String(s.rows).padStart(9)}  ${s.md5}`);
}

async function main(): Promise<void> {
  const [command, given] = process.argv.slice(2);
  const url = process.env['DATABASE_URL'];
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  if (command === 'backup') {
    const file = resolve(given ?? join(workspaceRoot(), 'backups', `chainboard-${stamp}${url ? '.dump' : '.tar.gz'}`));
    if (url) {
      await backupServer(url, file);
      printChecksums(await serverChecksums(url));
    } else {
      await backupEmbedded(embeddedDataDir(), file);
      printChecksums(await embeddedChecksums(embeddedDataDir()));
    }
    console.log(`backup written to ${file}`);
  } else if (command === 'restore') {
    if (!given) throw new Error('name the backup file: npm run db:restore -- <file>');
    const file = resolve(given);
    if (file.endsWith('.tar.gz') || file.endsWith('.tgz')) {
      const movedTo = await restoreEmbedded(embeddedDataDir(), file);
      printChecksums(await embeddedChecksums(embeddedDataDir()));
      console.log(`embedded database at ${embeddedDataDir()} restored from ${file}${movedTo ? `; the previous one is in ${movedTo}` : ''}`);
    } else {
      if (!url) throw new Error('set DATABASE_URL to the database to restore into (a .dump is a pg_dump archive of a server database)');
      await restoreServer(url, file);
      printChecksums(await serverChecksums(url));
      console.log(`restored ${file} into ${new URL(url).host}${new URL(url).pathname}`);
    }
  } else {
    throw new Error('usage: backup.ts backup [file] | restore <file>');
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
