module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'web-chains',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
