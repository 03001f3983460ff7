module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-spreadsheets',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
