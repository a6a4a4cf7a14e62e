/**
 * What both floors of St Mary's share: the site and building, the sheet layout, the
 * building grid, and the stair/elevator core that must line up from floor to floor.
 *
 * The building is 100 m × 52 m, drawn on a 108 m × 72 m sheet: 4 m margins at the sides,
 * a 12 m band at the bottom for the legend and scale bar and an 8 m band at the top for
 * the title. Inside the building every floor follows one grid of east–west bands
 * (building-local y, metres from the south wall):
 *
 *   43–52  north rooms (exterior, 9 m deep)        ROWS.n3
 *   40–43  north corridor                          ROWS.northCorridor
 *   33–40  rooms facing the north corridor         ROWS.n2
 *   26–33  rooms facing the main corridor          ROWS.n1
 *   23–26  main corridor, the east–west spine      ROWS.spine
 *   16–23  rooms facing the main corridor          ROWS.m2
 *    9–16  rooms facing the south corridor         ROWS.m1
 *    6– 9  south corridor                          ROWS.southCorridor
 *    0– 6  south rooms (exterior, 6 m deep)        ROWS.s
 */
import type { Point } from '../../../server/src/floorplan/geometry/polygon.js';
import type { FloorHeader, WardwatchHeader } from '../../../server/src/floorplan/import/floorplan-format.js';
import { FloorBuilder, type BuiltRoom, type RoomSpec, type RowRoom } from '../lib/floor-builder.js';

export const SITE = { id: 'st-marys', name: "St Mary's General Hospital", timezone: 'Europe/London' };
export const BUILDING = { id: 'main', name: 'Main Building' };

export const SHEET = { widthM: 108, heightM: 72, pixelsPerMetre: 10 };
export const BUILDING_ORIGIN: Point = [4, 12];
export const BUILDING_SIZE = { widthM: 100, heightM: 52 };

/** Bottom (y0) and top (y1) of each band, building-local metres. */
export const ROWS = {
  s: { y0: 0, y1: 6 },
  southCorridor: { y0: 6, y1: 9 },
  m1: { y0: 9, y1: 16 },
  m2: { y0: 16, y1: 23 },
  spine: { y0: 23, y1: 26 },
  n1: { y0: 26, y1: 33 },
  n2: { y0: 33, y1: 40 },
  northCorridor: { y0: 40, y1: 43 },
  n3: { y0: 43, y1: 52 },
} as const;

/** West and east ends of the three zones: west wing, central core, east wing. */
export const ZONES = {
  west: { x0: 0, x1: 46 },
  centre: { x0: 46, x1: 74 },
  east: { x0: 74, x1: 100 },
} as const;

/** Storey height, metres (floor to floor). */
const STOREY_HEIGHT_M = 4.2;

function floorBuilder(floor: Pick<FloorHeader, 'id' | 'name' | 'level'>): FloorBuilder {
  const header: WardwatchHeader = {
    formatVersion: 1,
    site: SITE,
    building: BUILDING,
    floor: {
      ...floor,
      elevationM: floor.level * STOREY_HEIGHT_M,
      widthM: SHEET.widthM,
      heightM: SHEET.heightM,
      plan: { image: `${floor.id}.svg`, pixelsPerMetre: SHEET.pixelsPerMetre },
      origin: { x: 0, y: 0 },
    },
  };
  return new FloorBuilder(header, BUILDING_ORIGIN);
}

export interface MainCorridors {
  west: BuiltRoom;
  centre: BuiltRoom;
  east: BuiltRoom;
}

/** The east–west spine, in three segments so location can say which part of it a tag is in. */
export function addMainCorridor(b: FloorBuilder): MainCorridors {
  const { y0, y1 } = ROWS.spine;
  const spine = (key: string, name: string, zone: { x0: number; x1: number }) =>
    b.rect({ key, name, type: 'corridor', unit: null }, zone.x0, y0, zone.x1, y1);
  const corridors = {
    west: spine('main-corridor-west', 'Main corridor (west)', ZONES.west),
    centre: spine('main-corridor-centre', 'Main corridor (centre)', ZONES.centre),
    east: spine('main-corridor-east', 'Main corridor (east)', ZONES.east),
  };
  b.door(corridors.west, corridors.centre);
  b.door(corridors.centre, corridors.east);
  return corridors;
}

/**
 * Stairs A and B, two passenger elevators and a bed elevator around the lift lobby. Their
 * `verticalLink` labels are what joins the floors for walking distances; the rooms sit in
 * the same place on every floor. Returns the lift lobby, which opens north onto the
 * floor's north corridor.
 */
export function addVerticalCore(b: FloorBuilder, spine: MainCorridors): BuiltRoom {
  const { n1, n2 } = ROWS;
  const stairsA = b.rect({ key: 'stairs-a', name: 'Stairs A', type: 'stairs', unit: null, verticalLink: 'stairs-a' }, 46, n1.y0, 50, n1.y1);
  const stairsB = b.rect({ key: 'stairs-b', name: 'Stairs B', type: 'stairs', unit: null, verticalLink: 'stairs-b' }, 84, n1.y0, 88, n1.y1);
  const liftLobby = b.rect({ key: 'lift-lobby', name: 'Lift lobby', type: 'corridor', unit: null }, 58, n1.y0, 62, n2.y1);
  const elevator = (key: string, name: string, x0: number, y0: number, x1: number, y1: number) =>
    b.rect({ key, name, type: 'elevator', unit: null, verticalLink: key }, x0, y0, x1, y1);
  const elevators = [
    elevator('elevator-1', 'Elevator 1', 55, 28, 58, 31.5),
    elevator('elevator-2', 'Elevator 2', 55, 31.5, 58, 35),
    elevator('bed-elevator', 'Bed elevator', 62, 28, 66, 33),
  ];
  b.door(stairsA, spine.centre);
  b.door(stairsB, spine.east);
  b.door(liftLobby, spine.centre);
  for (const car of elevators) b.door(car, liftLobby);
  return liftLobby;
}

/** `count` numbered rooms, e.g. "ICU bay 1".."ICU bay 7" with keys icu-bay-01..icu-bay-07. */
export function numberedRooms(
  keyPrefix: string,
  namePrefix: string,
  first: number,
  last: number,
  room: Omit<RowRoom, 'key' | 'name'>,
): RowRoom[] {
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    ...room,
    key: `${keyPrefix}-${String(first + i).padStart(2, '0')}`,
    name: `${namePrefix} ${first + i}`,
  }));
}

export interface WingCorridors {
  /** East–west corridor of the south half of the west wing. */
  corridor: BuiltRoom;
  /** North–south link from that corridor to the main corridor. */
  link: BuiltRoom;
}

/**
 * The west wing's south half is one department around its own corridor (the ED below,
 * the ICU above), joined to the main corridor by a link at its east end, so that public
 * traffic on the spine does not pass through it.
 */
function addWestWingCorridors(b: FloorBuilder, spine: MainCorridors, prefix: string, label: string, unit: string): WingCorridors {
  const corridor = b.rect({ key: `${prefix}-corridor`, name: `${label} corridor`, type: 'corridor', unit }, 0, ROWS.southCorridor.y0, 43, ROWS.southCorridor.y1);
  const link = b.rect({ key: `${prefix}-link`, name: `${label} link corridor`, type: 'corridor', unit }, 43, ROWS.southCorridor.y0, 46, ROWS.m2.y1);
  b.door(corridor, link);
  b.door(link, spine.west);
  return { corridor, link };
}

export interface NorthCorridors {
  west: BuiltRoom;
  centre: BuiltRoom;
  east: BuiltRoom;
  /** North–south link from the main corridor (west) to the north corridor (west). */
  westLink: BuiltRoom;
}

type CorridorName = { key: string; name: string; unit: string | null };

export interface NorthCorridorNames {
  west: CorridorName;
  centre: CorridorName;
  east: CorridorName;
  westLink: CorridorName;
}

/**
 * A floor's builder with what every floor has: the main corridor, the stair and elevator
 * core, and the north corridor (named for the departments along it).
 */
export function startFloor(
  floor: Pick<FloorHeader, 'id' | 'name' | 'level'>,
  northNames: NorthCorridorNames,
): { b: FloorBuilder; spine: MainCorridors; north: NorthCorridors } {
  const b = floorBuilder(floor);
  const spine = addMainCorridor(b);
  const liftLobby = addVerticalCore(b, spine);
  const north = addNorthCorridors(b, spine, liftLobby, northNames);
  return { b, spine, north };
}

/**
 * The north corridor in three segments, joined to each other, to the lift lobby, and to
 * the main corridor by a link through the west wing.
 */
export function addNorthCorridors(
  b: FloorBuilder,
  spine: MainCorridors,
  liftLobby: BuiltRoom,
  names: NorthCorridorNames,
): NorthCorridors {
  const { y0, y1 } = ROWS.northCorridor;
  const segment = (name: CorridorName, zone: { x0: number; x1: number }) => b.rect({ ...name, type: 'corridor' }, zone.x0, y0, zone.x1, y1);
  const corridors: NorthCorridors = {
    west: segment(names.west, ZONES.west),
    centre: segment(names.centre, ZONES.centre),
    east: segment(names.east, ZONES.east),
    westLink: b.rect({ ...names.westLink, type: 'corridor' }, 31, ROWS.n1.y0, 34, ROWS.n2.y1),
  };
  b.door(corridors.west, corridors.centre);
  b.door(corridors.centre, corridors.east);
  b.door(liftLobby, corridors.centre);
  b.door(corridors.westLink, spine.west);
  b.door(corridors.westLink, corridors.west);
  return corridors;
}

/**
 * Four rooms around a short north–south corridor off the main corridor: two west of it,
 * two east, split at `splitY`. Used for the small office and support blocks.
 */
export function addCluster(
  b: FloorBuilder,
  spine: BuiltRoom,
  layout: { x0: number; corridorX0: number; corridorX1: number; x1: number; splitY: number },
  corridor: RoomSpec,
  rooms: { southWest: RoomSpec; northWest: RoomSpec; southEast: RoomSpec; northEast: RoomSpec },
): BuiltRoom {
  const { x0, corridorX0, corridorX1, x1, splitY } = layout;
  const { y0 } = ROWS.s;
  const { y1 } = ROWS.m2;
  const hall = b.rect(corridor, corridorX0, y0, corridorX1, y1);
  b.door(hall, spine);
  const placed = [
    b.rect(rooms.southWest, x0, y0, corridorX0, splitY),
    b.rect(rooms.northWest, x0, splitY, corridorX0, y1),
    b.rect(rooms.southEast, corridorX1, y0, x1, splitY),
    b.rect(rooms.northEast, corridorX1, splitY, x1, y1),
  ];
  for (const room of placed) b.door(room, hall);
  return hall;
}

/** A room of a row: key, name, type and width in metres (plus any other RoomSpec field). */
export function room(key: string, name: string, type: RoomSpec['type'], width: number, extra: Partial<RoomSpec> = {}): RowRoom {
  return { key, name, type, width, ...extra };
}

/**
 * Rooms side by side across one band of the grid, from `x` eastwards, each with a door to
 * `doorTo` (the corridor the band faces).
 */
export function bandRow(b: FloorBuilder, band: keyof typeof ROWS, x: number, doorTo: BuiltRoom, unit: string | null, rooms: RowRoom[]): BuiltRoom[] {
  const { y0, y1 } = ROWS[band];
  return b.row({ x, y: y0, depth: y1 - y0, doorTo, unit }, rooms);
}

export interface WestWingDepartment {
  prefix: string;
  label: string;
  unit: string;
  /** Along the south wall, facing the department's corridor. */
  south: RowRoom[];
  /** The small room in the south-east corner, opening onto the link corridor. */
  corner: RoomSpec;
  /** North of the department's corridor, facing it. */
  middle: RowRoom[];
  /** Along the main corridor, facing it. */
  alongSpine: RowRoom[];
}

/** A department filling the south half of the west wing (the ED below, the ICU above). */
export function addWestWingDepartment(b: FloorBuilder, spine: MainCorridors, department: WestWingDepartment): void {
  const { corridor, link } = addWestWingCorridors(b, spine, department.prefix, department.label, department.unit);
  bandRow(b, 's', 0, corridor, department.unit, department.south);
  b.door(b.rect({ unit: department.unit, ...department.corner }, 43, ROWS.s.y0, 46, ROWS.s.y1), link);
  bandRow(b, 'm1', 0, corridor, department.unit, department.middle);
  bandRow(b, 'm2', 0, spine.west, department.unit, department.alongSpine);
}
