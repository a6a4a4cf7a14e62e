/**
 * Summary mode's aggregation: one tag's receptions in one window, per gateway, turned into one
 * sighting per gateway that heard it (median RSSI, count, strongest). Reused for every tag and
 * window: nothing is allocated per reception.
 */
import type { SightingSink } from './sighting-sink.js';

export class WindowSummarizer {
  private readonly counts: Int32Array;
  /** Whole dBm. */
  private readonly values: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;

  constructor(
    gatewayCount: number,
    /** Most advertisements one tag can send in one window. */
    private readonly maxPerWindow: number,
  ) {
    this.counts = new Int32Array(gatewayCount);
    this.values = new Int32Array(gatewayCount * maxPerWindow);
    this.touched = new Int32Array(gatewayCount);
  }

  add(gateway: number, rssi: number): void {
    const count = this.counts[gateway];
    if (count >= this.maxPerWindow) throw new RangeError('more advertisements in one window than planned for');
    if (count === 0) this.touched[this.touchedCount++] = gateway;
    this.values[gateway * this.maxPerWindow + count] = rssi;
    this.counts[gateway] = count + 1;
  }

  /** Hands one sighting per gateway that heard tag `tagIndex`, dated `windowEndTs`, to `sink`; returns how many. */
  flush(sink: SightingSink, tagIndex: number, windowEndTs: number): number {
    const emitted = this.touchedCount;
    for (let k = 0; k < emitted; k++) {
      const gateway = this.touched[k];
      const count = this.counts[gateway];
      const start = gateway * this.maxPerWindow;
      const rssi = medianInPlace(this.values, start, count);
      sink.sighting(gateway, tagIndex, windowEndTs, rssi, count, this.values[start + count - 1]);
      this.counts[gateway] = 0;
    }
    this.touchedCount = 0;
    return emitted;
  }
}

/**
 * Median of values[start, start + count), rounded to whole dBm; sorts that range ascending (so its
 * last element is the maximum afterwards). Insertion sort: a window holds a handful of values.
 */
export function medianInPlace(values: Int32Array, start: number, count: number): number {
  for (let i = start + 1; i < start + count; i++) {
    const value = values[i];
    let j = i - 1;
    while (j >= start && values[j] > value) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = value;
  }
  const middle = start + (count >> 1);
  return count & 1 ? values[middle] : Math.round((values[middle - 1] + values[middle]) / 2);
}
