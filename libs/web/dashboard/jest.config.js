module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'web-dashboard',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
