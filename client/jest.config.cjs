// Unit tests for the Angular client: `npx jest -c client/jest.config.cjs` (root script `npm run test:client`).
// CommonJS because the root package is `"type": "module"` and Angular tests run through ts-jest in CJS mode;
// client/jest.config.js re-exports this file for callers that name the .js config.
const { createCjsPreset } = require('jest-preset-angular/presets');

/** @type {import('jest').Config} */
module.exports = {
  ...createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' }),
  displayName: 'client',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/setup-jest.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  restoreMocks: true,
};
