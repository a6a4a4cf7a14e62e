/**
 * Places the demo hospital's devices from the rooms and doors of a floor, by rule:
 *
 * - BLE gateways: one per room at the ceiling centre; rooms over 60 m² get one per
 *   ~9 m grid cell; corridors one every ~9 m along their length (a gateway hears tags
 *   reliably to ~10 m indoors, so this keeps every room and corridor covered).
 * - Hand-hygiene dispensers: beside every door of a patient room or bay, inside the room
 *   (WHO "My 5 Moments": the point of care and the room entrance), plus one at the bedside;
 *   beside the door of every other clinical room; inside every entrance.
 * - Environment sensors: temperature and humidity in clinical and storage rooms, plus
 *   pressure differential in isolation rooms, anterooms and operating rooms (ASHRAE 170
 *   pressure monitoring), CO₂ in waiting areas, and a fridge probe in every medication
 *   room and the pharmacy.
 * - Medication cabinets: in medication rooms and the pharmacy, and at the ED and ICU
 *   nurse stations.
 * - Door counters: over the inside of every ED bay door (group-level hand-hygiene compliance
 *   counts entries where it cannot count on everyone wearing a badge: agency staff, porters).
 */
import { boundingBox, pointInPolygon, polygonArea, polygonCentroid, type Point } from '../../../server/src/floorplan/geometry/polygon.js';
import type { DeviceProperties, RoomType, SensorMeasure } from '../../../server/src/floorplan/import/floorplan-format.js';
import type { BuiltDoor, BuiltRoom, FloorBuilder } from './floor-builder.js';
import { wallDirection } from './shared-wall.js';

/** Spacing of gateways along corridors and across large rooms, metres. */
const GATEWAY_SPACING_M = 9;
const LARGE_ROOM_M2 = 60;

const MOUNT_HEIGHT_M = { ceiling: 2.7, dispenser: 1.2, sensor: 1.5, fridge: 1.0, cabinet: 0, overDoor: 2.2 } as const;

const BEDSIDE_TYPES: readonly RoomType[] = ['patient_room', 'icu_bay', 'ed_bay', 'operating_room'];
const CLINICAL_TYPES: readonly RoomType[] = [
  ...BEDSIDE_TYPES,
  'imaging',
  'nurse_station',
  'clean_utility',
  'soiled_utility',
  'medication_room',
  'pharmacy',
  'equipment_depot',
];
const CLIMATE_TYPES: readonly RoomType[] = [...CLINICAL_TYPES, 'storage'];
const CROWD_TYPES: readonly RoomType[] = ['waiting', 'lobby'];
const FRIDGE_TYPES: readonly RoomType[] = ['medication_room', 'pharmacy'];
/** Units whose nurse stations keep a cabinet for emergency drugs. */
const CABINET_AT_NURSE_STATION_UNITS = ['Emergency department', 'Intensive care unit'];

export function placeDevices(b: FloorBuilder): void {
  for (const room of b.rooms) placeGateways(b, room);
  for (const room of b.rooms) placeDispensers(b, room);
  for (const room of b.rooms) placeEnvironmentSensors(b, room);
  for (const room of b.rooms) placeMedicationCabinets(b, room);
  // Last, so adding them left every other device's id as it was.
  for (const room of b.rooms) placeDoorCounters(b, room);
}

function doorsOf(b: FloorBuilder, room: BuiltRoom): BuiltDoor[] {
  return b.doors.filter((door) => door.rooms.includes(room));
}

/** A point at fractions (fx, fy) of the room's bounding box; must fall inside the room. */
function pointInRoom(room: BuiltRoom, fx: number, fy: number): Point {
  const [minX, minY, maxX, maxY] = boundingBox(room.ring);
  const point: Point = [minX + (maxX - minX) * fx, minY + (maxY - minY) * fy];
  if (!pointInPolygon(point, room.ring)) throw new Error(`point (${fx}, ${fy}) of the box is outside ${room.id}`);
  return point;
}

function add(b: FloorBuilder, prefix: string, room: BuiltRoom, point: Point, properties: Omit<DeviceProperties, 'kind' | 'roomId'>): void {
  const { deviceType, name, ...details } = properties;
  // Key order only makes the generated file read naturally: what, which, where, then details.
  b.device(prefix, point, { kind: 'device', deviceType, name, roomId: room.id, ...details });
}

function gatewayPoints(room: BuiltRoom): Point[] {
  const [minX, minY, maxX, maxY] = boundingBox(room.ring);
  const [width, height] = [maxX - minX, maxY - minY];
  if (room.spec.type === 'corridor') {
    const alongX = width >= height;
    const count = Math.max(1, Math.round(Math.max(width, height) / GATEWAY_SPACING_M));
    return Array.from({ length: count }, (_, i): Point => {
      const t = (i + 0.5) / count;
      return alongX ? [minX + width * t, minY + height / 2] : [minX + width / 2, minY + height * t];
    });
  }
  if (polygonArea(room.ring) > LARGE_ROOM_M2) {
    const nx = Math.ceil(width / GATEWAY_SPACING_M);
    const ny = Math.ceil(height / GATEWAY_SPACING_M);
    const grid = Array.from({ length: nx * ny }, (_, k): Point => [
      minX + (width * ((k % nx) + 0.5)) / nx,
      minY + (height * (Math.floor(k / nx) + 0.5)) / ny,
    ]);
    const inside = grid.filter((p) => pointInPolygon(p, room.ring));
    if (inside.length > 0) return inside;
  }
  return [polygonCentroid(room.ring)];
}

function placeGateways(b: FloorBuilder, room: BuiltRoom): void {
  const points = gatewayPoints(room);
  points.forEach((point, i) => {
    const name = points.length === 1 ? `Gateway, ${room.spec.name}` : `Gateway ${i + 1}, ${room.spec.name}`;
    add(b, 'gw', room, point, { deviceType: 'ble_gateway', name, mountHeightM: MOUNT_HEIGHT_M.ceiling });
  });
}

/** Just inside `room`, 0.2 m off the wall and 0.8 m along it from the door's centre. */
function besideDoor(door: BuiltDoor, room: BuiltRoom): Point {
  const [dx, dy] = wallDirection(door.wall);
  for (const along of [0.8, -0.8]) {
    for (const side of [1, -1]) {
      const point: Point = [door.point[0] + dx * along - dy * 0.2 * side, door.point[1] + dy * along + dx * 0.2 * side];
      if (pointInPolygon(point, room.ring, 0)) return point;
    }
  }
  throw new Error(`no wall space beside ${door.id} inside ${room.id}`);
}

function placeDispensers(b: FloorBuilder, room: BuiltRoom): void {
  const type = room.spec.type;
  const hygiene = (point: Point, where: string) =>
    add(b, 'hh', room, point, { deviceType: 'hand_hygiene_dispenser', name: `Dispenser, ${where}`, mountHeightM: MOUNT_HEIGHT_M.dispenser });
  if (CLINICAL_TYPES.includes(type)) {
    for (const door of doorsOf(b, room)) hygiene(besideDoor(door, room), `${room.spec.name} door`);
  }
  if (BEDSIDE_TYPES.includes(type)) hygiene(pointInRoom(room, 0.75, 0.75), `${room.spec.name} bedside`);
  if (type === 'waiting' || type === 'lobby') {
    for (const door of doorsOf(b, room).filter((d) => d.rooms.some((r) => r.spec.type === 'exit'))) {
      hygiene(besideDoor(door, room), `${room.spec.name} entrance`);
    }
  }
}

function sensorMeasures(room: BuiltRoom): SensorMeasure[] | null {
  const type = room.spec.type;
  const pressureMonitored = room.spec.isolation === 'airborne' || room.spec.isolation === 'protective' || room.spec.pressure === 'negative' || type === 'operating_room';
  if (CLIMATE_TYPES.includes(type)) return pressureMonitored ? ['temperature', 'humidity', 'pressure_differential'] : ['temperature', 'humidity'];
  if (CROWD_TYPES.includes(type)) return ['temperature', 'humidity', 'co2'];
  return null;
}

function placeEnvironmentSensors(b: FloorBuilder, room: BuiltRoom): void {
  const measures = sensorMeasures(room);
  if (measures) {
    add(b, 'env', room, pointInRoom(room, 0.2, 0.5), {
      deviceType: 'environment_sensor',
      name: `Environment, ${room.spec.name}`,
      mountHeightM: MOUNT_HEIGHT_M.sensor,
      measures,
    });
  }
  if (FRIDGE_TYPES.includes(room.spec.type)) {
    add(b, 'env', room, pointInRoom(room, 0.85, 0.15), {
      deviceType: 'environment_sensor',
      name: `Med fridge, ${room.spec.name}`,
      mountHeightM: MOUNT_HEIGHT_M.fridge,
      measures: ['temperature'],
    });
  }
}

function placeMedicationCabinets(b: FloorBuilder, room: BuiltRoom): void {
  const type = room.spec.type;
  const atNurseStation = type === 'nurse_station' && CABINET_AT_NURSE_STATION_UNITS.includes(room.unit ?? '');
  const count = type === 'pharmacy' ? 2 : type === 'medication_room' || atNurseStation ? 1 : 0;
  for (let i = 0; i < count; i++) {
    const name = count === 1 ? `Medication cabinet, ${room.spec.name}` : `Medication cabinet ${i + 1}, ${room.spec.name}`;
    add(b, 'cab', room, pointInRoom(room, 0.35 + 0.3 * i, 0.85), {
      deviceType: 'medication_cabinet',
      name,
      mountHeightM: MOUNT_HEIGHT_M.cabinet,
    });
  }
}

/** Centred on the door, 0.3 m inside `room`: where an overhead people counter looks down on the doorway. */
function overDoor(door: BuiltDoor, room: BuiltRoom): Point {
  const [dx, dy] = wallDirection(door.wall);
  for (const side of [1, -1]) {
    const point: Point = [door.point[0] - dy * 0.3 * side, door.point[1] + dx * 0.3 * side];
    if (pointInPolygon(point, room.ring, 0)) return point;
  }
  throw new Error(`no room inside ${room.id} over ${door.id}`);
}

function placeDoorCounters(b: FloorBuilder, room: BuiltRoom): void {
  if (room.spec.type !== 'ed_bay') return;
  for (const door of doorsOf(b, room)) {
    add(b, 'dc', room, overDoor(door, room), { deviceType: 'door_counter', name: `Door counter, ${room.spec.name}`, mountHeightM: MOUNT_HEIGHT_M.overDoor });
  }
}
