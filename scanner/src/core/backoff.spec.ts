import fc from 'fast-check';
import { backoffDelayMs } from './backoff.js';

const POLICY = { initialMs: 1_000, maxMs: 60_000 };

describe('backoff with jitter', () => {
  it('does not wait before a first attempt', () => {
    expect(backoffDelayMs(0, POLICY, 0.5)).toBe(0);
  });

  it('doubles from the initial delay (1 s, 2 s, 4 s …), half of each step fixed and half random', () => {
    expect([1, 2, 3, 4].map((failures) => backoffDelayMs(failures, POLICY, 0))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map((failures) => backoffDelayMs(failures, POLICY, 0.999999))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('never waits longer than the cap, even after a very long outage', () => {
    expect(backoffDelayMs(7, POLICY, 0.999999)).toBe(60_000);
    expect(backoffDelayMs(10_000, POLICY, 0.999999)).toBe(60_000);
  });

  it('always lies between half the step and the step, so gateways cut off together spread out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (failures, random) => {
        const step = Math.min(POLICY.maxMs, POLICY.initialMs * 2 ** (failures - 1));
        const delay = backoffDelayMs(failures, POLICY, random);
        expect(delay).toBeGreaterThanOrEqual(step / 2);
        expect(delay).toBeLessThanOrEqual(step);
      }),
    );
  });
});
