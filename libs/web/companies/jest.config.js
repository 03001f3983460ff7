module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'web-companies',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
