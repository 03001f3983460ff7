module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'web-chain-map',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
