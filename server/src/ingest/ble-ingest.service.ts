import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';
import { sightingCount } from './ble/ble-batch-validator.js';
import { MAX_SIGHTINGS_PER_BATCH } from './ble/ble-ingest-limits.js';
import { checkBleBatch } from './ble/check-ble-batch.js';
import type { GatewayIngestTracker } from './ble/gateway-ingest-tracker.js';
import { normalizeBleBatch } from './ble/normalize-ble-batch.js';
import { validateBleBatch } from './ble-ingest.schema.js';
import { BleSightingBus } from './ble-sighting.bus.js';
import { GatewayDirectory } from './gateway-directory.service.js';
import { BatchTooLargeError, GatewayNotAllowedError, invalidBatch } from './ingest-errors.js';
import { IngestStatsService } from './ingest-stats.service.js';
import { LogThrottle } from './log-throttle.js';

/** How a batch arrived: over HTTP (the device key names the gateway) or MQTT (the topic does). */
export type IngestSource = { readonly via: 'http' } | { readonly via: 'mqtt'; readonly siteId: string };

const VIA_HTTP: IngestSource = { via: 'http' };

/** The answer to an accepted or repeated batch. */
export interface BleIngestResult {
  /** BleSightings forwarded (an advertisement with two tag frames gives two). */
  accepted: number;
  /** The batch's seq was accepted before: nothing was forwarded again. */
  duplicate: boolean;
  /** Data that is no beacon frame Wardwatch reads, and advertisements with damaged structure (counted, not errors). */
  unknownFrames: number;
  /** Reported sightings that identified no tag. */
  skipped: number;
}

const DUPLICATE: BleIngestResult = Object.freeze({ accepted: 0, duplicate: true, unknownFrames: 0, skipped: 0 });

/** A rejected gateway is logged at most this often, with the count of what was not logged. */
const REJECTION_LOG_INTERVAL_MS = 60_000;

/**
 * The BLE ingest, one path for HTTP and MQTT: authorize the gateway, validate the batch (compiled JSON
 * schema, then times and beacons), drop repeats by seq, normalize, hand the sightings to the
 * BleSightingBus. Reads no database and logs nothing per batch on the happy path.
 */
@Injectable()
export class BleIngestService {
  private readonly logger = new Logger(BleIngestService.name);
  private readonly rejections = new LogThrottle(REJECTION_LOG_INTERVAL_MS);

  constructor(
    private readonly gateways: GatewayDirectory,
    private readonly stats: IngestStatsService,
    private readonly bus: BleSightingBus,
  ) {}

  /**
   * Accepts one batch from `gatewayId`, the gateway the caller proved to be (device key or MQTT topic),
   * or refuses it whole.
   * @throws GatewayNotAllowedError (403) when `gatewayId` is not a placed BLE gateway, or the batch or topic names another
   * @throws BatchTooLargeError (413) for more than MAX_SIGHTINGS_PER_BATCH sightings
   * @throws InvalidInputError (400) naming each field at fault
   */
  async accept(gatewayId: string, body: unknown, source: IngestSource = VIA_HTTP): Promise<BleIngestResult> {
    try {
      const gateway = await this.gateways.find(gatewayId);
      if (gateway === undefined) throw new GatewayNotAllowedError(`Device "${gatewayId}" is not a BLE gateway placed on a floor plan`);
      if (source.via === 'mqtt' && source.siteId !== gateway.siteId) {
        throw new GatewayNotAllowedError(`Gateway "${gatewayId}" is on site "${gateway.siteId}", not "${source.siteId}"`, [
          { field: 'topic', message: `must be wardwatch/${gateway.siteId}/gateways/${gatewayId}/ble` },
        ]);
      }
      return this.acceptFrom(this.stats.tracker(gatewayId), body, source, Date.now());
    } catch (error) {
      if (error instanceof DomainError) this.noteRejection(gatewayId, body, error, source.via);
      throw error;
    }
  }

  /**
   * Counts a refused batch against its gateway (when it is one) and logs it, once a minute per gateway.
   * `accept` calls this itself; the MQTT listener calls it for messages refused before `accept` (not JSON).
   */
  noteRejection(gatewayId: string, body: unknown, error: DomainError, via: IngestSource['via']): void {
    const now = Date.now();
    if (this.gateways.known(gatewayId) !== undefined) this.stats.tracker(gatewayId).recordRejected(now);
    const suppressed = this.rejections.pass(gatewayId, now);
    if (suppressed === undefined) return;
    this.logger.warn({ msg: 'Refused a BLE batch', gatewayId, seq: seqOf(body), via, status: error.status, issue: error.message, suppressed });
  }

  private acceptFrom(tracker: GatewayIngestTracker, body: unknown, source: IngestSource, nowMs: number): BleIngestResult {
    const gatewayId = tracker.gatewayId;
    const count = sightingCount(body);
    if (count !== undefined && count > MAX_SIGHTINGS_PER_BATCH) {
      throw new BatchTooLargeError(`A batch carries at most ${MAX_SIGHTINGS_PER_BATCH} sightings, this one ${count}: split it`, [
        { field: 'sightings', message: `has ${count} items, at most ${MAX_SIGHTINGS_PER_BATCH}` },
      ]);
    }
    const validation = validateBleBatch(body);
    if (!validation.ok) throw invalidBatch('BLE', validation.issues);
    const batch = validation.batch;
    if (batch.gatewayId !== gatewayId) {
      const prover = source.via === 'http' ? 'device key' : 'topic';
      throw new GatewayNotAllowedError(`This ${prover} belongs to gateway "${gatewayId}"; the batch is from "${batch.gatewayId}"`, [
        { field: 'gatewayId', message: `must be "${gatewayId}", the gateway of this ${prover}` },
      ]);
    }
    const check = checkBleBatch(batch, nowMs);
    if (!check.ok) throw invalidBatch('BLE', check.issues);

    const previousSeq = tracker.seqs.highWater;
    const verdict = tracker.seqs.accept(batch.seq);
    if (verdict === 'duplicate') {
      tracker.recordDuplicate();
      return DUPLICATE;
    }
    if (verdict === 'restart') {
      this.logger.warn({ msg: 'Gateway seq fell below the duplicate window; taking it as a counter reset', gatewayId, seq: batch.seq, previousSeq });
    }
    const normalized = normalizeBleBatch(batch, check.checked, tracker);
    tracker.recordAccepted(normalized, check.checked.sentAtMs, nowMs);
    if (normalized.sightings.length > 0) this.bus.publish(normalized.sightings, gatewayId);
    return { accepted: normalized.sightings.length, duplicate: false, unknownFrames: normalized.unknownFrames, skipped: normalized.skipped };
  }
}

function seqOf(body: unknown): number | undefined {
  const seq = typeof body === 'object' && body !== null ? (body as { seq?: unknown }).seq : undefined;
  return typeof seq === 'number' ? seq : undefined;
}
