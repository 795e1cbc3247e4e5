/** The page tests: a real Chromium against the network started in-process (npm run test:browser). */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/tests/browser'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120000,
  // One browser at a time: two cores, and each file starts its own network.
  maxWorkers: 1,
};
