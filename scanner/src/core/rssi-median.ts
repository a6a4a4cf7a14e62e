/**
 * The median of a window's RSSI samples, dBm, rounded to an integer (the ingest takes integers). The
 * median rather than the mean: multipath fading and body shadowing give deep single-sample drops of
 * 10-20 dB that would drag a mean far from the typical level; the median ignores a minority of them.
 * Even counts average the two middle samples. Sorts `samples` in place; undefined for none.
 */
export function medianRssi(samples: Int8Array): number | undefined {
  const n = samples.length;
  if (n === 0) return undefined;
  samples.sort();
  const middle = n >>> 1;
  if ((n & 1) === 1) return samples[middle];
  return Math.round((samples[middle - 1] + samples[middle]) / 2);
}
