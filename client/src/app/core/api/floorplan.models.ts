import type {
  DeviceType,
  IsolationKind,
  ParsedDevice,
  ParsedDoor,
  ParsedRoom,
  PressureRegime,
  RoomType,
} from '../../../../../server/src/floorplan/import/floorplan-format';

/*
 * Rooms, doors and devices reach the client as the floor-plan importer parsed them, so their shapes
 * and vocabularies (room types, device types, isolation, pressure) are defined once, by the file format
 * in server/src/floorplan/import. A type-only import keeps the client in step at compile time (a new
 * room type fails the build until it has a look) and adds no server code to the bundle.
 */
export type { DeviceType, IsolationKind, PressureRegime, RoomType };
export type Room = ParsedRoom;
export type Door = ParsedDoor;
/** The API sends these fields of a device; mounting height and sensor measures stay on the server. */
export type PlacedDevice = Pick<ParsedDevice, 'id' | 'deviceType' | 'name' | 'roomId' | 'x' | 'y'>;

/** A point on a floor in metres from the floor origin: x to the east, y to the north (up). */
export type PlanPoint = readonly [x: number, y: number];

export interface FloorSummary {
  id: string;
  name: string;
  level: number;
  widthM: number;
  heightM: number;
}

export interface BuildingSummary {
  id: string;
  name: string;
  floors: FloorSummary[];
}

/** `GET /api/floorplan/sites`: every site with its buildings and floors. */
export interface SiteSummary {
  id: string;
  name: string;
  timezone: string;
  buildings: BuildingSummary[];
}

export interface Floor extends FloorSummary {
  buildingId: string;
  siteId: string;
  pixelsPerMetre: number;
  origin: { x: number; y: number };
  /** The floor's SVG drawing; spans exactly widthM × heightM. */
  planUrl: string;
}

/** `GET /api/floorplan/floors/:floorId`. */
export interface FloorDetail {
  floor: Floor;
  rooms: Room[];
  doors: Door[];
  devices: PlacedDevice[];
}
