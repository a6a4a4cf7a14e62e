/**
 * Rules for feature geometry: well-formed GeoJSON positions in metres, simple closed room
 * outlines, and everything inside the floor's drawing.
 */
import { findSelfIntersection, isClosedRing, polygonArea, type Point } from '../geometry/polygon.js';
import { FieldReader, describeJsonType } from './field-reader.js';
import type { FloorHeader } from './floorplan-format.js';

/** Smallest room outline GeoJSON allows: a triangle plus the closing position. */
const MIN_RING_POSITIONS = 4;

/** Rooms smaller than this are drawing mistakes (a cupboard is still ~0.5 m²). */
const MIN_ROOM_AREA_M2 = 0.1;

/** The floor's extent, when the header was readable; without it extent checks are skipped. */
export type FloorExtent = Pick<FloorHeader, 'widthM' | 'heightM'> | undefined;

function readPosition(value: unknown, geometry: FieldReader, key: string): Point | undefined {
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((n): n is number => typeof n === 'number' && Number.isFinite(n))
  ) {
    const got = Array.isArray(value) ? JSON.stringify(value) : describeJsonType(value);
    geometry.report(key, `a position must be [x, y] with two finite numbers in metres, got ${got}`);
    return undefined;
  }
  return [value[0], value[1]];
}

function isInsideExtent(p: Point, extent: NonNullable<FloorExtent>): boolean {
  return p[0] >= 0 && p[0] <= extent.widthM && p[1] >= 0 && p[1] <= extent.heightM;
}

function outsideMessage(p: Point, extent: NonNullable<FloorExtent>): string {
  return `position [${p[0]}, ${p[1]}] lies outside the floor (x 0–${extent.widthM} m, y 0–${extent.heightM} m)`;
}

/** Checks `geometry.type` and returns a reader for `geometry`, or undefined. */
export function readGeometry(feature: FieldReader, expectedType: 'Polygon' | 'Point'): FieldReader | undefined {
  const geometry = feature.object('geometry');
  if (!geometry) return undefined;
  return geometry.literal('type', expectedType) === undefined ? undefined : geometry;
}

/** A Point geometry's position, inside the floor. */
export function readPointGeometry(geometry: FieldReader, extent: FloorExtent): Point | undefined {
  const point = readPosition(geometry.raw('coordinates'), geometry, 'coordinates');
  if (!point) return undefined;
  if (extent && !isInsideExtent(point, extent)) {
    geometry.report('coordinates', outsideMessage(point, extent));
    return undefined;
  }
  return point;
}

/**
 * A room outline: exactly one ring (holes are not supported: a courtyard is drawn as the
 * rooms around it), closed, at least four positions, not self-intersecting, with area,
 * and every position inside the floor.
 */
export function readRoomRing(geometry: FieldReader, extent: FloorExtent): Point[] | undefined {
  const coordinates = geometry.raw('coordinates');
  if (!Array.isArray(coordinates) || coordinates.length !== 1) {
    const got = Array.isArray(coordinates) ? `${coordinates.length} rings` : describeJsonType(coordinates);
    const hint = Array.isArray(coordinates) && coordinates.length > 1 ? ' (holes are not supported)' : '';
    geometry.report('coordinates', `a room must have exactly one outer ring${hint}, got ${got}`);
    return undefined;
  }
  const rawRing: unknown = coordinates[0];
  if (!Array.isArray(rawRing)) {
    geometry.report('coordinates[0]', `a ring must be an array of positions, got ${describeJsonType(rawRing)}`);
    return undefined;
  }
  const ring = rawRing.map((value, k) => readPosition(value, geometry, `coordinates[0][${k}]`));
  if (!ring.every((p): p is Point => p !== undefined)) return undefined;
  return checkRingShape(ring, geometry, extent);
}

function checkRingShape(ring: Point[], geometry: FieldReader, extent: FloorExtent): Point[] | undefined {
  let valid = true;
  if (ring.length < MIN_RING_POSITIONS) {
    geometry.report('coordinates', `a ring needs at least ${MIN_RING_POSITIONS} positions (first repeated last), got ${ring.length}`);
    return undefined;
  }
  if (!isClosedRing(ring)) {
    geometry.report('coordinates', 'the ring is not closed: the last position must repeat the first');
    valid = false;
  }
  if (extent) {
    ring.forEach((p, k) => {
      if (!isInsideExtent(p, extent)) {
        geometry.report(`coordinates[0][${k}]`, outsideMessage(p, extent));
        valid = false;
      }
    });
  }
  if (!valid) return undefined;
  const crossing = findSelfIntersection(ring);
  if (crossing) {
    geometry.report(
      'coordinates',
      `the outline intersects itself: edge ${crossing[0]} (from position ${crossing[0]}) meets edge ${crossing[1]} (from position ${crossing[1]})`,
    );
    return undefined;
  }
  const area = polygonArea(ring);
  if (area < MIN_ROOM_AREA_M2) {
    geometry.report('coordinates', `the room is ${area.toFixed(3)} m², smaller than the ${MIN_ROOM_AREA_M2} m² a real room has`);
    return undefined;
  }
  return ring;
}
