/**
 * Plane geometry on floor-plan coordinates: metres, x east, y north (see floorplans/README.md).
 *
 * Pure functions, no dependencies: the floor-plan validator, the import service and the
 * location engine all share them. A ring is a closed list of positions (first === last),
 * as in GeoJSON; functions that take a ring also accept an open one where noted.
 */

/** A position in metres: [x (east), y (north)]. */
export type Point = readonly [number, number];

/** A polygon's outer boundary. Closed (first position repeated at the end) unless noted. */
export type Ring = readonly Point[];

/**
 * Tolerance for "on the line" tests, in metres. Floor plans are drawn to the centimetre,
 * so anything below a tenth of a millimetre is rounding noise, not geometry.
 */
export const GEOMETRY_EPSILON_M = 1e-4;

/** True when the last position repeats the first one. */
export function isClosedRing(ring: Ring): boolean {
  if (ring.length < 2) return false;
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first[0] === last[0] && first[1] === last[1];
}

/** The ring's edges as [start, end] pairs; an open ring is closed implicitly. */
export function ringEdges(ring: Ring): Array<[Point, Point]> {
  const vertices = openRing(ring);
  return vertices.map((start, i) => [start, vertices[(i + 1) % vertices.length]]);
}

/** The ring without its closing position. */
export function openRing(ring: Ring): Point[] {
  return isClosedRing(ring) ? ring.slice(0, -1) : [...ring];
}

/** Shoelace area: positive for counter-clockwise rings (the GeoJSON exterior order). */
export function signedArea(ring: Ring): number {
  let twiceArea = 0;
  for (const [a, b] of ringEdges(ring)) twiceArea += a[0] * b[1] - b[0] * a[1];
  return twiceArea / 2;
}

/** Area in square metres, whatever the winding order. */
export function polygonArea(ring: Ring): number {
  return Math.abs(signedArea(ring));
}

/**
 * Area centroid (centre of mass) of a simple polygon. For a degenerate ring (no area)
 * it falls back to the mean of the vertices so callers always get a usable point.
 */
export function polygonCentroid(ring: Ring): Point {
  const area = signedArea(ring);
  const vertices = openRing(ring);
  if (Math.abs(area) < GEOMETRY_EPSILON_M * GEOMETRY_EPSILON_M) {
    const sum = vertices.reduce((acc, p) => [acc[0] + p[0], acc[1] + p[1]], [0, 0]);
    return [sum[0] / vertices.length, sum[1] / vertices.length];
  }
  let cx = 0;
  let cy = 0;
  for (const [a, b] of ringEdges(ring)) {
    const cross = a[0] * b[1] - b[0] * a[1];
    cx += (a[0] + b[0]) * cross;
    cy += (a[1] + b[1]) * cross;
  }
  return [cx / (6 * area), cy / (6 * area)];
}

/** Bounding box of a ring: [minX, minY, maxX, maxY]. */
export function boundingBox(ring: Ring): [number, number, number, number] {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Shortest distance from a point to the segment a–b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Shortest distance from a point to the polygon's boundary (its walls). */
export function distanceToBoundary(p: Point, ring: Ring): number {
  return Math.min(...ringEdges(ring).map(([a, b]) => distanceToSegment(p, a, b)));
}

/**
 * Whether the point is inside the polygon or on its boundary (within `toleranceM`).
 * Points on a wall count as inside: a dispenser or a sensor is mounted on the wall of
 * the room it serves.
 */
export function pointInPolygon(p: Point, ring: Ring, toleranceM = GEOMETRY_EPSILON_M): boolean {
  if (distanceToBoundary(p, ring) <= toleranceM) return true;
  // Even-odd ray casting towards +x; the half-open test on y counts each vertex once.
  let inside = false;
  for (const [a, b] of ringEdges(ring)) {
    if (a[1] > p[1] !== b[1] > p[1]) {
      const xAtY = a[0] + ((p[1] - a[1]) * (b[0] - a[0])) / (b[1] - a[1]);
      if (p[0] < xAtY) inside = !inside;
    }
  }
  return inside;
}

/** Orientation of the turn a→b→c: 1 counter-clockwise, -1 clockwise, 0 collinear. */
function orientation(a: Point, b: Point, c: Point): -1 | 0 | 1 {
  const cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  const scale = Math.max(1, Math.hypot(b[0] - a[0], b[1] - a[1]));
  if (Math.abs(cross) <= GEOMETRY_EPSILON_M * scale) return 0;
  return cross > 0 ? 1 : -1;
}

/** Whether the segments p1–p2 and q1–q2 share at least one point (touching counts). */
export function segmentsIntersect(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const o1 = orientation(p1, p2, q1);
  const o2 = orientation(p1, p2, q2);
  const o3 = orientation(q1, q2, p1);
  const o4 = orientation(q1, q2, p2);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && distanceToSegment(q1, p1, p2) <= GEOMETRY_EPSILON_M) ||
    (o2 === 0 && distanceToSegment(q2, p1, p2) <= GEOMETRY_EPSILON_M) ||
    (o3 === 0 && distanceToSegment(p1, q1, q2) <= GEOMETRY_EPSILON_M) ||
    (o4 === 0 && distanceToSegment(p2, q1, q2) <= GEOMETRY_EPSILON_M)
  );
}

/**
 * The first pair of edges (by index, edge i runs from position i to i + 1) that cross or
 * touch anywhere other than the vertex neighbouring edges share; null for a simple ring.
 * Zero-length edges (a repeated position) count as a self-intersection of that edge with
 * its neighbour. O(n²), which is fine for rooms of a few dozen vertices.
 */
export function findSelfIntersection(ring: Ring): [number, number] | null {
  const edges = ringEdges(ring);
  const n = edges.length;
  for (let i = 0; i < n; i++) {
    const [a, b] = edges[i];
    if (a[0] === b[0] && a[1] === b[1]) return [i, (i + 1) % n];
    for (let j = i + 1; j < n; j++) {
      const [c, d] = edges[j];
      const adjacentAfter = j === i + 1;
      const adjacentBefore = i === 0 && j === n - 1;
      if (adjacentAfter || adjacentBefore) {
        // Neighbours share one vertex; they only self-intersect when one doubles back
        // over the other, i.e. the unshared end of one lies on the other.
        const unsharedOfI = adjacentAfter ? a : b;
        const unsharedOfJ = adjacentAfter ? d : c;
        const foldsBack =
          distanceToSegment(unsharedOfJ, a, b) <= GEOMETRY_EPSILON_M ||
          distanceToSegment(unsharedOfI, c, d) <= GEOMETRY_EPSILON_M;
        if (foldsBack) return [i, j];
        continue;
      }
      if (segmentsIntersect(a, b, c, d)) return [i, j];
    }
  }
  return null;
}
