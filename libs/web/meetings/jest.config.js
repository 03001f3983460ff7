module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'web-meetings',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
