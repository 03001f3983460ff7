// Jest global setup of the api-search project: starts an embedded PostgreSQL (PGlite served by pglite-socket)
// in Jest's main process and hands its URL to the test through EMBEDDED_TEST_DATABASE_URL.
// Path aliases are not mapped in a global setup, hence the relative import.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- Jest maps no path aliases in a global setup
import { startEmbeddedPostgres } from '../../../libs/server/database/src/lib/embedded';

export default async function setup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chainboard-search-pglite-'));
  const embedded = await startEmbeddedPostgres(dataDir);
  process.env['EMBEDDED_TEST_DATABASE_URL'] = embedded.url;
  (globalThis as Record<string, unknown>)['__EMBEDDED_TEST_DATABASE__'] = { ...embedded, dataDir };
}
