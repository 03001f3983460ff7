module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'web-crm',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
