module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'web-admin',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
