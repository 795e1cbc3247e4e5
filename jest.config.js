/** Tests run TypeScript through ts-jest without type checking (tsc checks types in `npm test`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // The page tests need Chromium and the front-end build: npm run test:browser (jest.browser.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/browser/'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
  },
  // jose ships ES modules only; let ts-jest turn it into CommonJS for the test runtime.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  // process-setup.ts does for the test processes what gateway/index.ts does for the gateway's.
  setupFiles: ['reflect-metadata', '<rootDir>/tests/support/process-setup.ts'],
  testTimeout: 60000,
  // Jest's default on two cores is one worker; most tests wait on a database or a socket, so two keep both cores busy.
  maxWorkers: 2,
};
