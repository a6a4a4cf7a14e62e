/**
 * Everything the ingest keeps about one gateway between batches: accepted seqs, the TLM pairing, frame
 * statistics and the counters the gateway-health page and the "gateway offline" alert read. Pure: times
 * come in as arguments; IngestStatsService saves and restores it.
 */
import { AdvertisementStats, TlmCorrelator, type TlmCorrelatorOptions } from '../../../../libs/beacon/index.js';
import type { GatewayRadio, NormalizedBatch } from './normalize-ble-batch.js';
import { SeqWindow } from './seq-window.js';

/**
 * TLM pairing per gateway. Eddystone beacons interleave a TLM frame every few seconds to tens of seconds
 * with their UID frames (eddystone-tlm/tlm-plain.md, "Interleaving Telemetry"), so a minute-old binding is
 * still the same beacon; a gateway hears hundreds of tags, and rotating addresses are forgotten first.
 */
export const TLM_PAIRING: TlmCorrelatorOptions = { maxDevices: 2048, maxAgeMs: 60_000 };

/** Running totals since the gateway's first batch (they survive restarts). */
export interface GatewayIngestCounters {
  /** Accepted batches (not duplicates). */
  batches: number;
  duplicateBatches: number;
  /** Batches refused with a 4xx after the gateway was identified. */
  rejectedBatches: number;
  /** BleSightings forwarded. */
  sightings: number;
  skippedSightings: number;
  unknownFrames: number;
  malformedAdvertisements: number;
}

/** The persisted part, as IngestStatsService stores it. */
export interface SavedGatewayIngest {
  readonly seqs: SeqWindow;
  readonly counters: GatewayIngestCounters;
  readonly lastBatchAt: number | null;
  readonly lastSentAt: number | null;
  readonly lastRejectedAt: number | null;
}

export class GatewayIngestTracker implements GatewayRadio {
  readonly tlm = new TlmCorrelator(TLM_PAIRING);
  /** Frames by type since this server started (not persisted). */
  readonly frames = new AdvertisementStats();
  readonly seqs: SeqWindow;
  readonly counters: GatewayIngestCounters;
  /** When the last accepted batch arrived, by the server's clock, epoch ms. */
  lastBatchAt: number | null;
  /** The `sentAt` of the last accepted batch (the gateway's clock), epoch ms. */
  lastSentAt: number | null;
  lastRejectedAt: number | null;
  /** Changed since it was last saved. */
  dirty = false;

  constructor(
    readonly gatewayId: string,
    saved?: SavedGatewayIngest,
  ) {
    this.seqs = saved?.seqs ?? new SeqWindow();
    this.counters = saved
      ? { ...saved.counters }
      : { batches: 0, duplicateBatches: 0, rejectedBatches: 0, sightings: 0, skippedSightings: 0, unknownFrames: 0, malformedAdvertisements: 0 };
    this.lastBatchAt = saved?.lastBatchAt ?? null;
    this.lastSentAt = saved?.lastSentAt ?? null;
    this.lastRejectedAt = saved?.lastRejectedAt ?? null;
  }

  recordAccepted(batch: NormalizedBatch, sentAtMs: number, nowMs: number): void {
    const counters = this.counters;
    counters.batches++;
    counters.sightings += batch.sightings.length;
    counters.skippedSightings += batch.skipped;
    counters.unknownFrames += batch.unknownFrames;
    counters.malformedAdvertisements += batch.malformedAdvertisements;
    this.lastBatchAt = nowMs;
    this.lastSentAt = sentAtMs;
    this.dirty = true;
  }

  recordDuplicate(): void {
    this.counters.duplicateBatches++;
    this.dirty = true;
  }

  recordRejected(nowMs: number): void {
    this.counters.rejectedBatches++;
    this.lastRejectedAt = nowMs;
    this.dirty = true;
  }
}
