import { Injectable, Logger, type BeforeApplicationShutdown, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { BleSighting } from '../ingest/ble/ble-sighting.js';
import { BleSightingBus } from '../ingest/ble-sighting.bus.js';
import type { BatteryReading } from './checks/low-battery.check.js';
import { TagBatteryReading } from './tag-battery-reading.entity.js';

/** How often changed readings are saved: one statement for all of them. */
export const BATTERY_LOG_FLUSH_MS = 60_000;
/**
 * Tags remembered at most. Every beacon in radio range reports, tracked or not (a visitor's tracker, a
 * neighbour's beacons), so the map must not grow without bound; past this, new tags are not logged.
 */
export const MAX_LOGGED_TAGS = 50_000;
const UPSERT_CHUNK = 300;

/**
 * The latest battery voltage of every tag, from the BLE sighting bus: kept in memory (the bus consumer
 * only writes a map entry), saved every minute and at shutdown, restored at start, so the low-battery
 * check keeps its readings across a restart. A crash loses at most a minute of readings, which the
 * tags repeat every few seconds anyway.
 */
@Injectable()
export class TagBatteryLog implements OnModuleInit, OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger(TagBatteryLog.name);
  private readonly readings = new Map<string, BatteryReading>();
  private readonly changed = new Set<string>();
  private unsubscribe: (() => void) | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private warnedFull = false;

  constructor(
    @InjectRepository(TagBatteryReading) private readonly rows: Repository<TagBatteryReading>,
    private readonly bus: BleSightingBus,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const row of await this.rows.find()) this.readings.set(row.tagId, { tagId: row.tagId, batteryMv: row.batteryMv, readAt: row.readAt });
    this.unsubscribe = this.bus.subscribe(this.record);
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  /** The bus consumer: the battery of every sighting that carries one. */
  readonly record = (sightings: readonly BleSighting[]): void => {
    const now = new Date();
    for (const sighting of sightings) {
      if (sighting.batteryMv === undefined) continue;
      this.note({ tagId: sighting.tagId, batteryMv: sighting.batteryMv, readAt: now });
    }
  };

  /** Records a reading (the bus does this; tests and tools may too). */
  note(reading: BatteryReading): void {
    const known = this.readings.get(reading.tagId);
    if (known === undefined && this.readings.size >= MAX_LOGGED_TAGS) {
      if (!this.warnedFull) this.logger.warn({ msg: 'Tag battery log is full; new tags are not logged', maxTags: MAX_LOGGED_TAGS });
      this.warnedFull = true;
      return;
    }
    // An unchanged voltage is not saved again: its time only matters for display.
    if (known?.batteryMv !== reading.batteryMv) this.changed.add(reading.tagId);
    this.readings.set(reading.tagId, reading);
  }

  latest(): ReadonlyMap<string, BatteryReading> {
    return this.readings;
  }

  /** Saves the readings changed since the last save; saves never overlap. */
  @Interval('alerts.battery-log.flush', BATTERY_LOG_FLUSH_MS)
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.saveChanged());
    return this.flushing;
  }

  private async saveChanged(): Promise<void> {
    if (this.changed.size === 0) return;
    const tagIds = [...this.changed];
    this.changed.clear();
    const rows = tagIds.flatMap((tagId) => {
      const reading = this.readings.get(tagId);
      return reading === undefined ? [] : [{ tagId, batteryMv: reading.batteryMv, readAt: reading.readAt }];
    });
    try {
      for (let i = 0; i < rows.length; i += UPSERT_CHUNK) await this.rows.upsert(rows.slice(i, i + UPSERT_CHUNK), ['tagId']);
    } catch (error) {
      for (const tagId of tagIds) this.changed.add(tagId);
      this.logger.warn({ msg: 'Could not save tag battery readings; will retry', tags: tagIds.length, error: String(error) });
    }
  }
}
