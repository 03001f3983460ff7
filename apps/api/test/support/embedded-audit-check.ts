// Run by embedded-audit.spec.ts in a child process (PGlite cannot start inside a Jest test file on Node 20): the
// migrations on the embedded PostgreSQL, then the audit trail's trigger, its actor and its refusals there. Prints
// one JSON line with what it saw.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { AuditActorSubscriber, runAs } from '@chainboard/server-audit';
import { startEmbeddedPostgres } from '@chainboard/server-database';
import { appDataSourceOptions } from '../../src/app/database';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chainboard-audit-pglite-'));
  const embedded = await startEmbeddedPostgres(dir);
  const db = new DataSource({ ...appDataSourceOptions({ url: embedded.url, embedded: true }), logging: false });
  const seen: Record<string, unknown> = {};
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    db.subscribers.push(new AuditActorSubscriber());
    const actor = '00000000-0000-4000-8000-000000000001';
    const id: string = await runAs({ actorId: actor, operation: 'createCompany', requestId: 'req-1', address: '127.0.0.1' }, () =>
      db.transaction(async (m) => (await m.query(`INSERT INTO company (name) VALUES ('嵌入式审计测试企业') RETURNING id`))[0].id),
    );
    seen['committed'] = await db.query(`SELECT actor_id, operation, action, entity_type, entity_id, request_id, address, after->>'name' AS name FROM audit_entry WHERE entity_id = $1`, [id]);
    // A transaction that fails after its write leaves no entry.
    await runAs({ actorId: actor, operation: 'updateCompany', requestId: 'req-2', address: null }, () =>
      db.transaction(async (m) => {
        await m.query(`UPDATE company SET city = '成都市' WHERE id = $1`, [id]);
        throw new Error('refused midway');
      }),
    ).catch(() => undefined);
    seen['afterRollback'] = (await db.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [id]))[0].n;
    // The settings end with the transaction: a later one without an actor records none.
    await db.transaction((m) => m.query(`UPDATE company SET city = '成都市' WHERE id = $1`, [id]));
    seen['withoutActor'] = await db.query(`SELECT actor_id, operation, before, after FROM audit_entry WHERE entity_id = $1 AND action = 'update'`, [id]);
    const refusals: string[] = [];
    for (const sql of [`UPDATE audit_entry SET operation = 'forged'`, `DELETE FROM audit_entry`, `TRUNCATE audit_entry`]) {
      try {
        await db.query(sql);
        refusals.push('allowed');
      } catch (e) {
        refusals.push((e as Error).message);
      }
    }
    seen['refusals'] = refusals;
  } finally {
    if (db.isInitialized) await db.destroy();
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`AUDIT-RESULT ${JSON.stringify(seen)}\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
