import { rmSync } from 'fs';

export default async function teardown(): Promise<void> {
  const db = (globalThis as Record<string, unknown>)['__EMBEDDED_TEST_DATABASE__'] as { stop(): Promise<void>; dataDir: string } | undefined;
  if (!db) return;
  await db.stop();
  rmSync(db.dataDir, { recursive: true, force: true });
}
