import { spawnSync } from 'child_process';
import { join } from 'path';
import { workspaceRoot } from '@chainboard/server-database';

/**
 * The audit trail on the embedded PostgreSQL (PGlite), which the app runs on when no DATABASE_URL is given: the
 * migrations install its trigger there too, the actor handed to a transaction is recorded, a rolled-back change
 * leaves no entry, the actor ends with its transaction, and UPDATE, DELETE and TRUNCATE of the trail are refused.
 * PGlite cannot start inside a Jest test file on Node 20, so a child process runs the check and reports it.
 */
describe('the audit trail on the embedded database', () => {
  it('is written by the trigger with the transaction’s actor and refuses changes, as on the server', () => {
    const root = workspaceRoot();
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', join(root, 'apps/api/test/support/embedded-audit-check.ts')], {
      cwd: root,
      env: { ...process.env, TS_NODE_PROJECT: join(root, 'apps/api/tsconfig.spec.json'), TS_NODE_TRANSPILE_ONLY: '1' },
      encoding: 'utf8',
      timeout: 170_000,
    });
    const line = run.stdout.split('\n').find((l) => l.startsWith('AUDIT-RESULT '));
    if (!line) throw new Error(`the embedded check failed (${run.status}):\n${run.stderr.slice(-3000)}`);
    const seen = JSON.parse(line.slice('AUDIT-RESULT '.length));
    expect(seen.committed).toEqual([
      expect.objectContaining({
        actor_id: '00000000-0000-4000-8000-000000000001',
        operation: 'createCompany',
        action: 'insert',
        entity_type: 'company',
        request_id: 'req-1',
        address: '127.0.0.1',
        name: '嵌入式审计测试企业',
      }),
    ]);
    expect(seen.afterRollback).toBe(1);
    expect(seen.withoutActor).toEqual([{ actor_id: null, operation: null, before: { city: null }, after: { city: '成都市' } }]);
    expect(seen.refusals).toEqual(['audit_entry is append-only: UPDATE refused', 'audit_entry is append-only: DELETE refused', 'audit_entry is append-only: TRUNCATE refused']);
  }, 180_000);
});
