/** Order statistics for benchmark samples. */

/** The q-quantile (0…1) of `values` by linear interpolation between order statistics; NaN when empty. */
export function quantile(values: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(values).sort();
  return quantileOfSorted(sorted, q);
}

export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(n - 1, below + 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

export interface Spread {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function spreadOf(values: ArrayLike<number>): Spread {
  const sorted = Float64Array.from(values).sort();
  return {
    count: sorted.length,
    p50: quantileOfSorted(sorted, 0.5),
    p95: quantileOfSorted(sorted, 0.95),
    p99: quantileOfSorted(sorted, 0.99),
    max: sorted.length > 0 ? sorted[sorted.length - 1] : Number.NaN,
  };
}

/**
 * A histogram with fixed-width bins, for percentiles of millions of samples in bounded memory
 * (values past the last bin land in it).
 */
export class Histogram {
  private readonly counts: Float64Array;
  private total = 0;

  constructor(
    private readonly binWidth: number,
    maxValue: number,
  ) {
    this.counts = new Float64Array(Math.ceil(maxValue / binWidth) + 1);
  }

  get count(): number {
    return this.total;
  }

  add(value: number): void {
    const bin = Math.min(this.counts.length - 1, Math.max(0, Math.floor(value / this.binWidth)));
    this.counts[bin]++;
    this.total++;
  }

  merge(other: Histogram): void {
    for (let i = 0; i < this.counts.length; i++) this.counts[i] += other.counts[i];
    this.total += other.total;
  }

  /** The q-quantile, as the middle of the bin it falls in (so within half a bin width). */
  quantile(q: number): number {
    if (this.total === 0) return Number.NaN;
    const rank = q * this.total;
    let seen = 0;
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i];
      if (seen >= rank && this.counts[i] > 0) return (i + 0.5) * this.binWidth;
    }
    return (this.counts.length - 0.5) * this.binWidth;
  }
}
