/**
 * Micro-benchmark of the ingest's hot path: one iBeacon advertisement from hex to frame and tag identity.
 * Exported for the repository's bench/ runner, which owns reporting (BENCHMARKS.md).
 */
import { parseAdvertisementHex } from '../index.js';

/** Flags + Apple iBeacon, uuid e2c56db5-dffb-48d2-b060-d0f5a71096e0, major 1, minor 42, -59 dBm at 1 m. */
export const IBEACON_ADVERTISEMENT_HEX = '0201061aff4c000215e2c56db5dffb48d2b060d0f5a71096e00001002ac5';

const WARM_UP_ITERATIONS = 500_000;

export interface ParseBenchResult {
  readonly iterations: number;
  readonly totalMs: number;
  readonly nsPerParse: number;
}

/** Parses the iBeacon advertisement `iterations` times after a warm-up and reports the mean time. */
export function benchParse(iterations: number, hex: string = IBEACON_ADVERTISEMENT_HEX): ParseBenchResult {
  if (!Number.isInteger(iterations) || iterations < 1) throw new RangeError('iterations must be a positive integer');
  // Warm-up: V8 needs a few hundred thousand calls before the parse runs optimized (measured: 50,000
  // left the first timed run four times slower). The sink keeps the work from being optimized away.
  let sink = 0;
  for (let i = 0; i < WARM_UP_ITERATIONS; i++) sink += parseAdvertisementHex(hex).frames.length;
  const started = performance.now();
  for (let i = 0; i < iterations; i++) sink += parseAdvertisementHex(hex).frames.length;
  const totalMs = performance.now() - started;
  if (sink === 0) throw new Error('benchmark advertisement produced no frames');
  return { iterations, totalMs, nsPerParse: (totalMs * 1e6) / iterations };
}
