/**
 * Builds one floor of the format in floorplans/README.md from rectangles and rows of
 * rooms laid out in building-local metres. It adds the building's offset on the sheet,
 * rounds to the centimetre (so neighbouring walls share exactly equal coordinates), puts
 * each door on the wall its two rooms share, and numbers doors and devices in creation
 * order so regenerating the plan keeps every id stable.
 */
import type { Point } from '../../../server/src/floorplan/geometry/polygon.js';
import type {
  DeviceProperties,
  FloorPlanDocument,
  FloorPlanFeature,
  IsolationKind,
  PressureRegime,
  RoomType,
  WardwatchHeader,
} from '../../../server/src/floorplan/import/floorplan-format.js';
import { pointAlong, sharedWall, type WallSegment } from './shared-wall.js';

export interface RoomSpec {
  /** Short key, unique on the floor; the room id is `<floorId>-<key>`. */
  key: string;
  name: string;
  type: RoomType;
  /** Department; null for shared space. Rows fill it in from their own `unit`. */
  unit?: string | null;
  isolation?: IsolationKind;
  pressure?: PressureRegime;
  verticalLink?: string;
}

export interface BuiltRoom {
  id: string;
  spec: RoomSpec;
  unit: string | null;
  /** Closed ring in sheet coordinates. */
  ring: Point[];
}

export interface BuiltDoor {
  id: string;
  rooms: [BuiltRoom, BuiltRoom];
  point: Point;
  wall: WallSegment;
}

export interface PlacedDevice {
  id: string;
  point: Point;
  properties: DeviceProperties;
}

export interface RowOptions {
  /** Building-local corner where the row starts (its west end, its south side). */
  x: number;
  y: number;
  depth: number;
  /** Rooms in the row get a door to this room (normally their corridor). */
  doorTo?: BuiltRoom;
  unit?: string | null;
}

export type RowRoom = RoomSpec & { width: number };

const round = (value: number) => Math.round(value * 100) / 100;

export class FloorBuilder {
  readonly rooms: BuiltRoom[] = [];
  readonly doors: BuiltDoor[] = [];
  readonly devices: PlacedDevice[] = [];
  private readonly roomsByKey = new Map<string, BuiltRoom>();
  private readonly deviceCounters = new Map<string, number>();

  constructor(
    readonly header: WardwatchHeader,
    /** Where the building's south-west corner lies on the sheet. */
    readonly buildingOrigin: Point,
  ) {}

  get floorId(): string {
    return this.header.floor.id;
  }

  /** A rectangular room from building-local corners (x0, y0) to (x1, y1). */
  rect(spec: RoomSpec, x0: number, y0: number, x1: number, y1: number): BuiltRoom {
    return this.polygon(spec, [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ]);
  }

  /** A room from building-local vertices, counter-clockwise, not closed. */
  polygon(spec: RoomSpec, vertices: Point[]): BuiltRoom {
    if (this.roomsByKey.has(spec.key)) throw new Error(`room key "${spec.key}" used twice on ${this.floorId}`);
    const ring = [...vertices, vertices[0]].map(([x, y]): Point => [
      round(x + this.buildingOrigin[0]),
      round(y + this.buildingOrigin[1]),
    ]);
    const room: BuiltRoom = { id: `${this.floorId}-${spec.key}`, spec, unit: spec.unit ?? null, ring };
    this.rooms.push(room);
    this.roomsByKey.set(spec.key, room);
    return room;
  }

  /** Rooms side by side from west to east, each with a door to `doorTo` when given. */
  row(options: RowOptions, rooms: RowRoom[]): BuiltRoom[] {
    let x = options.x;
    return rooms.map(({ width, ...spec }) => {
      const room = this.rect({ ...spec, unit: spec.unit === undefined ? options.unit : spec.unit }, x, options.y, x + width, options.y + options.depth);
      x += width;
      if (options.doorTo) this.door(room, options.doorTo);
      return room;
    });
  }

  room(key: string): BuiltRoom {
    const room = this.roomsByKey.get(key);
    if (!room) throw new Error(`no room "${key}" on ${this.floorId}`);
    return room;
  }

  /**
   * A door on the wall `a` and `b` share, `atM` metres from the wall's start (its
   * west or south end for rectangles); centred when not given.
   */
  door(a: BuiltRoom | string, b: BuiltRoom | string, atM?: number): BuiltDoor {
    const roomA = typeof a === 'string' ? this.room(a) : a;
    const roomB = typeof b === 'string' ? this.room(b) : b;
    const wall = sharedWall(roomA.ring, roomB.ring);
    if (!wall) throw new Error(`${roomA.id} and ${roomB.id} share no wall on ${this.floorId}`);
    const [x, y] = pointAlong(wall, atM ?? wall.lengthM / 2);
    const door: BuiltDoor = {
      id: `${this.floorId}-door-${String(this.doors.length + 1).padStart(3, '0')}`,
      rooms: [roomA, roomB],
      point: [round(x), round(y)],
      wall,
    };
    this.doors.push(door);
    return door;
  }

  /** Adds a device; ids are `<floorId>-<prefix>-NNN`, numbered per prefix. */
  device(prefix: string, point: Point, properties: DeviceProperties): PlacedDevice {
    const n = (this.deviceCounters.get(prefix) ?? 0) + 1;
    this.deviceCounters.set(prefix, n);
    const device: PlacedDevice = {
      id: `${this.floorId}-${prefix}-${String(n).padStart(3, '0')}`,
      point: [round(point[0]), round(point[1])],
      properties,
    };
    this.devices.push(device);
    return device;
  }

  build(): FloorPlanDocument {
    const features: FloorPlanFeature[] = [
      ...this.rooms.map((room) => ({
        type: 'Feature' as const,
        id: room.id,
        geometry: { type: 'Polygon' as const, coordinates: [room.ring.map(([x, y]): [number, number] => [x, y])] as [Array<[number, number]>] },
        properties: {
          kind: 'room' as const,
          name: room.spec.name,
          type: room.spec.type,
          ...(room.unit === null ? {} : { unit: room.unit }),
          isolation: room.spec.isolation ?? 'none',
          pressure: room.spec.pressure ?? 'neutral',
          ...(room.spec.verticalLink === undefined ? {} : { verticalLink: room.spec.verticalLink }),
        },
      })),
      ...this.doors.map((door) => ({
        type: 'Feature' as const,
        id: door.id,
        geometry: { type: 'Point' as const, coordinates: [door.point[0], door.point[1]] as [number, number] },
        properties: { kind: 'door' as const, rooms: [door.rooms[0].id, door.rooms[1].id] as [string, string] },
      })),
      ...this.devices.map((device) => ({
        type: 'Feature' as const,
        id: device.id,
        geometry: { type: 'Point' as const, coordinates: [device.point[0], device.point[1]] as [number, number] },
        properties: device.properties,
      })),
    ];
    return { type: 'FeatureCollection', wardwatch: this.header, features };
  }
}
