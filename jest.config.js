/**
 * Two projects: `node` (unit tests and integration tests over HTTP against the emulator) and `pcf` (the PCF control
 * in jsdom). tests/reference/ is the reference suite, with its own config (`npm run test:reference`).
 */
const tsJest = (tsconfig) => ['ts-jest', { tsconfig }];

/** @type {import('jest').Config} */
module.exports = {
  // Generous: tests wait for conditions, so a slow, busy machine makes them longer, never wrong.
  testTimeout: 300_000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/tests/pcf/', '/tests/reference/'],
      transform: { '^.+\\.ts$': tsJest('<rootDir>/tsconfig.json') },
    },
    {
      displayName: 'pcf',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests/pcf'],
      testMatch: ['**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/tests/support/testingLibraryTimeout.ts'],
      transform: { '^.+\\.tsx?$': tsJest('<rootDir>/pcf-controls/tsconfig.json') },
    },
  ],
};
