import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { CHAIN_ENTITIES } from '@chainboard/server-chains';
import { COMPANY_ENTITIES } from '@chainboard/server-companies';
import { AppSetting } from '@chainboard/server-core';
import { LEAD_ENTITIES } from '@chainboard/server-leads';
import { PROJECT_ENTITIES } from '@chainboard/server-projects';
import { USER_ENTITIES } from '@chainboard/server-users';
import { MIGRATIONS } from '../migrations';
import { SeedApplied } from './seed-applied.entity';
import { StructuredTypeOrmLogger } from './typeorm-logger';

// DATE columns are calendar dates (Asia/Shanghai): keep them as 'YYYY-MM-DD' strings, never JS Dates in a server zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

export const ENTITIES = [...USER_ENTITIES, ...CHAIN_ENTITIES, ...COMPANY_ENTITIES, ...LEAD_ENTITIES, ...PROJECT_ENTITIES, AppSetting, SeedApplied];

export interface DatabaseTarget {
  url: string;
  /** The embedded database serves one connection at a time. */
  embedded: boolean;
}

export function dataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  return {
    type: 'postgres',
    url: target.url,
    entities: ENTITIES,
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
    extra: { max: target.embedded ? 1 : Number(process.env['DB_POOL_SIZE'] ?? 10) },
  };
}
