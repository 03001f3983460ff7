module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-meetings',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
