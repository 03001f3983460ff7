import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DEMO_PASSWORD, seedsDir } from '@chainboard/server-database';
import { verifyPassword } from './auth.service';
import { User } from './user.entity';
import { usersSeed } from './users.seed';

/** Secrets printed in the README, the compose file or the tests: never a production key. */
const KNOWN_SECRETS = new Set(['change-me', 'changeme', 'secret', 'jwt-secret', 'test-only-secret', 'chainboard', 'development']);

/** The shortest production signing key accepted (characters): 32 random bytes in hex are 64. */
export const MIN_PRODUCTION_SECRET_LENGTH = 32;

/**
 * Refuses a signing key unfit for production: missing, one of the well-known placeholder values, or too short to be
 * random. Throws an Error whose message tells what to do.
 */
export function assertProductionSecret(secret: string | undefined | null): void {
  const value = secret?.trim() ?? '';
  if (!value) throw new Error('Refusing to start in production: JWT_SECRET is not set. Set it to a long random value, e.g. `openssl rand -hex 32`.');
  if (KNOWN_SECRETS.has(value.toLowerCase()) || value.length < MIN_PRODUCTION_SECRET_LENGTH) {
    throw new Error(
      `Refusing to start in production: JWT_SECRET is a default or too short (at least ${MIN_PRODUCTION_SECRET_LENGTH} characters). Set it to a long random value, e.g. \`openssl rand -hex 32\`.`,
    );
  }
}

/** Refuses to seed accounts with the demo password printed in the README (production only). */
export function assertSeedPasswordFit(password: string): void {
  if (password === DEMO_PASSWORD) {
    throw new Error(
      'Refusing to start in production: the seed would create accounts with the demo password printed in the README. Set SEED_PASSWORD to a password of your own (the accounts must change it at first sign-in), or SEED_ON_START=false.',
    );
  }
}

export const PRODUCTION_MODE = 'chainboard:production-mode';

/**
 * In production, at start (after the migrations and the seed): refuses to run while any active seeded account still
 * has the demo password printed in the README, verifying each one's hash against it.
 */
@Injectable()
export class ProductionChecks implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PRODUCTION_MODE) private readonly production: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.production) return;
    const exposed = await seededAccountsWithDemoPassword(this.db);
    if (exposed.length > 0) {
      throw new Error(
        `Refusing to start in production: the seeded accounts ${exposed.join(', ')} still have the demo password printed in the README. ` +
          'Start once without NODE_ENV=production and change their passwords (or disable the accounts), or seed a new database with SEED_PASSWORD set.',
      );
    }
  }
}

/** The usernames of the seed's accounts that are active and still have the demo password. */
export async function seededAccountsWithDemoPassword(db: DataSource): Promise<string[]> {
  const usernames = usersSeed.read(seedsDir()).map((u) => u.username);
  if (usernames.length === 0) return [];
  const users = await db.manager.find(User, { where: { username: In(usernames), active: true }, order: { username: 'ASC' } });
  // Accounts seeded together share one hash: verify each distinct hash once.
  const verdicts = new Map<string, Promise<boolean>>();
  const exposed: string[] = [];
  for (const user of users) {
    let verdict = verdicts.get(user.passwordHash);
    if (!verdict) {
      verdict = verifyPassword(user.passwordHash, DEMO_PASSWORD);
      verdicts.set(user.passwordHash, verdict);
    }
    if (await verdict) exposed.push(user.username);
  }
  return exposed;
}
