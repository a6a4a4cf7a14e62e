import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { PlacedDevice } from '../devices/device.entity.js';
import { DevicesService } from '../devices/devices.service.js';
import { FloorplanQueryService, type RoomSummary } from '../floorplan/floorplan-query.service.js';
import { NotFoundError, type FieldIssue } from '../platform/http/domain-error.js';
import { EnvironmentLimitOverride } from './entities/environment-limit-override.entity.js';
import { defaultGuidance, ENVIRONMENT_MEASURES, LimitError, type EnvironmentMeasure, type MeasureLimit, type SpaceKind } from './environment/environment-limits.js';
import { completeOverride, effectiveLimit, watchedMeasures, type LimitOverrideInput, type LimitSource, type RoomLimitOverrides } from './environment/limit-overrides.js';
import { spaceKindOf } from './environment/space-kind.js';
import { invalidHygieneInput } from './hygiene-errors.js';

/** A limit as it judges now, and where it comes from. */
export interface ResolvedLimit {
  limit: MeasureLimit;
  source: LimitSource;
  /** The published guidance of a default; null for an override. */
  guidance: string | null;
  /** The override's author and time; null for a default. */
  setBy: string | null;
  setAt: Date | null;
}

/** One measure's limit in one room, as it judges the room's air now. */
export interface EffectiveRoomLimit extends ResolvedLimit {
  room: RoomSummary;
  spaceKind: SpaceKind;
  measure: EnvironmentMeasure;
}

/** What judges a sensor's readings where it stands: the kind of space, and each measure's limit there (undefined: not limited). */
export interface SensorJudgement {
  spaceKind: SpaceKind;
  limitOf(measure: EnvironmentMeasure): ResolvedLimit | undefined;
}

/** A placed environment sensor, its room and what judges each measure it declares. */
export interface SensorLimits {
  sensor: PlacedDevice;
  room: RoomSummary | null;
  spaceKind: SpaceKind;
  /** Declared measures in ENVIRONMENT_MEASURES order; null: the measure is not limited there. */
  measures: Array<{ measure: EnvironmentMeasure; limit: ResolvedLimit | null }>;
}

export type LimitOverridesListener = (roomIds: readonly string[]) => Promise<void>;

/**
 * The environment limits of each room: the defaults of its kind of space and its own overrides
 * (`hygiene_environment_limit_overrides`, infection control and admins). The overrides are few: all of
 * them are held in memory, read once and replaced on every change here. A change is handed to the
 * listeners (the environment alarms) before the caller is answered, so the next reading is judged by it.
 */
@Injectable()
export class EnvironmentLimitsService {
  private readonly logger = new Logger(EnvironmentLimitsService.name);
  private overrides: Promise<Map<string, EnvironmentLimitOverride[]>> | undefined;
  private readonly listeners = new Set<LimitOverridesListener>();

  constructor(
    @InjectRepository(EnvironmentLimitOverride) private readonly rows: Repository<EnvironmentLimitOverride>,
    private readonly floorplans: FloorplanQueryService,
    private readonly devices: DevicesService,
  ) {}

  onOverridesChanged(listener: LimitOverridesListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A room's overrides by measure (empty when it has none). */
  async overridesOf(roomId: string | null): Promise<RoomLimitOverrides> {
    if (roomId === null) return {};
    return overridesOfRows((await this.byRoom()).get(roomId) ?? []);
  }

  /** Every limited measure of every room (of `unit` when given, or the one room), rooms by id. */
  async effective(filters: { unit?: string; roomId?: string }): Promise<EffectiveRoomLimit[]> {
    const rooms = filters.roomId !== undefined ? await this.floorplans.roomsByIds([filters.roomId]) : await this.floorplans.allRooms();
    const issues: FieldIssue[] = [];
    if (filters.roomId !== undefined && rooms.length === 0) issues.push({ field: 'roomId', message: 'must be the id of a room on the floor plans' });
    issues.push(...unitIssues(rooms, filters.unit));
    if (issues.length > 0) throw invalidHygieneInput(issues);
    const byRoom = await this.byRoom();
    return rooms.filter((room) => filters.unit === undefined || room.unit === filters.unit).flatMap((room) => this.limitsOf(room, byRoom.get(room.id) ?? []));
  }

  /**
   * What judges a sensor's readings where it stands: the kind of space by its name and room, then each
   * measure's limit, the room's override first (none for a fridge's probe). The environment alarms and
   * the sensors list both ask here.
   */
  async judgementOf(sensorName: string, room: RoomSummary | undefined): Promise<SensorJudgement> {
    const spaceKind = spaceKindOf(sensorName, room);
    const rows = room === undefined ? [] : ((await this.byRoom()).get(room.id) ?? []);
    return { spaceKind, limitOf: (measure) => resolve(spaceKind, measure, rows) };
  }

  /** Every placed environment sensor (of `unit`'s rooms when given), by id, with the limits judging its declared measures. */
  async sensors(unit?: string): Promise<SensorLimits[]> {
    const rooms = await this.floorplans.allRooms();
    const issues = unitIssues(rooms, unit);
    if (issues.length > 0) throw invalidHygieneInput(issues);
    const roomById = new Map(rooms.map((room) => [room.id, room]));
    const sensors = (await this.devices.list()).filter((device) => device.deviceType === 'environment_sensor').sort((a, b) => a.id.localeCompare(b.id));
    const listed: SensorLimits[] = [];
    for (const sensor of sensors) {
      const room = sensor.roomId === null ? undefined : roomById.get(sensor.roomId);
      if (unit !== undefined && room?.unit !== unit) continue;
      const { spaceKind, limitOf } = await this.judgementOf(sensor.name, room);
      const declared = new Set(sensor.measures ?? []);
      const measures = ENVIRONMENT_MEASURES.filter((measure) => declared.has(measure)).map((measure) => ({ measure, limit: limitOf(measure) ?? null }));
      listed.push({ sensor, room: room ?? null, spaceKind, measures });
    }
    return listed;
  }

  /** Sets a room's limit for a measure (400 naming the field; 404 for an unknown room). */
  async set(roomId: string, measure: EnvironmentMeasure, input: LimitOverrideInput, setBy: string, now = new Date()): Promise<EffectiveRoomLimit> {
    const room = await this.room(roomId);
    const spaceKind = roomAirKind(room);
    let limit: MeasureLimit;
    try {
      limit = completeOverride(spaceKind, measure, input);
    } catch (error) {
      if (error instanceof LimitError) throw invalidHygieneInput([{ field: error.field, message: error.message.slice(error.field.length + 2) }]);
      throw error;
    }
    const row = Object.assign(new EnvironmentLimitOverride(), { roomId, measure, min: limit.min ?? null, max: limit.max ?? null, ...timingOf(limit), setBy, setAt: now });
    await this.rows.save(row);
    await this.changed(roomId);
    return { room, spaceKind, measure, limit, source: 'override', guidance: null, setBy, setAt: now };
  }

  /** Removes a room's override: the default judges again. 404 when the room has none for the measure. */
  async remove(roomId: string, measure: EnvironmentMeasure): Promise<void> {
    const room = await this.room(roomId);
    const { affected } = await this.rows.delete({ roomId: room.id, measure });
    if (!affected) throw new NotFoundError('Limit override', `${roomId}/${measure}`);
    await this.changed(roomId);
  }

  private limitsOf(room: RoomSummary, rows: readonly EnvironmentLimitOverride[]): EffectiveRoomLimit[] {
    const spaceKind = roomAirKind(room);
    return watchedMeasures(spaceKind, overridesOfRows(rows)).flatMap((measure) => {
      const resolved = resolve(spaceKind, measure, rows);
      return resolved === undefined ? [] : [{ room, spaceKind, measure, ...resolved }];
    });
  }

  private async room(roomId: string): Promise<RoomSummary> {
    const [room] = await this.floorplans.roomsByIds([roomId]);
    if (room === undefined) throw new NotFoundError('Room', roomId);
    return room;
  }

  private byRoom(): Promise<Map<string, EnvironmentLimitOverride[]>> {
    this.overrides ??= this.rows.find({ order: { roomId: 'ASC', measure: 'ASC' } }).then((rows) => {
      const byRoom = new Map<string, EnvironmentLimitOverride[]>();
      for (const row of rows) byRoom.set(row.roomId, [...(byRoom.get(row.roomId) ?? []), row]);
      return byRoom;
    });
    // A failed read is not kept: the next caller tries again.
    this.overrides.catch(() => (this.overrides = undefined));
    return this.overrides;
  }

  private async changed(roomId: string): Promise<void> {
    this.overrides = undefined;
    for (const listener of this.listeners) {
      try {
        await listener([roomId]);
      } catch (error) {
        this.logger.error({ msg: 'A limit-override listener failed', roomId, error: String(error) });
      }
    }
  }
}

/** How a room's air is judged (a fridge probe in it is judged as a fridge, and takes no room override). */
export function roomAirKind(room: RoomSummary): SpaceKind {
  return spaceKindOf('', room);
}

/** The limit judging a measure in a space with these override rows (a fridge's probe takes none), with its source. */
function resolve(spaceKind: SpaceKind, measure: EnvironmentMeasure, rows: readonly EnvironmentLimitOverride[]): ResolvedLimit | undefined {
  const found = effectiveLimit(spaceKind, measure, overridesOfRows(rows));
  if (found === undefined) return undefined;
  if (found.source === 'default') return { ...found, guidance: defaultGuidance(spaceKind, measure) ?? null, setBy: null, setAt: null };
  const row = rows.find((r) => r.measure === measure);
  return { ...found, guidance: null, setBy: row?.setBy ?? null, setAt: row?.setAt ?? null };
}

function unitIssues(rooms: readonly RoomSummary[], unit: string | undefined): FieldIssue[] {
  return unit === undefined || rooms.some((room) => room.unit === unit) ? [] : [{ field: 'unit', message: 'must be a unit of the floor plans' }];
}

function overridesOfRows(rows: readonly EnvironmentLimitOverride[]): RoomLimitOverrides {
  return Object.fromEntries(rows.map((row) => [row.measure, limitOf(row)]));
}

function limitOf(row: EnvironmentLimitOverride): MeasureLimit {
  const limit: MeasureLimit = timingOf(row);
  if (row.min !== null) limit.min = row.min;
  if (row.max !== null) limit.max = row.max;
  return limit;
}

function timingOf({ clearMargin, startDelayMs, escalateAfterMs }: Pick<MeasureLimit, 'clearMargin' | 'startDelayMs' | 'escalateAfterMs'>) {
  return { clearMargin, startDelayMs, escalateAfterMs };
}
