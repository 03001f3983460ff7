// Data source for the TypeORM CLI (migration:generate / migration:run) against DATABASE_URL.
import { DataSource } from 'typeorm';
import { appDataSourceOptions } from './app/database';

const url = process.env['DATABASE_URL'];
if (!url) throw new Error('Set DATABASE_URL to the PostgreSQL server the CLI should use');

export default new DataSource(appDataSourceOptions({ url, embedded: false }));
