/**
 * Rules for one feature on its own: its kind, properties and geometry. Rules that relate
 * features to each other (doors, rooms of devices) live in floorplan-topology-rules.ts.
 */
import { polygonArea, polygonCentroid } from '../geometry/polygon.js';
import { FieldReader, IssueList, describeJsonType, isRecord } from './field-reader.js';
import {
  DEVICE_TYPES,
  ID_PATTERN,
  ISOLATION_KINDS,
  MAX_NAME_LENGTH,
  PRESSURE_REGIMES,
  ROOM_TYPES,
  SENSOR_MEASURES,
  VERTICAL_LINK_ROOM_TYPES,
  type IsolationKind,
  type ParsedDevice,
  type ParsedDoor,
  type ParsedRoom,
  type PressureRegime,
  type SensorMeasure,
} from './floorplan-format.js';
import { readGeometry, readPointGeometry, readRoomRing, type FloorExtent } from './floorplan-geometry-rules.js';
import { ID_HINT } from './floorplan-header-rules.js';

export type ParsedFeature =
  | { kind: 'room'; room: ParsedRoom }
  | { kind: 'door'; door: ParsedDoor }
  | { kind: 'device'; device: ParsedDevice };

const FEATURE_KINDS = ['room', 'door', 'device'] as const;

/**
 * Pressure an isolation room must be designed for (ASHRAE 170-2021 table 7.1: airborne
 * infection isolation rooms negative, protective environment rooms positive).
 */
const REQUIRED_PRESSURE: Partial<Record<IsolationKind, PressureRegime>> = {
  airborne: 'negative',
  protective: 'positive',
};

/** How a feature is named in issues: its id when it has one, else its index. */
export function featureLabel(value: unknown, index: number): string {
  const id = isRecord(value) ? value['id'] : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : `features[${index}]`;
}

/**
 * Reads one feature. `label` attributes issues; the feature is returned only when all of
 * its own rules hold.
 */
export function readFeature(value: unknown, label: string, issues: IssueList, extent: FloorExtent): ParsedFeature | undefined {
  if (!isRecord(value)) {
    issues.add(label, 'feature', `a feature must be an object, got ${describeJsonType(value)}`);
    return undefined;
  }
  const feature = new FieldReader(value, issues, label, '');
  const typeOk = feature.literal('type', 'Feature') !== undefined;
  const id = feature.string('id', { pattern: ID_PATTERN, patternHint: ID_HINT });
  const properties = feature.object('properties');
  const kind = properties?.oneOf('kind', FEATURE_KINDS);
  if (!properties || kind === undefined) return undefined;
  const parsed = readKind(kind, id ?? label, feature, properties, extent);
  return typeOk && id !== undefined ? parsed : undefined;
}

function readKind(
  kind: (typeof FEATURE_KINDS)[number],
  id: string,
  feature: FieldReader,
  properties: FieldReader,
  extent: FloorExtent,
): ParsedFeature | undefined {
  switch (kind) {
    case 'room': {
      const room = readRoom(id, feature, properties, extent);
      return room && { kind, room };
    }
    case 'door': {
      const door = readDoor(id, feature, properties, extent);
      return door && { kind, door };
    }
    case 'device': {
      const device = readDevice(id, feature, properties, extent);
      return device && { kind, device };
    }
  }
}

function readRoom(id: string, feature: FieldReader, properties: FieldReader, extent: FloorExtent): ParsedRoom | undefined {
  const geometry = readGeometry(feature, 'Polygon');
  const polygon = geometry && readRoomRing(geometry, extent);
  const name = properties.string('name', { maxLength: MAX_NAME_LENGTH });
  const type = properties.oneOf('type', ROOM_TYPES);
  const unit = properties.string('unit', { optional: true, maxLength: MAX_NAME_LENGTH });
  const isolation = properties.oneOf('isolation', ISOLATION_KINDS);
  const pressure = properties.oneOf('pressure', PRESSURE_REGIMES);
  const verticalLink = properties.string('verticalLink', { optional: true, maxLength: MAX_NAME_LENGTH });
  const linkMisplaced = verticalLink !== undefined && type !== undefined && !VERTICAL_LINK_ROOM_TYPES.includes(type);
  if (linkMisplaced) {
    properties.report('verticalLink', `only ${VERTICAL_LINK_ROOM_TYPES.join(' and ')} rooms join floors, this room is a ${type}`);
  }
  const requiredPressure = isolation && REQUIRED_PRESSURE[isolation];
  const pressureWrong = requiredPressure !== undefined && pressure !== undefined && pressure !== requiredPressure;
  if (pressureWrong) {
    properties.report('pressure', `a ${isolation} isolation room must be ${requiredPressure} pressure (ASHRAE 170), got ${pressure}`);
  }
  if (!polygon || name === undefined || !type || !isolation || !pressure || linkMisplaced || pressureWrong) return undefined;
  if (properties.has('unit') && unit === undefined) return undefined;
  if (properties.has('verticalLink') && verticalLink === undefined) return undefined;
  return {
    id,
    name,
    type,
    unit: unit ?? null,
    isolation,
    pressure,
    verticalLink: verticalLink ?? null,
    polygon,
    centroid: polygonCentroid(polygon),
    areaM2: polygonArea(polygon),
  };
}

function readDoor(id: string, feature: FieldReader, properties: FieldReader, extent: FloorExtent): ParsedDoor | undefined {
  const geometry = readGeometry(feature, 'Point');
  const point = geometry && readPointGeometry(geometry, extent);
  const rooms = properties.raw('rooms');
  const roomsOk =
    Array.isArray(rooms) && rooms.length === 2 && rooms.every((r): r is string => typeof r === 'string' && r !== '');
  if (!roomsOk) {
    const got = Array.isArray(rooms) ? JSON.stringify(rooms) : describeJsonType(rooms);
    properties.report('rooms', `must be the ids of the two rooms the door joins, [roomIdA, roomIdB], got ${got}`);
  } else if (rooms[0] === rooms[1]) {
    properties.report('rooms', `a door joins two different rooms, got "${rooms[0]}" twice`);
  }
  if (!point || !roomsOk || rooms[0] === rooms[1]) return undefined;
  return { id, x: point[0], y: point[1], rooms: [rooms[0], rooms[1]] };
}

function readDevice(id: string, feature: FieldReader, properties: FieldReader, extent: FloorExtent): ParsedDevice | undefined {
  const geometry = readGeometry(feature, 'Point');
  const point = geometry && readPointGeometry(geometry, extent);
  const deviceType = properties.oneOf('deviceType', DEVICE_TYPES);
  const name = properties.string('name', { maxLength: MAX_NAME_LENGTH });
  const roomId = properties.string('roomId', { optional: true });
  const mountHeightM = properties.number('mountHeightM', { optional: true, min: 0 });
  const measures = deviceType && readMeasures(properties, deviceType === 'environment_sensor');
  const optionalsOk =
    (!properties.has('roomId') || roomId !== undefined) && (!properties.has('mountHeightM') || mountHeightM !== undefined);
  const roomOk = deviceType !== 'door_counter' || properties.has('roomId');
  if (!roomOk) properties.report('roomId', 'a door counter needs the room whose entries it counts');
  if (!point || !deviceType || name === undefined || measures === undefined || !optionalsOk || !roomOk) return undefined;
  return {
    id,
    deviceType,
    name,
    roomId: roomId ?? null,
    x: point[0],
    y: point[1],
    mountHeightM: mountHeightM ?? null,
    measures,
  };
}

/**
 * `measures`: required (non-empty, no repeats) for environment sensors, absent for every
 * other device. Returns null when rightly absent, undefined when invalid.
 */
function readMeasures(properties: FieldReader, isSensor: boolean): SensorMeasure[] | null | undefined {
  const measures = properties.raw('measures');
  if (!isSensor) {
    if (measures === undefined) return null;
    properties.report('measures', 'only environment_sensor devices have measures');
    return undefined;
  }
  const valid =
    Array.isArray(measures) &&
    measures.length > 0 &&
    measures.every((m) => (SENSOR_MEASURES as readonly unknown[]).includes(m)) &&
    new Set(measures).size === measures.length;
  if (!valid) {
    const got = Array.isArray(measures) ? JSON.stringify(measures) : describeJsonType(measures);
    properties.report('measures', `must list what the sensor measures, each once, from ${SENSOR_MEASURES.join(', ')}; got ${got}`);
    return undefined;
  }
  return measures as SensorMeasure[];
}
