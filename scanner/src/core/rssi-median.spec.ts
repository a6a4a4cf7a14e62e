import fc from 'fast-check';
import { medianRssi } from './rssi-median.js';

describe('medianRssi', () => {
  it('is undefined for no samples', () => {
    expect(medianRssi(new Int8Array(0))).toBeUndefined();
  });

  it('is the middle sample of an odd count and the rounded mean of the two middle ones of an even count', () => {
    expect(medianRssi(Int8Array.of(-50, -90, -70))).toBe(-70);
    expect(medianRssi(Int8Array.of(-50, -90, -70, -61))).toBe(-65);
    expect(medianRssi(Int8Array.of(-60, -61))).toBe(-60);
  });

  it('lies between the weakest and the strongest sample, and at least half the samples are on each side', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -127, max: 20 }), { minLength: 1, maxLength: 200 }), (values) => {
        const median = medianRssi(Int8Array.from(values)) as number;
        expect(median).toBeGreaterThanOrEqual(Math.min(...values));
        expect(median).toBeLessThanOrEqual(Math.max(...values));
        expect(values.filter((v) => v <= median).length * 2).toBeGreaterThanOrEqual(values.length);
        expect(values.filter((v) => v >= median).length * 2).toBeGreaterThanOrEqual(values.length);
      }),
    );
  });
});
