import 'reflect-metadata';
import { join } from 'path';
import { openDatabase, workspaceRoot } from '@chainboard/server-database';
import { createApp } from './app/create-app';
import { jwtSecret } from './app/jwt-secret';

/** TRUST_PROXY as Express takes it: a number of hops, true/false, or addresses and subnets ("loopback, 10.0.0.0/8"). */
function trustProxy(value: string | undefined): boolean | number | string | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}

async function main(): Promise<void> {
  const database = await openDatabase();
  const app = await createApp({
    database: database.target,
    jwtSecret: jwtSecret(),
    webRoot: process.env['WEB_ROOT'] ?? join(workspaceRoot(), 'dist', 'apps', 'web'),
    signInLimit: process.env['SIGN_IN_LIMIT'] ? Number(process.env['SIGN_IN_LIMIT']) : undefined,
    signInAccountLimit: process.env['SIGN_IN_ACCOUNT_LIMIT'] ? Number(process.env['SIGN_IN_ACCOUNT_LIMIT']) : undefined,
    trustProxy: trustProxy(process.env['TRUST_PROXY']),
    seed: process.env['SEED_ON_START'] !== 'false',
  });
  const port = Number(process.env['PORT'] ?? 3000);
  const host = process.env['HOST'] ?? '127.0.0.1';
  await app.listen(port, host);
  console.log(`Chainboard is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/ (GraphQL at /graphql)`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
