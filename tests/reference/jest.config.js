/**
 * The reference suite (`npm run test:reference`): LeadLink held to third-party material the repository does not
 * hold — real webhook captures, Microsoft's XSDs, real exported solutions — found through LEADLINK_REFERENCE_DIR.
 */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: `${__dirname}/../..`,
  displayName: 'reference',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/reference'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/tests/reference/support/globalSetup.ts',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  // Generous: the machine may be slow and busy; no test here depends on its speed.
  testTimeout: 600000,
};
