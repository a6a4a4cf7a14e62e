import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { alertCondition, type AlertCondition } from '../alerts/alert-condition.js';
import { AlertKindRegistry } from '../alerts/alert-kinds.js';
import { ALERT_JOB_PREFIX } from '../alerts/alert-scheduler.service.js';
import { AlertsService, type AlertChange } from '../alerts/alerts.service.js';
import type { PlacedDevice } from '../devices/device.entity.js';
import { DevicesService } from '../devices/devices.service.js';
import { FloorPlanChanges } from '../floorplan/floor-plan-changes.js';
import { FloorplanQueryService } from '../floorplan/floorplan-query.service.js';
import type { SensorMeasure } from '../floorplan/import/floorplan-format.js';
import { EnvironmentExcursion } from './entities/environment-excursion.entity.js';
import type { MeasureLimit, SpaceKind } from './environment/environment-limits.js';
import { ExcursionTracker, type Excursion, type ExcursionEvent } from './environment/excursion-tracker.js';
import { effectiveLimit, sameLimit } from './environment/limit-overrides.js';
import { EnvironmentLimitsService } from './environment-limits.service.js';
import { ENVIRONMENT_EXCURSION, HYGIENE_ALERT_KINDS } from './hygiene-alert-kinds.js';
import { HygieneReportsService, type StoredReadings } from './hygiene-reports.service.js';

/** How often time is let pass for escalation when no reading comes (a sensor that went silent while in alarm). */
const ESCALATION_TICK_MS = 30_000;

const UNITS: Readonly<Record<SensorMeasure, string>> = { temperature: '°C', humidity: '% RH', pressure_differential: 'Pa', co2: 'ppm', particles: 'particles/m³' };

/** Where a sensor stands and what judges one of its measures. */
interface WatchPlace {
  readonly sensorName: string;
  readonly roomId: string | null;
  readonly floorId: string | null;
  readonly spaceKind: SpaceKind;
  readonly limit: MeasureLimit;
}

/** One watched measure of one sensor. */
interface Watch extends WatchPlace {
  readonly deviceId: string;
  readonly measure: SensorMeasure;
  readonly tracker: ExcursionTracker;
  /** The stored open excursion, while there is one. */
  excursionId: number | null;
}

/**
 * Environment alarms: one ExcursionTracker per (sensor, measure), fed the readings HygieneReportsService
 * stored, judged by the limits of the sensor's space (environment/space-kind.ts). A raised alarm stores an
 * excursion and raises an `environment.excursion` alert (warning; critical once escalated) through
 * AlertsService, one open per sensor and measure; the alarm clearing ends the excursion and clears the
 * alert. Acknowledging or resolving the alert stops the escalation. Open excursions are resumed at start.
 * Readings are judged one batch at a time, in the order they were stored.
 * A limit override (EnvironmentLimitsService) or a floor-plan import (FloorPlanChanges: a sensor moved,
 * renamed, a room's type or isolation changed) re-reads every watch at once: an open excursion carries on
 * under the new limit (and clears at its next reading if that is now inside), a measure no longer limited
 * ends its excursion, and a watch without an open excursion starts afresh at its next reading.
 */
@Injectable()
export class EnvironmentAlarmsService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EnvironmentAlarmsService.name);
  private readonly watches = new Map<string, Watch | null>();
  private tail: Promise<unknown> = Promise.resolve();
  private unsubscribes: Array<() => void> = [];

  constructor(
    private readonly reports: HygieneReportsService,
    private readonly alerts: AlertsService,
    private readonly kinds: AlertKindRegistry,
    private readonly devices: DevicesService,
    private readonly floorplans: FloorplanQueryService,
    private readonly limits: EnvironmentLimitsService,
    private readonly floorPlanChanges: FloorPlanChanges,
    @InjectRepository(EnvironmentExcursion) private readonly excursions: Repository<EnvironmentExcursion>,
  ) {}

  onModuleInit(): void {
    for (const kind of HYGIENE_ALERT_KINDS) this.kinds.define(kind);
    this.reports.onReadingsStored((stored) => this.judge(stored));
    this.alerts.onChange((change) => void this.serialized(() => this.noteAlertChange(change)));
    this.unsubscribes = [
      this.limits.onOverridesChanged(() => this.reconsiderWatches()),
      this.floorPlanChanges.subscribe(() => this.reconsiderWatches()),
    ];
  }

  onModuleDestroy(): void {
    for (const unsubscribe of this.unsubscribes) unsubscribe();
    this.unsubscribes = [];
  }

  /** Resumes the open excursions' trackers. */
  async onApplicationBootstrap(): Promise<void> {
    await this.serialized(async () => {
      for (const open of await this.excursions.find({ where: { endedAt: IsNull() }, order: { id: 'ASC' } })) {
        const limit = effectiveLimit(open.spaceKind, open.measure, await this.limits.overridesOf(open.roomId))?.limit;
        if (limit === undefined) continue;
        const tracker = ExcursionTracker.resume(limit, excursionOf(open), open.lastReadingAt.getTime());
        const sensorName = (await this.devices.list()).find((device) => device.id === open.deviceId)?.name ?? open.deviceId;
        this.watches.set(watchKey(open.deviceId, open.measure), {
          deviceId: open.deviceId,
          measure: open.measure,
          sensorName,
          roomId: open.roomId,
          floorId: open.floorId,
          spaceKind: open.spaceKind,
          limit,
          tracker,
          excursionId: open.id,
        });
      }
    });
  }

  /** Judges a stored batch's readings, oldest first per measure. */
  judge(stored: StoredReadings): Promise<void> {
    return this.serialized(async () => {
      for (const [measure, readings] of stored.byMeasure) {
        const watch = await this.watchOf(stored.deviceId, measure);
        if (watch === null) continue;
        let last = 0;
        for (const reading of [...readings].sort((a, b) => a.at - b.at)) {
          await this.apply(watch, watch.tracker.observe(reading.value, reading.at));
          last = Math.max(last, reading.at);
        }
        await this.saveProgress(watch, last);
      }
    });
  }

  @Interval(`${ALERT_JOB_PREFIX}environment-escalation`, ESCALATION_TICK_MS)
  async escalateSilent(): Promise<void> {
    try {
      await this.tick(Date.now());
    } catch (error) {
      this.logger.error({ msg: 'Could not check environment alarms for escalation', error: String(error) });
    }
  }

  /** Lets time pass to `nowMs` without readings: unacknowledged alarms may escalate. */
  tick(nowMs: number): Promise<void> {
    return this.serialized(async () => {
      for (const watch of this.watches.values()) if (watch !== null) await this.apply(watch, watch.tracker.tick(nowMs));
    });
  }

  private async apply(watch: Watch, events: readonly ExcursionEvent[]): Promise<void> {
    for (const event of events) {
      const { excursion } = event;
      if (event.type === 'alarm_raised') {
        const stored = await this.excursions.save(
          this.excursions.create({
            deviceId: watch.deviceId,
            measure: watch.measure,
            roomId: watch.roomId,
            floorId: watch.floorId,
            spaceKind: watch.spaceKind,
            limitMin: watch.limit.min ?? null,
            limitMax: watch.limit.max ?? null,
            ...rowOf(excursion),
            lastReadingAt: new Date(excursion.alarmedAt),
            alertId: null,
          }),
        );
        watch.excursionId = stored.id;
        const { alert } = await this.alerts.raise(this.conditionOf(watch, excursion));
        await this.excursions.update(stored.id, { alertId: alert.id });
      } else if (event.type === 'alarm_escalated') {
        if (watch.excursionId !== null) await this.excursions.update(watch.excursionId, rowOf(excursion));
        // Raise refreshes the open alert; if someone resolved it meanwhile, it is acknowledged and never escalates.
        await this.alerts.raise(this.conditionOf(watch, excursion));
      } else {
        if (watch.excursionId !== null) await this.excursions.update(watch.excursionId, { ...rowOf(excursion), lastReadingAt: new Date(excursion.endedAt ?? excursion.alarmedAt) });
        watch.excursionId = null;
        await this.alerts.clear(this.conditionOf(watch, excursion).key);
      }
    }
  }

  /** Keeps the open excursion's worst value and last reading current (for audits, and for resuming). */
  private async saveProgress(watch: Watch, lastReadingAt: number): Promise<void> {
    const open = watch.tracker.current;
    if (open === undefined || watch.excursionId === null) return;
    await this.excursions.update(watch.excursionId, { worstValue: open.worstValue, worstAt: new Date(open.worstAt), lastReadingAt: new Date(lastReadingAt) });
  }

  /** Acknowledging or resolving the alert (a person has seen it) stops the escalation. */
  private async noteAlertChange(change: AlertChange): Promise<void> {
    const { alert } = change;
    if (alert.kind !== ENVIRONMENT_EXCURSION || (change.action !== 'acknowledged' && change.action !== 'resolved')) return;
    const seenAt = (alert.acknowledgedAt ?? alert.resolvedAt ?? new Date()).getTime();
    const watch = this.watches.get(alert.subjectId);
    if (watch === undefined || watch === null || watch.excursionId === null) return;
    if (!watch.tracker.acknowledge(seenAt)) return;
    await this.excursions.update({ id: watch.excursionId, acknowledgedAt: IsNull() }, { acknowledgedAt: new Date(seenAt) });
  }

  /**
   * Re-reads where every watched sensor stands and what judges it (after a limit override or a
   * floor-plan import). Resolves once every watch is current: the next reading is judged by the change.
   */
  reconsiderWatches(): Promise<void> {
    return this.serialized(async () => {
      const sensors = await this.devices.list();
      for (const [key, watch] of [...this.watches]) {
        if (watch === null) {
          this.watches.delete(key);
          continue;
        }
        const place = await this.placeOf(watch.deviceId, watch.measure, sensors);
        if (place !== null && samePlace(watch, place)) continue;
        const open = watch.tracker.current;
        if (open === undefined) this.watches.delete(key);
        else if (place === null) await this.endUnwatched(key, watch, open);
        else this.watches.set(key, { ...watch, ...place, tracker: ExcursionTracker.resume(place.limit, open, watch.tracker.lastJudgedAt) });
      }
    });
  }

  /** The measure is no longer limited where the sensor stands: its excursion ends at its last reading judged. */
  private async endUnwatched(key: string, watch: Watch, open: Excursion): Promise<void> {
    this.watches.delete(key);
    const ended = { ...open, endedAt: Math.max(open.alarmedAt, watch.tracker.lastJudgedAt) };
    if (watch.excursionId !== null) await this.excursions.update(watch.excursionId, rowOf(ended));
    await this.alerts.clear(this.conditionOf(watch, ended).key);
  }

  /** The watch of a sensor's measure, created on its first reading; null when its space sets no limit for it. */
  private async watchOf(deviceId: string, measure: SensorMeasure): Promise<Watch | null> {
    const key = watchKey(deviceId, measure);
    const known = this.watches.get(key);
    if (known !== undefined) return known;
    const place = await this.placeOf(deviceId, measure, await this.devices.list());
    const watch: Watch | null = place === null ? null : { deviceId, measure, ...place, tracker: new ExcursionTracker(place.limit), excursionId: null };
    this.watches.set(key, watch);
    return watch;
  }

  /** Where the sensor stands now and the limit judging the measure there (a room's override first); null: not limited. */
  private async placeOf(deviceId: string, measure: SensorMeasure, sensors: readonly PlacedDevice[]): Promise<WatchPlace | null> {
    const sensor = sensors.find((device) => device.id === deviceId);
    const [room] = sensor?.roomId ? await this.floorplans.roomsByIds([sensor.roomId]) : [];
    const sensorName = sensor?.name ?? deviceId;
    const { spaceKind, limitOf } = await this.limits.judgementOf(sensorName, room);
    const limit = limitOf(measure)?.limit;
    return limit === undefined ? null : { sensorName, roomId: room?.id ?? null, floorId: sensor?.floorId ?? null, spaceKind, limit };
  }

  private conditionOf(watch: Watch, excursion: Excursion): AlertCondition {
    const unit = UNITS[watch.measure];
    const range = rangeText(watch.limit, unit);
    return alertCondition({
      kind: ENVIRONMENT_EXCURSION,
      subjectType: 'sensor_measure',
      subjectId: watchKey(watch.deviceId, watch.measure),
      severity: excursion.escalatedAt === null ? 'warning' : 'critical',
      title: `${watch.sensorName}: ${watch.measure.replace('_', ' ')} too ${excursion.direction} (worst ${excursion.worstValue} ${unit}; limit ${range})`,
      detail: {
        deviceId: watch.deviceId,
        measure: watch.measure,
        spaceKind: watch.spaceKind,
        direction: excursion.direction,
        limitMin: watch.limit.min ?? null,
        limitMax: watch.limit.max ?? null,
        startedAt: new Date(excursion.startedAt).toISOString(),
        alarmedAt: new Date(excursion.alarmedAt).toISOString(),
        worstValue: excursion.worstValue,
        worstAt: new Date(excursion.worstAt).toISOString(),
        escalatedAt: excursion.escalatedAt === null ? null : new Date(excursion.escalatedAt).toISOString(),
      },
      floorId: watch.floorId,
      roomId: watch.roomId,
    });
  }

  /** Runs `work` after every earlier judgement: a sensor's readings and its alert changes apply in order. */
  private serialized(work: () => Promise<void>): Promise<void> {
    const run = this.tail.catch(() => undefined).then(work);
    this.tail = run;
    return run;
  }
}

function samePlace(a: WatchPlace, b: WatchPlace): boolean {
  return a.sensorName === b.sensorName && a.roomId === b.roomId && a.floorId === b.floorId && a.spaceKind === b.spaceKind && sameLimit(a.limit, b.limit);
}

function watchKey(deviceId: string, measure: SensorMeasure): string {
  return `${deviceId}:${measure}`;
}

function rangeText(limit: MeasureLimit, unit: string): string {
  if (limit.min !== undefined && limit.max !== undefined) return `${limit.min} to ${limit.max} ${unit}`;
  return limit.min !== undefined ? `at least ${limit.min} ${unit}` : `at most ${limit.max} ${unit}`;
}

function rowOf(excursion: Excursion): Pick<EnvironmentExcursion, 'direction' | 'startedAt' | 'alarmedAt' | 'endedAt' | 'worstValue' | 'worstAt' | 'acknowledgedAt' | 'escalatedAt'> {
  const date = (ms: number | null) => (ms === null ? null : new Date(ms));
  return {
    direction: excursion.direction,
    startedAt: new Date(excursion.startedAt),
    alarmedAt: new Date(excursion.alarmedAt),
    endedAt: date(excursion.endedAt),
    worstValue: excursion.worstValue,
    worstAt: new Date(excursion.worstAt),
    acknowledgedAt: date(excursion.acknowledgedAt),
    escalatedAt: date(excursion.escalatedAt),
  };
}

function excursionOf(row: EnvironmentExcursion): Excursion {
  const ms = (date: Date | null) => (date === null ? null : date.getTime());
  return {
    startedAt: row.startedAt.getTime(),
    alarmedAt: row.alarmedAt.getTime(),
    endedAt: ms(row.endedAt),
    direction: row.direction,
    worstValue: row.worstValue,
    worstAt: row.worstAt.getTime(),
    acknowledgedAt: ms(row.acknowledgedAt),
    escalatedAt: ms(row.escalatedAt),
  };
}
