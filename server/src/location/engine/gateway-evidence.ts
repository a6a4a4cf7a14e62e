/**
 * What each gateway has heard of each tag, kept in fixed-size typed arrays: per tag a few
 * gateway slots, per slot a ring of tick buckets holding integer sums (advertisements and
 * quarter-dB × advertisements). Integer sums commute, so the window's content does not
 * depend on the order or batching in which sightings arrived — the basis of replay
 * determinism — and a slot costs the same whatever the sighting rate.
 */
import type { EvidenceSnapshot } from './evidence-snapshot.js';
import { medianAnchoredMean, type RobustMean } from './robust-mean.js';
import { grown } from './typed-arrays.js';

/** "No tick": an empty bucket, a slot never heard. */
export const NO_TICK = -0x80000000;
/** "No pending data". */
export const NO_PENDING = 0x7fffffff;

/** RSSI is stored in quarter-dB steps: finer than any gateway reports, and exact in integers. */
export const QUARTER_DB = 4;
const MAX_BUCKET_SAMPLES = 0xffff;

/** Variance of a median of n Gaussian readings ≈ (π/2)·σ²/n (asymptotic efficiency of the median). */
const MEDIAN_VARIANCE_FACTOR = Math.PI / 2;

export interface EvidenceSettings {
  slotsPerTag: number;
  bucketsPerSlot: number;
  windowTicks: number;
  timeoutTicks: number;
  rssiNoiseDb: number;
  modelErrorDb: number;
  outlierRejectDb: number;
}

export class GatewayEvidence {
  private slotGateway = new Int32Array(0);
  /** Newest tick that had data when the tag was last evaluated. */
  private slotHeardTick = new Int32Array(0);
  /** The slot's window estimate at slotHeardTick (raw dBm) and the advertisements behind it. */
  private slotHeldRssi = new Float32Array(0);
  private slotHeldSamples = new Float32Array(0);
  /** Newest tick ever added, for choosing which slot gives way. */
  private slotNewestTick = new Int32Array(0);
  private bucketTick = new Int32Array(0);
  private bucketSamples = new Uint16Array(0);
  private bucketQuarterDbSum = new Int32Array(0);

  private readonly windowValues: Float64Array;
  private readonly windowWeights: Float64Array;
  private readonly estimate: RobustMean = { value: 0, weight: 0 };
  private estimateTick = NO_TICK;

  constructor(
    private readonly settings: EvidenceSettings,
    private readonly gatewayOffsetDb: Float64Array,
  ) {
    this.windowValues = new Float64Array(settings.bucketsPerSlot);
    this.windowWeights = new Float64Array(settings.bucketsPerSlot);
  }

  resize(tagCapacity: number): void {
    const slots = tagCapacity * this.settings.slotsPerTag;
    const buckets = slots * this.settings.bucketsPerSlot;
    this.slotGateway = grown(this.slotGateway, slots, -1);
    this.slotHeardTick = grown(this.slotHeardTick, slots, NO_TICK);
    this.slotHeldRssi = grown(this.slotHeldRssi, slots, 0);
    this.slotHeldSamples = grown(this.slotHeldSamples, slots, 0);
    this.slotNewestTick = grown(this.slotNewestTick, slots, NO_TICK);
    this.bucketTick = grown(this.bucketTick, buckets, NO_TICK);
    this.bucketSamples = grown(this.bucketSamples, buckets, 0);
    this.bucketQuarterDbSum = grown(this.bucketQuarterDbSum, buckets, 0);
  }

  clearTag(tag: number): void {
    const first = tag * this.settings.slotsPerTag;
    for (let slot = first; slot < first + this.settings.slotsPerTag; slot++) this.clearSlot(slot);
  }

  /** Number of gateway slots in use for the tag. */
  slotsInUse(tag: number): number {
    const first = tag * this.settings.slotsPerTag;
    let used = 0;
    for (let slot = first; slot < first + this.settings.slotsPerTag; slot++) if (this.slotGateway[slot] >= 0) used++;
    return used;
  }

  /**
   * Adds `samples` advertisements at `quarterDb` heard by `gateway` in `tick`. Returns false
   * when every slot is held by a gateway at least as strong (the reading is dropped).
   */
  add(tag: number, gateway: number, tick: number, quarterDb: number, samples: number): boolean {
    const slot = this.slotFor(tag, gateway, tick, quarterDb / QUARTER_DB + this.gatewayOffsetDb[gateway]);
    if (slot < 0) return false;
    const { bucketsPerSlot } = this.settings;
    const bucket = slot * bucketsPerSlot + (((tick % bucketsPerSlot) + bucketsPerSlot) % bucketsPerSlot);
    if (this.bucketTick[bucket] !== tick) {
      // The ring position holds a tick at least a full ring older: reuse it.
      this.bucketTick[bucket] = tick;
      this.bucketSamples[bucket] = 0;
      this.bucketQuarterDbSum[bucket] = 0;
    }
    const room = MAX_BUCKET_SAMPLES - this.bucketSamples[bucket];
    const added = Math.min(samples, room);
    this.bucketSamples[bucket] += added;
    this.bucketQuarterDbSum[bucket] += quarterDb * added;
    if (tick > this.slotNewestTick[slot]) this.slotNewestTick[slot] = tick;
    return true;
  }

  /**
   * The tag's usable evidence at `tick` into `out`, remembering each gateway's estimate for
   * when it falls silent and freeing slots whose gateway has timed out. Called once per
   * evaluated tick, in tick order. Returns the earliest later tick that already holds data
   * (NO_PENDING if none).
   */
  snapshot(tag: number, tick: number, out: EvidenceSnapshot): number {
    return this.read(tag, tick, out, true);
  }

  /** The same evidence without remembering or freeing anything (diagnostics). */
  inspect(tag: number, tick: number, out: EvidenceSnapshot): void {
    this.read(tag, tick, out, false);
  }

  private read(tag: number, tick: number, out: EvidenceSnapshot, commit: boolean): number {
    const { slotsPerTag, windowTicks, timeoutTicks, rssiNoiseDb, modelErrorDb } = this.settings;
    const modelVariance = modelErrorDb * modelErrorDb;
    const readingVariance = MEDIAN_VARIANCE_FACTOR * rssiNoiseDb * rssiNoiseDb;
    out.clear();
    let pending = NO_PENDING;
    for (let slot = tag * slotsPerTag; slot < (tag + 1) * slotsPerTag; slot++) {
      const gateway = this.slotGateway[slot];
      if (gateway < 0) continue;
      const slotPending = this.estimateWindow(slot, tick);
      if (slotPending < pending) pending = slotPending;
      const inWindow = this.estimate.weight > 0;
      const heard = inWindow ? this.estimateTick : this.slotHeardTick[slot];
      const rssi = inWindow ? this.estimate.value : this.slotHeldRssi[slot];
      const samples = inWindow ? this.estimate.weight : this.slotHeldSamples[slot];
      if (commit && inWindow) {
        this.slotHeardTick[slot] = heard;
        this.slotHeldRssi[slot] = rssi;
        this.slotHeldSamples[slot] = samples;
      }
      const age = tick - heard;
      if (heard === NO_TICK || age >= timeoutTicks) {
        if (commit && slotPending === NO_PENDING) this.clearSlot(slot);
        continue;
      }
      // Full weight while heard within the window, then fading out until the timeout.
      const freshness = age < windowTicks ? 1 : (timeoutTicks - age) / (timeoutTicks - windowTicks + 1);
      const variance = modelVariance + readingVariance / samples;
      out.push(gateway, rssi + this.gatewayOffsetDb[gateway], freshness / variance, freshness);
    }
    return pending;
  }

  /**
   * The robust mean of the slot's buckets in the window ending at `tick` into `this.estimate`
   * (weight 0 if none; newest such tick in `this.estimateTick`). Returns the slot's earliest
   * bucket after `tick` (NO_PENDING if none).
   */
  private estimateWindow(slot: number, tick: number): number {
    const { bucketsPerSlot, windowTicks, outlierRejectDb } = this.settings;
    let count = 0;
    let newest = NO_TICK;
    let pending = NO_PENDING;
    for (let bucket = slot * bucketsPerSlot; bucket < (slot + 1) * bucketsPerSlot; bucket++) {
      const bucketTick = this.bucketTick[bucket];
      if (bucketTick === NO_TICK || bucketTick <= tick - windowTicks) continue;
      if (bucketTick > tick) {
        if (bucketTick < pending) pending = bucketTick;
        continue;
      }
      this.windowValues[count] = this.bucketQuarterDbSum[bucket] / (QUARTER_DB * this.bucketSamples[bucket]);
      this.windowWeights[count] = this.bucketSamples[bucket];
      count++;
      if (bucketTick > newest) newest = bucketTick;
    }
    this.estimate.weight = 0;
    this.estimateTick = newest;
    if (count > 0) medianAnchoredMean(this.windowValues, this.windowWeights, count, outlierRejectDb, this.estimate);
    return pending;
  }

  /**
   * The tag's slot for `gateway`: its own or a free one (slots are freed by `snapshot`, in
   * event-time order). Only when all are taken does a newcomer displace the stalest gateway,
   * or else the weakest one if it is stronger. Which newcomer gets a contested slot
   * depends on arrival order: the one place where reordering within the lateness bound can
   * change the evidence (only ever that of the weakest gateways).
   */
  private slotFor(tag: number, gateway: number, tick: number, strengthDb: number): number {
    const { slotsPerTag, timeoutTicks } = this.settings;
    const first = tag * slotsPerTag;
    let free = -1;
    for (let slot = first; slot < first + slotsPerTag; slot++) {
      const holder = this.slotGateway[slot];
      if (holder === gateway) return slot;
      if (holder < 0 && free < 0) free = slot;
    }
    if (free < 0) free = this.slotToGiveUp(first, tick - timeoutTicks, strengthDb);
    if (free >= 0) {
      this.clearSlot(free);
      this.slotGateway[free] = gateway;
    }
    return free;
  }

  private slotToGiveUp(first: number, staleBefore: number, newcomerDb: number): number {
    let weakest = -1;
    let weakestDb = newcomerDb;
    for (let slot = first; slot < first + this.settings.slotsPerTag; slot++) {
      if (this.slotNewestTick[slot] <= staleBefore) return slot;
      const strength = this.newestMeanDb(slot) + this.gatewayOffsetDb[this.slotGateway[slot]];
      if (strength < weakestDb) {
        weakestDb = strength;
        weakest = slot;
      }
    }
    return weakest;
  }

  private newestMeanDb(slot: number): number {
    const { bucketsPerSlot } = this.settings;
    const newest = this.slotNewestTick[slot];
    const bucket = slot * bucketsPerSlot + (((newest % bucketsPerSlot) + bucketsPerSlot) % bucketsPerSlot);
    return this.bucketQuarterDbSum[bucket] / (QUARTER_DB * this.bucketSamples[bucket]);
  }

  private clearSlot(slot: number): void {
    const { bucketsPerSlot } = this.settings;
    this.slotGateway[slot] = -1;
    this.slotHeardTick[slot] = NO_TICK;
    this.slotNewestTick[slot] = NO_TICK;
    this.slotHeldSamples[slot] = 0;
    this.bucketTick.fill(NO_TICK, slot * bucketsPerSlot, (slot + 1) * bucketsPerSlot);
  }
}
