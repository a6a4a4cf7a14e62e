import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { FloorplanQueryService } from '../floorplan/floorplan-query.service.js';
import type { SensorMeasure } from '../floorplan/import/floorplan-format.js';
import type { HygieneEvent } from '../ingest/hygiene/hygiene-batch.js';
import { HygieneReportSink, type HygieneReport, type HygieneReportOutcome } from '../ingest/hygiene-report.sink.js';
import type { FieldIssue } from '../platform/http/domain-error.js';
import { isUniqueViolation } from '../platform/database/unique-violation.js';
import { DispenserActivation } from './entities/dispenser-activation.entity.js';
import { DispenserLevel } from './entities/dispenser-level.entity.js';
import { DoorEntryCount } from './entities/door-entry-count.entity.js';
import { EnvironmentReading } from './entities/environment-reading.entity.js';
import { HygieneDeviceBatch } from './entities/hygiene-device-batch.entity.js';
import { RoomHygieneEvent } from './entities/room-hygiene-event.entity.js';
import { mergeIntoAggregates } from './environment-aggregates.store.js';
import type { Reading } from './environment/reading-aggregates.js';
import { invalidHygieneInput } from './hygiene-errors.js';

/** Rows per INSERT: a 1000-event batch in a few statements, well under MySQL's placeholder limit. */
const INSERT_CHUNK = 500;

/** Readings a sensor batch stored, for the alarms that watch them (after the commit). */
export interface StoredReadings {
  deviceId: string;
  /** Per measure, in the order reported. */
  byMeasure: ReadonlyMap<SensorMeasure, readonly Reading[]>;
}

type ReadingsListener = (stored: StoredReadings) => void | Promise<void>;

/**
 * Stores dispenser, sensor and door-counter batches from the ingest (HygieneReportSink): activations,
 * refill levels, room cleaning and verification events, raw readings and their 1-minute and hourly
 * aggregates, door entry counts, with the batch's (deviceId, seq), in one transaction; the device's 2xx
 * comes after the commit. Writes are serialized in this process (the aggregates are read, merged and written back); across server
 * processes the batch key still holds (a second (deviceId, seq) is refused by the database and answered
 * as a duplicate), but two processes could interleave one bucket's update: run one writer.
 */
@Injectable()
export class HygieneReportsService implements OnModuleInit {
  private readonly logger = new Logger(HygieneReportsService.name);
  private tail: Promise<unknown> = Promise.resolve();
  private readonly readingListeners: ReadingsListener[] = [];

  constructor(
    private readonly sink: HygieneReportSink,
    private readonly dataSource: DataSource,
    private readonly floorplans: FloorplanQueryService,
  ) {}

  onModuleInit(): void {
    this.sink.register((report) => this.store(report));
  }

  /** Calls `listener` with each batch's readings once they are stored (environment alarms). */
  onReadingsStored(listener: ReadingsListener): void {
    this.readingListeners.push(listener);
  }

  /** 400 naming `events[i].roomId` for rooms not on the floor plans; a stored (deviceId, seq) is a duplicate. */
  async store(report: HygieneReport, now = new Date()): Promise<HygieneReportOutcome> {
    await this.checkRooms(report.events);
    const run = this.tail
      .catch(() => undefined)
      .then(() => this.dataSource.transaction((manager) => this.storeIn(manager, report, now)))
      .catch((error: unknown) => {
        // Another server process stored the same (deviceId, seq) first: its copy counts, this one is a duplicate.
        if (isUniqueViolation(error)) return { accepted: 0, duplicate: true };
        throw error;
      });
    this.tail = run;
    const outcome = await run;
    if (!outcome.duplicate) await this.announceReadings(report);
    return outcome;
  }

  private async checkRooms(events: readonly HygieneEvent[]): Promise<void> {
    const named = events.flatMap((event) => (event.type === 'cleaning' || event.type === 'verification' ? [event] : []));
    if (named.length === 0) return;
    const known = new Set((await this.floorplans.roomsByIds(named.map((event) => event.roomId))).map((room) => room.id));
    const issues: FieldIssue[] = named.filter((event) => !known.has(event.roomId)).map((event) => ({ field: `${event.field}.roomId`, message: 'is not a room on the floor plans' }));
    if (issues.length > 0) throw invalidHygieneInput(issues);
  }

  private async storeIn(manager: EntityManager, report: HygieneReport, now: Date): Promise<HygieneReportOutcome> {
    const seq = String(report.seq);
    if (await manager.existsBy(HygieneDeviceBatch, { deviceId: report.deviceId, seq })) return { accepted: 0, duplicate: true };
    await manager.insert(HygieneDeviceBatch, { deviceId: report.deviceId, seq, events: report.events.length, receivedAt: now });
    const activations: Array<Omit<DispenserActivation, 'id'>> = [];
    const levels: Array<Omit<DispenserLevel, 'id'>> = [];
    const roomEvents: Array<Omit<RoomHygieneEvent, 'id'>> = [];
    const readings: Array<Omit<EnvironmentReading, 'id'>> = [];
    const entries: Array<Omit<DoorEntryCount, 'id'>> = [];
    for (const event of report.events) {
      const at = new Date(event.at);
      switch (event.type) {
        case 'dispense':
          activations.push({ deviceId: report.deviceId, at, badgeId: event.badgeId ?? null, batchSeq: report.seq });
          break;
        case 'refill_level':
          levels.push({ deviceId: report.deviceId, at, percent: event.percent });
          break;
        case 'reading':
          readings.push({ deviceId: report.deviceId, measure: event.measure, at, value: event.value });
          break;
        case 'entries':
          entries.push({ deviceId: report.deviceId, at, count: event.count, batchSeq: report.seq });
          break;
        case 'cleaning':
        case 'verification':
          roomEvents.push(roomEventOf(event, report.deviceId, now));
          break;
      }
    }
    await insertChunked(manager, DispenserActivation, activations);
    await insertChunked(manager, DispenserLevel, levels);
    await insertChunked(manager, RoomHygieneEvent, roomEvents);
    await insertChunked(manager, EnvironmentReading, readings);
    await insertChunked(manager, DoorEntryCount, entries);
    for (const [measure, measured] of readingsByMeasure(report.events)) await mergeIntoAggregates(manager, report.deviceId, measure, measured);
    return { accepted: report.events.length, duplicate: false };
  }

  private async announceReadings(report: HygieneReport): Promise<void> {
    if (this.readingListeners.length === 0) return;
    const byMeasure = readingsByMeasure(report.events);
    if (byMeasure.size === 0) return;
    for (const listener of this.readingListeners) {
      try {
        await listener({ deviceId: report.deviceId, byMeasure });
      } catch (error) {
        // The readings are stored (the device's answer says so); a listener's failure is its own.
        this.logger.error({ msg: 'A readings listener failed', deviceId: report.deviceId, seq: report.seq }, error instanceof Error ? error.stack : String(error));
      }
    }
  }
}

function readingsByMeasure(events: readonly HygieneEvent[]): Map<SensorMeasure, Reading[]> {
  const byMeasure = new Map<SensorMeasure, Reading[]>();
  for (const event of events) {
    if (event.type !== 'reading') continue;
    const list = byMeasure.get(event.measure);
    if (list === undefined) byMeasure.set(event.measure, [{ at: event.at, value: event.value }]);
    else list.push({ at: event.at, value: event.value });
  }
  return byMeasure;
}

function roomEventOf(event: Extract<HygieneEvent, { type: 'cleaning' | 'verification' }>, deviceId: string, now: Date): Omit<RoomHygieneEvent, 'id'> {
  const common = { roomId: event.roomId, at: new Date(event.at), performedBy: event.by ?? null, deviceId, recordedBy: null, createdAt: now };
  if (event.type === 'cleaning') {
    return { ...common, type: event.phase === 'started' ? 'cleaning_started' : 'cleaning_completed', kind: event.kind, method: null, passed: null, value: null };
  }
  return { ...common, type: 'verification', kind: null, method: event.method, passed: event.passed, value: event.value ?? null };
}

async function insertChunked<T extends object>(manager: EntityManager, entity: new () => T, rows: ReadonlyArray<Omit<T, 'id'>>): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await manager.insert(entity, rows.slice(i, i + INSERT_CHUNK) as never);
  }
}
