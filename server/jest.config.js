// Server unit and integration tests. Nest 12 is published as ES modules only, so
// Jest runs in its native ESM mode (node --experimental-vm-modules, see package.json).
/** @type {import('jest').Config} */
export default {
  rootDir: '..',
  roots: ['<rootDir>/server/src', '<rootDir>/migrations', '<rootDir>/libs', '<rootDir>/scanner', '<rootDir>/scripts'],
  testMatch: ['**/*.spec.ts'],
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/server/tsconfig.json' }],
  },
  globalSetup: '<rootDir>/server/test-support/global-setup.ts',
  testTimeout: 30000,
};
