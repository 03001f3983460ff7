module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-projects',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
