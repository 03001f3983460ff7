import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { ControlCharacterPipe, createValidationPipe, languageMiddleware, requestBodyErrorHandler } from '@chainboard/server-core';
import { loadSeeds, readSeeds, seedsDir } from '@chainboard/server-database';
import { MAX_IMPORT_BASE64 } from '@chainboard/server-spreadsheets';
import { AppModule, AppOptions } from './app.module';
import { SEED_STEPS } from './database';

export interface CreateAppOptions extends AppOptions {
  /** Load the seed files after the migrations (default: true). */
  seed?: boolean;
  /** Load the demo data with the plan's facts (default: SEED_DEMO, true unless "false"). */
  seedDemo?: boolean;
  bufferLogs?: boolean;
  /**
   * Whom to believe about the client's address (X-Forwarded-For), as Express's `trust proxy` takes it: a number of
   * proxy hops, addresses, or true for any. Unset: nobody, the address is the connection's.
   */
  trustProxy?: boolean | number | string;
}

/**
 * The Content-Security-Policy of the API and the web app it serves: scripts only from the app's own files (the Vite
 * build has no inline script), inline styles for antd's CSS-in-JS, images also as data: and blob: URLs (icons, the
 * chain map's PNG export), requests only to the app itself, and no framing.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Builds the whole API: migrations run, the seed loaded (unless told not to), ready to listen. */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), { bufferLogs: options.bufferLogs ?? true });
  app.disable('x-powered-by');
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  // Security headers on every answer: the API's and the web app's.
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      // HTTPS is the proxy's business; when it serves the app, browsers keep to it (this host only).
      strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
    }),
  );
  // GraphQL requests carry imported files as base64 text: room for the largest file the import accepts.
  app.useBodyParser('json', { limit: MAX_IMPORT_BASE64 + 1_000_000 });
  app.use(requestBodyErrorHandler);
  app.useLogger(app.get(Logger));
  app.use(languageMiddleware);
  // Text with control characters is refused before the validation pipe reads it (PostgreSQL cannot store a NUL).
  app.useGlobalPipes(new ControlCharacterPipe(), createValidationPipe());
  app.enableShutdownHooks();
  if (options.seed !== false) {
    const report = await loadSeeds(app.get(DataSource), readSeeds(SEED_STEPS, seedsDir()), { demo: options.seedDemo });
    app.get(Logger).log(`seed: added ${Object.entries(report).map(([step, n]) => `${n} ${step}`).join(', ')}`);
  }
  return app;
}
