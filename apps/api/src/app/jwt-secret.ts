import { randomBytes } from 'crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { embeddedDataDir } from '@chainboard/server-database';

/**
 * The key that signs sign-in tokens: JWT_SECRET when set (required in production); otherwise a random key
 * kept beside the embedded database, so tokens survive a restart on a developer's machine.
 */
export function jwtSecret(): string {
  const fromEnv = process.env['JWT_SECRET'];
  if (fromEnv) return fromEnv;
  if (process.env['NODE_ENV'] === 'production') throw new Error('JWT_SECRET must be set in production');
  const file = join(dirname(embeddedDataDir()), 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
