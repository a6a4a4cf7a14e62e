import fc from 'fast-check';
import { bucketReadings, meanOf, mergeBuckets, ONE_HOUR_MS, ONE_MINUTE_MS } from './reading-aggregates.js';

const T0 = Date.UTC(2026, 2, 2, 10, 0, 0);

describe('reading aggregates', () => {
  it('summarize each minute: count, min, max, mean, aligned to the minute', () => {
    const buckets = bucketReadings(
      [
        { at: T0 + 59_999, value: 4 },
        { at: T0, value: 5 },
        { at: T0 + 30_000, value: 6 },
        { at: T0 + 60_000, value: 7.5 },
        { at: T0 + 61_000, value: Number.NaN },
      ],
      ONE_MINUTE_MS,
    );
    expect(buckets).toEqual([
      { start: T0, count: 3, min: 4, max: 6, sum: 15 },
      { start: T0 + 60_000, count: 1, min: 7.5, max: 7.5, sum: 7.5 },
    ]);
    expect(meanOf(buckets[0])).toBe(5);
  });

  it('give the same hour whether built at once or merged from parts that arrived at different times', () => {
    const reading = fc.record({ at: fc.integer({ min: T0, max: T0 + ONE_HOUR_MS - 1 }), value: fc.integer({ min: -500, max: 500 }).map((v) => v / 10) });
    fc.assert(
      fc.property(fc.array(reading, { minLength: 1 }), fc.array(reading, { minLength: 1 }), (early, late) => {
        const [whole] = bucketReadings([...early, ...late], ONE_HOUR_MS);
        const merged = mergeBuckets(bucketReadings(early, ONE_HOUR_MS)[0], bucketReadings(late, ONE_HOUR_MS)[0]);
        expect(merged).toEqual({ ...whole, sum: expect.closeTo(whole.sum, 9) });
      }),
    );
  });

  it('refuse a bad interval and a merge of different intervals', () => {
    expect(() => bucketReadings([], 0)).toThrow(RangeError);
    expect(() => mergeBuckets({ start: 0, count: 1, min: 1, max: 1, sum: 1 }, { start: 60_000, count: 1, min: 1, max: 1, sum: 1 })).toThrow(RangeError);
  });
});
