const base = {
  ...require('../../jest.preset.js'),
  rootDir: __dirname,
};

module.exports = {
  projects: [
    {
      ...base,
      displayName: 'api',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/search.spec.ts'],
    },
    {
      // The search test compares the embedded PostgreSQL (PGlite over pglite-socket) with the real server. PGlite
      // cannot start inside a test file on Node 20, so this project starts it in its global setup.
      ...base,
      displayName: 'api-search',
      testMatch: ['<rootDir>/test/search.spec.ts'],
      globalSetup: '<rootDir>/test/embedded-database.setup.ts',
      globalTeardown: '<rootDir>/test/embedded-database.teardown.ts',
    },
  ],
  testTimeout: 60_000,
  // Each test file boots the API on its own fresh database; two at a time suits a 2-core machine.
  maxWorkers: 2,
};
