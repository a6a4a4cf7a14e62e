/**
 * The per-gateway RSSI estimate: a weighted mean anchored on the weighted median. The mean
 * is the efficient estimator for Gaussian shadowing; anchoring it on the median and dropping
 * readings far from it keeps one body-blocked or reflected reading from dragging it off.
 */

export interface RobustMean {
  value: number;
  /** Weight of the readings kept (advertisements behind the value). */
  weight: number;
}

/**
 * Weighted median of values[0..count), then the weighted mean of the values within `rejectDb`
 * of it. Reorders `values` and `weights` in place (they are scratch). count must be > 0.
 */
export function medianAnchoredMean(values: Float64Array, weights: Float64Array, count: number, rejectDb: number, out: RobustMean): void {
  sortTogether(values, weights, count);
  let total = 0;
  for (let i = 0; i < count; i++) total += weights[i];
  let cumulative = 0;
  let median = values[count - 1];
  for (let i = 0; i < count; i++) {
    cumulative += weights[i];
    if (cumulative * 2 >= total) {
      median = values[i];
      break;
    }
  }
  let sum = 0;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    if (Math.abs(values[i] - median) > rejectDb) continue;
    sum += values[i] * weights[i];
    kept += weights[i];
  }
  out.value = sum / kept;
  out.weight = kept;
}

/** Insertion sort by value: the window holds a handful of buckets. */
function sortTogether(values: Float64Array, weights: Float64Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const value = values[i];
    const weight = weights[i];
    let j = i - 1;
    while (j >= 0 && values[j] > value) {
      values[j + 1] = values[j];
      weights[j + 1] = weights[j];
      j--;
    }
    values[j + 1] = value;
    weights[j + 1] = weight;
  }
}
