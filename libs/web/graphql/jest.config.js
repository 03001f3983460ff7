module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'web-graphql',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
