module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'web-leads',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
