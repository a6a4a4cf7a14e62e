/**
 * Environment readings summarized per fixed interval (1 minute and 1 hour in the product), so charts over
 * days and months read a few hundred rows instead of every raw reading. Buckets are aligned to the epoch
 * (UTC), and a bucket can absorb readings that arrive later (`mergeBuckets`): sums and counts merge exactly.
 */

export interface Reading {
  at: number;
  value: number;
}

export interface ReadingBucket {
  /** Start of the interval, epoch ms, a multiple of its length. */
  start: number;
  count: number;
  min: number;
  max: number;
  sum: number;
}

export const ONE_MINUTE_MS = 60_000;
export const ONE_HOUR_MS = 3_600_000;

/** Buckets of `intervalMs` for the readings, oldest first; non-finite values are left out. */
export function bucketReadings(readings: Iterable<Reading>, intervalMs: number): ReadingBucket[] {
  if (!(intervalMs > 0) || !Number.isInteger(intervalMs)) throw new RangeError('intervalMs must be a positive whole number');
  const buckets = new Map<number, ReadingBucket>();
  for (const { at, value } of readings) {
    if (!Number.isFinite(value) || !Number.isFinite(at)) continue;
    const start = Math.floor(at / intervalMs) * intervalMs;
    const bucket = buckets.get(start);
    if (bucket === undefined) buckets.set(start, { start, count: 1, min: value, max: value, sum: value });
    else {
      bucket.count++;
      bucket.sum += value;
      if (value < bucket.min) bucket.min = value;
      if (value > bucket.max) bucket.max = value;
    }
  }
  return [...buckets.values()].sort((a, b) => a.start - b.start);
}

/** Two summaries of the same interval as one. */
export function mergeBuckets(a: ReadingBucket, b: ReadingBucket): ReadingBucket {
  if (a.start !== b.start) throw new RangeError('only buckets of the same interval merge');
  return { start: a.start, count: a.count + b.count, min: Math.min(a.min, b.min), max: Math.max(a.max, b.max), sum: a.sum + b.sum };
}

export function meanOf(bucket: ReadingBucket): number {
  return bucket.sum / bucket.count;
}
