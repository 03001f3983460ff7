import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { createValidationPipe, languageMiddleware, requestBodyErrorHandler } from '@chainboard/server-core';
import { loadSeeds, readSeeds, seedsDir } from '@chainboard/server-database';
import { MAX_IMPORT_BASE64 } from '@chainboard/server-spreadsheets';
import { AppModule, AppOptions } from './app.module';

export interface CreateAppOptions extends AppOptions {
  /** Load the seed files after the migrations (default: true). */
  seed?: boolean;
  bufferLogs?: boolean;
}

/** Builds the whole API: migrations run, the seed loaded (unless told not to), ready to listen. */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), { bufferLogs: options.bufferLogs ?? true });
  // GraphQL requests carry imported files as base64 text: room for the largest file the import accepts.
  app.useBodyParser('json', { limit: MAX_IMPORT_BASE64 + 1_000_000 });
  app.use(requestBodyErrorHandler);
  app.useLogger(app.get(Logger));
  app.use(languageMiddleware);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  if (options.seed !== false) {
    const report = await loadSeeds(app.get(DataSource), readSeeds(seedsDir()));
    app.get(Logger).log(`seed: added ${report.departments} departments, ${report.users} users, ${report.chains} chains, ${report.maps} chain maps, ${report.companyLists} company lists`);
  }
  return app;
}
