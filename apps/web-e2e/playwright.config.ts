import { defineConfig } from '@playwright/test';

const PORT = Number(process.env['E2E_PORT'] ?? 4310);

/**
 * Browser journeys in Debian's chromium against the built app, served as `npm start` serves it:
 * the API with the web app on the embedded PostgreSQL, started fresh and seeded for the run.
 */
export default defineConfig({
  testDir: './src',
  fullyParallel: false,
  workers: 1,
  // One retry on CI, as Playwright recommends for shared runners; a test that needed it is reported as flaky.
  retries: process.env['CI'] ? 1 : 0,
  timeout: 120_000,
  // Pages answer from the API and the embedded database on the same 2 cores as the browser: allow them time.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: '../../test-results/web-e2e',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  webServer: {
    command: `rm -rf tmp/e2e-db && node dist/apps/api/apps/api/src/main.js`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(PORT),
      EMBEDDED_DB_DIR: 'tmp/e2e-db',
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      // Every journey signs in from this one address, more than the 10 sign-ins a minute an address is allowed when
      // the machine runs them quickly; the limit itself is tested by the API's throttle tests.
      SIGN_IN_LIMIT: '1000',
    },
  },
});
