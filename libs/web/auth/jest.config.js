module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'web-auth',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
