import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { FloorDetailView } from '../../floorplan/floorplan.views.js';
import { FloorplanQueryService } from '../../floorplan/floorplan-query.service.js';
import { CalendarLookup, DEFAULT_SHIFTS } from '../compliance/compliance-calendar.js';
import { dispensersServingRooms } from '../compliance/compliance-places.js';
import { groupLevelCompliance, type CountedPeriod, type CountedRoom, type GroupLevelDimension, type GroupLevelResult } from '../compliance/group-level.js';
import { localDays } from '../compliance/local-days.js';
import { DispenserActivation } from '../entities/dispenser-activation.entity.js';
import { DoorEntryCount } from '../entities/door-entry-count.entity.js';
import { invalidHygieneInput } from '../hygiene-errors.js';

export interface GroupLevelQuery {
  from: number;
  to: number;
  unit?: string;
  by: GroupLevelDimension;
}

export interface GroupLevelReport extends GroupLevelResult {
  from: number;
  to: number;
  unit: string | null;
  by: GroupLevelDimension;
  /** The site's IANA zone: what `day` means. */
  timeZone: string;
}

interface Period {
  day: string;
  from: number;
  to: number;
}

/** What the figures need of the floor plans, read fresh per request (a few queries per floor). */
interface HygieneLayout {
  timeZone: string;
  units: string[];
  floors: FloorDetailView[];
}

/**
 * Group-level hand-hygiene compliance from door counters and dispensers (compliance/group-level.ts):
 * reads the floor plans for the rooms with door counters and the dispensers serving them, and counts
 * entries and activations with one grouped query each per period (all of the range, or each local day),
 * so a quarter of a busy ward is a few hundred small indexed queries, never millions of rows.
 */
@Injectable()
export class GroupLevelComplianceService {
  constructor(
    private readonly floorplans: FloorplanQueryService,
    @InjectRepository(DoorEntryCount) private readonly entries: Repository<DoorEntryCount>,
    @InjectRepository(DispenserActivation) private readonly activations: Repository<DispenserActivation>,
  ) {}

  /** 400 naming `unit` when it is not a unit of the floor plans. */
  async report(query: GroupLevelQuery): Promise<GroupLevelReport> {
    const layout = await this.layout();
    if (query.unit !== undefined && !layout.units.includes(query.unit)) {
      throw invalidHygieneInput([{ field: 'unit', message: layout.units.length === 0 ? 'must be a unit of the floor plans, and none are imported' : `must be a unit of the floor plans: ${layout.units.join(', ')}` }]);
    }
    const rooms = countedRooms(layout.floors, query.unit);
    const calendar = new CalendarLookup({ timeZone: layout.timeZone, shifts: DEFAULT_SHIFTS });
    const periods: Period[] = query.by === 'day' ? localDays(calendar, query.from, query.to) : [{ day: '', from: query.from, to: query.to }];
    const counterIds = rooms.flatMap((room) => room.counterIds);
    const dispenserIds = [...new Set(rooms.flatMap((room) => [...room.dispenserIds]))];
    const counted: CountedPeriod[] = [];
    for (const period of periods) {
      counted.push({
        day: period.day,
        entriesByCounter: await this.sumByDevice(this.entries, 'SUM(row.count)', counterIds, period),
        activationsByDispenser: await this.sumByDevice(this.activations, 'COUNT(*)', dispenserIds, period),
      });
    }
    return { from: query.from, to: query.to, unit: query.unit ?? null, by: query.by, timeZone: layout.timeZone, ...groupLevelCompliance(rooms, counted, query.by) };
  }

  /** Per device, `aggregate` over its rows timed in [from, to). */
  private async sumByDevice(repository: Repository<DoorEntryCount> | Repository<DispenserActivation>, aggregate: string, deviceIds: readonly string[], period: Period): Promise<Map<string, number>> {
    if (deviceIds.length === 0) return new Map();
    const rows = await repository
      .createQueryBuilder('row')
      .select('row.deviceId', 'deviceId')
      .addSelect(aggregate, 'total')
      .where('row.deviceId IN (:...deviceIds)', { deviceIds })
      .andWhere('row.at >= :from AND row.at < :to', { from: new Date(period.from), to: new Date(period.to) })
      .groupBy('row.deviceId')
      .getRawMany<{ deviceId: string; total: number | string }>();
    // MySQL answers SUM and COUNT as strings (DECIMAL, BIGINT).
    return new Map(rows.map((row) => [row.deviceId, Number(row.total)]));
  }

  private async layout(): Promise<HygieneLayout> {
    const sites = await this.floorplans.siteTree();
    const floors: FloorDetailView[] = [];
    for (const site of sites) {
      for (const building of site.buildings) {
        for (const floor of building.floors) floors.push(await this.floorplans.floorDetail(floor.id));
      }
    }
    const units = [...new Set(floors.flatMap((floor) => floor.rooms.flatMap((room) => (room.unit === null ? [] : [room.unit]))))].sort();
    // One site per installation today; its zone decides local days (UTC before any plan is imported).
    return { timeZone: sites[0]?.timezone ?? 'UTC', units, floors };
  }
}

/** The rooms (of `unit` when given) with a door counter, each with its counters and the dispensers serving it. */
function countedRooms(floors: readonly FloorDetailView[], unit: string | undefined): CountedRoom[] {
  const rooms = floors.flatMap((floor) => floor.rooms.filter((room) => unit === undefined || room.unit === unit));
  const devices = floors.flatMap((floor) => floor.devices.map((device) => ({ ...device, floorId: floor.floor.id })));
  const counters = devices.filter((device) => device.deviceType === 'door_counter');
  const withCounters = rooms.filter((room) => counters.some((counter) => counter.roomId === room.id));
  const doors = floors.flatMap((floor) => floor.doors.map((door) => ({ ...door, floorId: floor.floor.id })));
  const dispensers = devices.filter((device) => device.deviceType === 'hand_hygiene_dispenser');
  const serving = dispensersServingRooms(
    withCounters.map((room) => room.id),
    dispensers,
    doors,
  );
  return withCounters.map((room) => ({
    id: room.id,
    name: room.name,
    unit: room.unit,
    counterIds: counters.filter((counter) => counter.roomId === room.id).map((counter) => counter.id),
    dispenserIds: serving.get(room.id) ?? new Set(),
  }));
}
