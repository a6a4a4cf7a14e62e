/**
 * The simulated hospital as the simulator needs it, built once from validated floor plans
 * (`validateFloorPlan` results): floors with their height, rooms with their outline, doors, and the
 * BLE gateways. Pure data with lookups; the radio and the walking graph are built on top of it.
 */
import type { ParsedFloorPlan, RoomType } from '../import/floorplan-format.js';
import { type Point, openRing } from '../geometry/polygon.js';

/**
 * Height of a gateway whose plan gives none: a ceiling mount under a 2.7 m suspended ceiling, the
 * usual clear height of UK ward areas (HBN 04-01 asks for at least 2.7 m in bedrooms).
 */
export const DEFAULT_GATEWAY_MOUNT_HEIGHT_M = 2.7;

export interface BuildingFloor {
  id: string;
  /** Position in `BuildingModel.floors`. */
  index: number;
  buildingId: string;
  level: number;
  /** Height of the finished floor above the site datum, metres. */
  elevationM: number;
  widthM: number;
  heightM: number;
  /** Where the drawing's (0, 0) lies in the building's frame: plan + origin = building coordinates. */
  originX: number;
  originY: number;
}

export interface BuildingRoom {
  id: string;
  index: number;
  floorId: string;
  floorIndex: number;
  name: string;
  type: RoomType;
  verticalLink: string | null;
  /** Open ring (no repeated closing vertex), as drawn. */
  polygon: readonly Point[];
  centroid: Point;
  areaM2: number;
  /** Every straight segment between two points of a convex room stays inside it. */
  convex: boolean;
  doorIds: readonly string[];
}

export interface BuildingDoor {
  id: string;
  floorId: string;
  x: number;
  y: number;
  rooms: readonly [string, string];
}

export interface BuildingGateway {
  id: string;
  index: number;
  floorId: string;
  floorIndex: number;
  roomId: string | null;
  x: number;
  y: number;
  mountHeightM: number;
}

export class BuildingModel {
  private readonly floorById = new Map<string, BuildingFloor>();
  private readonly roomById = new Map<string, BuildingRoom>();
  private readonly doorById = new Map<string, BuildingDoor>();
  private readonly gatewayById = new Map<string, BuildingGateway>();

  private constructor(
    readonly floors: readonly BuildingFloor[],
    readonly rooms: readonly BuildingRoom[],
    readonly doors: readonly BuildingDoor[],
    readonly gateways: readonly BuildingGateway[],
  ) {
    for (const floor of floors) addUnique(this.floorById, floor.id, floor, 'floor');
    for (const room of rooms) addUnique(this.roomById, room.id, room, 'room');
    for (const door of doors) addUnique(this.doorById, door.id, door, 'door');
    for (const gateway of gateways) addUnique(this.gatewayById, gateway.id, gateway, 'gateway');
  }

  /** Builds the model; floors keep the order given. Throws on a floor, room, door or gateway id used twice. */
  static fromFloorPlans(plans: readonly ParsedFloorPlan[]): BuildingModel {
    if (plans.length === 0) throw new RangeError('a simulated building needs at least one floor');
    const floors: BuildingFloor[] = [];
    const rooms: BuildingRoom[] = [];
    const doors: BuildingDoor[] = [];
    const gateways: BuildingGateway[] = [];
    plans.forEach((plan, floorIndex) => {
      const floorId = plan.floor.id;
      floors.push({
        id: floorId,
        index: floorIndex,
        buildingId: plan.building.id,
        level: plan.floor.level,
        elevationM: plan.floor.elevationM,
        widthM: plan.floor.widthM,
        heightM: plan.floor.heightM,
        originX: plan.floor.origin.x,
        originY: plan.floor.origin.y,
      });
      const doorIdsByRoom = new Map<string, string[]>();
      for (const door of plan.doors) {
        doors.push({ id: door.id, floorId, x: door.x, y: door.y, rooms: door.rooms });
        for (const roomId of door.rooms) {
          const list = doorIdsByRoom.get(roomId);
          if (list) list.push(door.id);
          else doorIdsByRoom.set(roomId, [door.id]);
        }
      }
      for (const room of plan.rooms) {
        const polygon = openRing(room.polygon);
        rooms.push({
          id: room.id,
          index: rooms.length,
          floorId,
          floorIndex,
          name: room.name,
          type: room.type,
          verticalLink: room.verticalLink,
          polygon,
          centroid: room.centroid,
          areaM2: room.areaM2,
          convex: isConvex(polygon),
          doorIds: doorIdsByRoom.get(room.id) ?? [],
        });
      }
      for (const device of plan.devices) {
        if (device.deviceType !== 'ble_gateway') continue;
        gateways.push({
          id: device.id,
          index: gateways.length,
          floorId,
          floorIndex,
          roomId: device.roomId,
          x: device.x,
          y: device.y,
          mountHeightM: device.mountHeightM ?? DEFAULT_GATEWAY_MOUNT_HEIGHT_M,
        });
      }
    });
    return new BuildingModel(floors, rooms, doors, gateways);
  }

  floor(id: string): BuildingFloor {
    return lookup(this.floorById, id, 'floor');
  }

  room(id: string): BuildingRoom {
    return lookup(this.roomById, id, 'room');
  }

  door(id: string): BuildingDoor {
    return lookup(this.doorById, id, 'door');
  }

  gateway(id: string): BuildingGateway {
    return lookup(this.gatewayById, id, 'gateway');
  }

  hasRoom(id: string): boolean {
    return this.roomById.has(id);
  }

  roomsOn(floorId: string): BuildingRoom[] {
    return this.rooms.filter((room) => room.floorId === floorId);
  }

  doorsOf(roomId: string): BuildingDoor[] {
    return this.room(roomId).doorIds.map((id) => this.door(id));
  }

  /** The same shaft (stairs or elevator, same `verticalLink`) on the building's other floors. */
  linkedShafts(roomId: string): BuildingRoom[] {
    const room = this.room(roomId);
    if (room.verticalLink === null) return [];
    const buildingId = this.floors[room.floorIndex].buildingId;
    return this.rooms.filter(
      (other) =>
        other.id !== room.id &&
        other.verticalLink === room.verticalLink &&
        other.floorIndex !== room.floorIndex &&
        this.floors[other.floorIndex].buildingId === buildingId,
    );
  }
}

function addUnique<T>(map: Map<string, T>, id: string, value: T, what: string): void {
  if (map.has(id)) throw new RangeError(`${what} id "${id}" is used twice`);
  map.set(id, value);
}

function lookup<T>(map: Map<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new RangeError(`unknown ${what} "${id}"`);
  return value;
}

/** All turns the same way (collinear vertices allowed). */
function isConvex(polygon: readonly Point[]): boolean {
  let sign = 0;
  const n = polygon.length;
  for (let i = 0; i < n; i++) {
    const a = polygon[i];
    const b = polygon[(i + 1) % n];
    const c = polygon[(i + 2) % n];
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (Math.abs(cross) < 1e-9) continue;
    const turn = Math.sign(cross);
    if (sign !== 0 && turn !== sign) return false;
    sign = turn;
  }
  return true;
}
