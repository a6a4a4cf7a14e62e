import { Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AdvertisementStatsSnapshot } from '../../../libs/beacon/index.js';
import { SerialSaves } from '../platform/database/serial-saves.js';
import { GatewayIngestTracker, type GatewayIngestCounters } from './ble/gateway-ingest-tracker.js';
import { SeqWindow } from './ble/seq-window.js';
import { GatewayIngestState } from './gateway-ingest-state.entity.js';

/** How often changed gateway states are written: one statement for all of them, never one per batch. */
export const INGEST_STATE_FLUSH_MS = 5_000;
/** Rows per upsert statement (13 parameters each; well inside SQLite's and MySQL's limits). */
const UPSERT_CHUNK = 200;

/** One gateway's ingest state as the gateway-health page and the offline alert read it. */
export interface GatewayIngestSnapshot extends GatewayIngestCounters {
  gatewayId: string;
  /** Highest accepted seq. */
  lastSeq: number | null;
  /** When the last accepted batch arrived (server clock): the gateway is offline when this grows old. */
  lastBatchAt: Date | null;
  /** That batch's sentAt (gateway clock). */
  lastSentAt: Date | null;
  lastRejectedAt: Date | null;
  /** lastBatchAt - lastSentAt, ms: how far the gateway's clock is behind the server's, plus transit time. */
  clockOffsetMs: number | null;
  /** Frames by type, unknown data by reason and malformed advertisements since this server started. */
  frames: AdvertisementStatsSnapshot;
}

/**
 * Owns every gateway's ingest state in memory (the hot path reads and writes no database) and saves
 * what changed every few seconds and at shutdown; restores it at start, so a retry sent across a
 * restart is still recognised. A crash loses at most the last INGEST_STATE_FLUSH_MS of state.
 */
@Injectable()
export class IngestStatsService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(IngestStatsService.name);
  private readonly trackers = new Map<string, GatewayIngestTracker>();
  private readonly saves = new SerialSaves();

  constructor(@InjectRepository(GatewayIngestState) private readonly states: Repository<GatewayIngestState>) {}

  async onModuleInit(): Promise<void> {
    for (const row of await this.states.find()) this.trackers.set(row.gatewayId, restore(row));
  }

  /** The state of a placed gateway, created at its first batch. */
  tracker(gatewayId: string): GatewayIngestTracker {
    let tracker = this.trackers.get(gatewayId);
    if (tracker === undefined) {
      tracker = new GatewayIngestTracker(gatewayId);
      this.trackers.set(gatewayId, tracker);
    }
    return tracker;
  }

  /** Every gateway that has sent a batch, by id, as it is now (newer than what is saved). */
  gatewayStates(): GatewayIngestSnapshot[] {
    return [...this.trackers.values()]
      .sort((a, b) => (a.gatewayId < b.gatewayId ? -1 : 1))
      .map((tracker) => ({
        gatewayId: tracker.gatewayId,
        lastSeq: tracker.seqs.highWater ?? null,
        lastBatchAt: dateOf(tracker.lastBatchAt),
        lastSentAt: dateOf(tracker.lastSentAt),
        lastRejectedAt: dateOf(tracker.lastRejectedAt),
        clockOffsetMs: tracker.lastBatchAt !== null && tracker.lastSentAt !== null ? tracker.lastBatchAt - tracker.lastSentAt : null,
        ...tracker.counters,
        frames: tracker.frames.snapshot(),
      }));
  }

  /** Saves the states changed since the last save. Saves run one after another, never overlapping. */
  @Interval(INGEST_STATE_FLUSH_MS)
  flush(): Promise<void> {
    return this.saves.run(() => this.saveChanged());
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  private async saveChanged(): Promise<void> {
    const changed = [...this.trackers.values()].filter((tracker) => tracker.dirty);
    if (changed.length === 0) return;
    // Rows are taken now, synchronously: batches accepted during the write mark their tracker again.
    const rows = changed.map((tracker) => {
      tracker.dirty = false;
      return rowOf(tracker);
    });
    try {
      for (let i = 0; i < rows.length; i += UPSERT_CHUNK) await this.states.upsert(rows.slice(i, i + UPSERT_CHUNK), ['gatewayId']);
    } catch (error) {
      for (const tracker of changed) tracker.dirty = true;
      this.logger.warn({ msg: 'Could not save gateway ingest states; will retry', gateways: changed.length, error: String(error) });
    }
  }
}

function rowOf(tracker: GatewayIngestTracker): GatewayIngestState {
  const lastSeq = tracker.seqs.highWater ?? null;
  return {
    gatewayId: tracker.gatewayId,
    lastSeq,
    seqWindow: lastSeq === null ? null : Buffer.from(tracker.seqs.bitmap()).toString('base64'),
    lastBatchAt: dateOf(tracker.lastBatchAt),
    lastSentAt: dateOf(tracker.lastSentAt),
    lastRejectedAt: dateOf(tracker.lastRejectedAt),
    ...tracker.counters,
  };
}

function restore(row: GatewayIngestState): GatewayIngestTracker {
  const seqs =
    row.lastSeq === null ? new SeqWindow() : SeqWindow.restore(row.lastSeq, row.seqWindow === null ? undefined : Buffer.from(row.seqWindow, 'base64'));
  return new GatewayIngestTracker(row.gatewayId, {
    seqs,
    counters: {
      batches: row.batches,
      duplicateBatches: row.duplicateBatches,
      rejectedBatches: row.rejectedBatches,
      sightings: row.sightings,
      skippedSightings: row.skippedSightings,
      unknownFrames: row.unknownFrames,
      malformedAdvertisements: row.malformedAdvertisements,
    },
    lastBatchAt: row.lastBatchAt?.getTime() ?? null,
    lastSentAt: row.lastSentAt?.getTime() ?? null,
    lastRejectedAt: row.lastRejectedAt?.getTime() ?? null,
  });
}

function dateOf(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}
