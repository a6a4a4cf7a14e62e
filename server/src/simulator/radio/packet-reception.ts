/**
 * Whether a gateway decodes an advertisement that reaches it at a given RSSI.
 *
 * Receivers do not cut off sharply: the packet error rate falls from 100 % to almost nothing over a few
 * dB around the sensitivity (the "waterfall" of every receiver datasheet's PER curve). Modelled as a
 * logistic in RSSI, placed so that the loss at exactly the sensitivity is 30.8 %, the level at which
 * BLE defines sensitivity (Bluetooth Core Specification, Vol 6, Part A, §4.1: BER 10⁻³, i.e. 30.8 %
 * of 37-byte packets). On top, a fixed share is lost whatever the level (collisions, channel switching).
 */

/** Logistic offset that puts the success rate at sensitivity at 1 − 0.308: ln(0.692 / 0.308). */
const SENSITIVITY_OFFSET = Math.log(0.692 / 0.308);
/** Beyond this many widths from the centre the logistic is 0 or 1 to within 10⁻⁹: skip the exponential. */
const SATURATION_WIDTHS = 21;

export interface ReceptionParameters {
  sensitivityDbm: number;
  waterfallWidthDb: number;
  baseLossProbability: number;
}

/** Probability that an advertisement arriving at `rssiDbm` is decoded and reported. */
export function receptionProbability(rssiDbm: number, parameters: ReceptionParameters): number {
  const x = (rssiDbm - parameters.sensitivityDbm) / parameters.waterfallWidthDb + SENSITIVITY_OFFSET;
  const keep = 1 - parameters.baseLossProbability;
  if (x > SATURATION_WIDTHS) return keep;
  if (x < -SATURATION_WIDTHS) return 0;
  return keep / (1 + Math.exp(-x));
}

/** Logistic argument below which fewer than one advertisement in 1,000 is decoded. */
const FLOOR_ARGUMENT = Math.log(1 / 999);

/**
 * RSSI below which fewer than one advertisement in 1,000 is decoded (sensitivity − 7.7 widths). Links
 * whose advertisements almost never arrive above it need not be simulated (see `RadioModel`).
 */
export function receptionFloorDbm(parameters: ReceptionParameters): number {
  return parameters.sensitivityDbm + (FLOOR_ARGUMENT - SENSITIVITY_OFFSET) * parameters.waterfallWidthDb;
}

/**
 * `receptionProbability` tabulated every 0.01 dB and interpolated linearly (error under 10⁻⁵), so the
 * hot path pays a lookup instead of an exponential per advertisement and gateway.
 */
export class ReceptionTable {
  private static readonly STEP_DB = 0.01;
  private readonly table: Float64Array;
  private readonly lowDbm: number;
  private readonly highDbm: number;
  private readonly keep: number;

  constructor(parameters: ReceptionParameters) {
    const width = parameters.waterfallWidthDb;
    // The logistic's argument runs from −SATURATION_WIDTHS (probability 0) to +SATURATION_WIDTHS (1 − base loss).
    this.lowDbm = parameters.sensitivityDbm + (-SATURATION_WIDTHS - SENSITIVITY_OFFSET) * width;
    this.highDbm = parameters.sensitivityDbm + (SATURATION_WIDTHS - SENSITIVITY_OFFSET) * width;
    this.keep = 1 - parameters.baseLossProbability;
    const count = Math.ceil((this.highDbm - this.lowDbm) / ReceptionTable.STEP_DB) + 2;
    this.table = new Float64Array(count);
    for (let i = 0; i < count; i++) this.table[i] = receptionProbability(this.lowDbm + i * ReceptionTable.STEP_DB, parameters);
  }

  probability(rssiDbm: number): number {
    if (rssiDbm >= this.highDbm) return this.keep;
    if (rssiDbm <= this.lowDbm) return 0;
    const position = (rssiDbm - this.lowDbm) / ReceptionTable.STEP_DB;
    const index = position | 0;
    const lower = this.table[index];
    return lower + (this.table[index + 1] - lower) * (position - index);
  }
}
