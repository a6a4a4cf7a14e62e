// Cross-cutting end-to-end suites: the compiled server as a real process, a real
// browser (Debian chromium via playwright-core), real MySQL and MQTT when configured.
// Run after `npm run build` (scripts/test-all.sh does).
/** @type {import('jest').Config} */
export default {
  rootDir: '..',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.e2e.spec.ts'],
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/test/tsconfig.json' }] },
  testTimeout: 120000,
};
