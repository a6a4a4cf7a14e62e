// The client's Jest configuration lives in jest.config.cjs; this lets `jest -c client/jest.config.js` find it too.
export { default } from './jest.config.cjs';
