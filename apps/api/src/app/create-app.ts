import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { createValidationPipe, languageMiddleware } from '@chainboard/server-core';
import { loadSeeds, readSeeds, seedsDir } from '@chainboard/server-database';
import { AppModule, AppOptions } from './app.module';

export interface CreateAppOptions extends AppOptions {
  /** Load the seed files after the migrations (default: true). */
  seed?: boolean;
  bufferLogs?: boolean;
}

/** Builds the whole API: migrations run, the seed loaded (unless told not to), ready to listen. */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(options), { bufferLogs: options.bufferLogs ?? true });
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
