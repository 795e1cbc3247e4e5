/** The page tests: a real Chromium against the network started in-process (npm run test:browser). */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/tests/browser'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120000,
  // Two files at a time: each starts its own network and spends most of its time waiting on pages
  // and polling, so two overlap well on two cores (about 6 minutes instead of 10).
  maxWorkers: 2,
  // The demo network is played once; each file starts on its own copy of its databases.
  globalSetup: '<rootDir>/tests/browser/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/browser/support/global-teardown.ts',
};
