// Jest settings of the web projects: the root preset, plus SWC for the few ESM-only packages that antd's
// CommonJS build requires (Node 20 cannot require ES modules).
const root = require('../../jest.preset.js');

module.exports = {
  ...root,
  transformIgnorePatterns: ['/node_modules/(?!(@ant-design/colors)/)'],
};
