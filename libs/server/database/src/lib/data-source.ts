import { Client, ClientConfig, types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { SeedApplied } from './seed-applied.entity';
import { StructuredTypeOrmLogger } from './typeorm-logger';

// DATE columns are calendar dates (Asia/Shanghai): keep them as 'YYYY-MM-DD' strings, never JS Dates in a server zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** How long opening a connection may take before it fails (the request then answers DATABASE_UNAVAILABLE). */
export const CONNECT_TIMEOUT_MS = 2000;

/**
 * A pg client whose connecting fails after CONNECT_TIMEOUT_MS: a server that is unreachable or does not answer fails
 * requests in seconds instead of hanging for minutes of TCP retries. Set on the client, not the pool: the pool's
 * connectionTimeoutMillis would also limit the wait for a free connection, failing requests that merely queue behind a
 * long transaction (the embedded database has one connection).
 */
class TimedConnectClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(typeof config === 'string' ? { connectionString: config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS } : { ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

/** The entities this library keeps for itself (seed bookkeeping); the data source adds them to the app's. */
export const DATABASE_ENTITIES = [SeedApplied];

/** The entity classes of a data source (as TypeORM takes them). */
export type EntityList = readonly Function[];

export interface DatabaseTarget {
  url: string;
  /** The embedded database serves one connection at a time. */
  embedded: boolean;
}

/** The options of a data source on `target` with the app's entities (composed by the app from its features). */
export function dataSourceOptions(target: DatabaseTarget, entities: EntityList): DataSourceOptions {
  return {
    type: 'postgres',
    url: target.url,
    entities: [...entities, ...DATABASE_ENTITIES],
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: ['error', 'warn', 'migration'],
    logger: new StructuredTypeOrmLogger(),
    maxQueryExecutionTime: 1000,
    extra: { max: target.embedded ? 1 : Number(process.env['DB_POOL_SIZE'] ?? 10), Client: TimedConnectClient },
  };
}
