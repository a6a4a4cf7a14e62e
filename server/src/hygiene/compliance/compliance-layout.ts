/**
 * The floor plans as compliance needs them: care rooms, the dispensers serving them, room names and the
 * time zone days and shifts are counted in. Pure: the caller reads the floors.
 */
import type { RoomType, IsolationKind, DeviceType } from '../../floorplan/import/floorplan-format.js';
import { careRoomsOf, dispenserRoomsOf } from './compliance-places.js';
import type { CareRoom } from './compliance-types.js';

/** A site with its floors' rooms, doors and devices (FloorplanQueryService.floorDetail). */
export interface LayoutSite {
  timezone: string;
  floors: ReadonlyArray<{
    floor: { id: string };
    rooms: ReadonlyArray<{ id: string; name: string; type: RoomType; unit: string | null; isolation: IsolationKind }>;
    doors: ReadonlyArray<{ x: number; y: number; rooms: readonly [string, string] }>;
    devices: ReadonlyArray<{ id: string; deviceType: DeviceType; roomId: string | null; x: number; y: number }>;
  }>;
}

/** Before any floor plan is imported. */
export const FALLBACK_TIME_ZONE = 'UTC';

export class ComplianceLayout {
  readonly careRooms: ReadonlyMap<string, CareRoom>;
  readonly dispenserRooms: ReadonlyMap<string, readonly string[]>;
  readonly roomNames: ReadonlyMap<string, string>;
  /** Every unit named on a room of the plans. */
  readonly units: ReadonlySet<string>;

  constructor(private readonly sites: readonly LayoutSite[]) {
    const floors = sites.flatMap((site) => site.floors);
    const rooms = floors.flatMap(({ floor, rooms }) => rooms.map((room) => ({ ...room, floorId: floor.id })));
    this.careRooms = careRoomsOf(rooms);
    this.dispenserRooms = dispenserRoomsOf(
      floors.flatMap(({ floor, devices }) => devices.filter((device) => device.deviceType === 'hand_hygiene_dispenser').map((device) => ({ ...device, floorId: floor.id }))),
      floors.flatMap(({ floor, doors }) => doors.map((door) => ({ ...door, floorId: floor.id }))),
      this.careRooms,
    );
    this.roomNames = new Map(rooms.map((room) => [room.id, room.name]));
    this.units = new Set(rooms.flatMap((room) => (room.unit === null ? [] : [room.unit])));
  }

  /** The unit's site's zone (the first site with a room of the unit); without a unit, the first site's. */
  timeZone(unit?: string): string {
    const ofUnit = unit === undefined ? undefined : this.sites.find((site) => site.floors.some((floor) => floor.rooms.some((room) => room.unit === unit)));
    return (ofUnit ?? this.sites[0])?.timezone ?? FALLBACK_TIME_ZONE;
  }
}
