import { Logger } from '@nestjs/common';
import { DatabaseTarget } from './data-source';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded';
import { embeddedDataDir } from './workspace';

export interface OpenedDatabase {
  target: DatabaseTarget;
  /** Stops the embedded server, if one was started. */
  close(): Promise<void>;
}

/**
 * The database the app runs on: the PostgreSQL server at DATABASE_URL when it is set,
 * otherwise an embedded PostgreSQL keeping its files under .data/ (kept across restarts).
 */
export async function openDatabase(): Promise<OpenedDatabase> {
  const url = process.env['DATABASE_URL'];
  const logger = new Logger('Database');
  if (url) {
    logger.log(`using the PostgreSQL server at ${new URL(url).host}`);
    return { target: { url, embedded: false }, close: async () => undefined };
  }
  const dir = embeddedDataDir();
  const port = process.env['EMBEDDED_DB_PORT'] ? Number(process.env['EMBEDDED_DB_PORT']) : undefined;
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres(dir, port);
  logger.log(`DATABASE_URL is not set: started the embedded PostgreSQL with its data in ${dir}`);
  return { target: { url: embedded.url, embedded: true }, close: () => embedded.stop() };
}
