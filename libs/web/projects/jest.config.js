module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'web-projects',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
