/**
 * Walking inside one room: the shortest polyline between two points of the room that never leaves
 * it. In a convex room that is the straight line. In an L-shaped room (a lobby, an isolation room
 * with its anteroom) the path turns at the inner corners, passing them at `clearanceM` as a person
 * pushing a pump would: a visibility graph over the reflex corners, searched with Dijkstra.
 */
import { type Point, distanceToBoundary, pointInPolygon, signedArea } from '../geometry/polygon.js';
import type { BuildingRoom } from './building-model.js';

/** How far from an inner corner a path passes it. */
export const CORNER_CLEARANCE_M = 0.3;
/** Spacing of the inside-the-room checks along a segment. */
const SAMPLE_STEP_M = 0.1;
/** Tolerance of those checks: a point on a wall (a door) is inside. */
const INSIDE_TOLERANCE_M = 1e-6;

export class RoomNavigator {
  private readonly corners: Point[];

  constructor(
    readonly room: BuildingRoom,
    clearanceM = CORNER_CLEARANCE_M,
  ) {
    this.corners = room.convex ? [] : reflexCorners(room.polygon, clearanceM);
  }

  /**
   * The shortest path from `from` to `to` inside the room, both ends included. Both points must be in
   * the room or on its walls.
   * @throws Error when no path inside the room exists (a point outside it).
   */
  path(from: Point, to: Point): Point[] {
    if (this.room.convex || segmentInside(from, to, this.room.polygon)) return [from, to];
    const nodes: Point[] = [from, to, ...this.corners];
    const count = nodes.length;
    const distance = new Array<number>(count).fill(Number.POSITIVE_INFINITY);
    const previous = new Array<number>(count).fill(-1);
    const done = new Array<boolean>(count).fill(false);
    distance[0] = 0;
    for (;;) {
      let current = -1;
      for (let i = 0; i < count; i++) if (!done[i] && (current < 0 || distance[i] < distance[current])) current = i;
      if (current < 0 || distance[current] === Number.POSITIVE_INFINITY) break;
      if (current === 1) break;
      done[current] = true;
      for (let next = 0; next < count; next++) {
        if (done[next] || next === current) continue;
        const step = Math.hypot(nodes[next][0] - nodes[current][0], nodes[next][1] - nodes[current][1]);
        if (distance[current] + step >= distance[next]) continue;
        if (!segmentInside(nodes[current], nodes[next], this.room.polygon)) continue;
        distance[next] = distance[current] + step;
        previous[next] = current;
      }
    }
    if (previous[1] < 0) {
      throw new Error(`no path inside room ${this.room.id} from (${from.join(', ')}) to (${to.join(', ')})`);
    }
    const path: Point[] = [];
    for (let node = 1; node >= 0; node = previous[node]) path.push(nodes[node]);
    return path.reverse();
  }

  /** Length of `path(from, to)`, metres. */
  distance(from: Point, to: Point): number {
    return polylineLength(this.path(from, to));
  }
}

export function polylineLength(points: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
  return length;
}

/**
 * Whether the segment stays inside the polygon (walls included): no edge crosses it, and points along
 * it every 10 cm are inside. Plans are drawn to the centimetre, so nothing narrower can slip through.
 */
export function segmentInside(a: Point, b: Point, polygon: readonly Point[]): boolean {
  const n = polygon.length;
  for (let i = 0; i < n; i++) if (properlyCross(a, b, polygon[i], polygon[(i + 1) % n])) return false;
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const steps = Math.max(2, Math.ceil(length / SAMPLE_STEP_M));
  for (let k = 0; k <= steps; k++) {
    const t = k / steps;
    if (!pointInPolygon([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])], polygon, INSIDE_TOLERANCE_M)) return false;
  }
  return true;
}

/** Segments cross at a point inside both (touching at an end does not count). */
function properlyCross(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  const eps = 1e-12;
  return ((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps));
}

function cross(a: Point, b: Point, c: Point): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** Inner (reflex) corners of the polygon, each moved `clearanceM` into the room along its bisector. */
function reflexCorners(polygon: readonly Point[], clearanceM: number): Point[] {
  const orientation = Math.sign(signedArea(polygon));
  const n = polygon.length;
  const corners: Point[] = [];
  for (let i = 0; i < n; i++) {
    const previous = polygon[(i + n - 1) % n];
    const corner = polygon[i];
    const next = polygon[(i + 1) % n];
    const turn = Math.sign(cross(previous, corner, next));
    if (turn === 0 || turn === orientation) continue;
    const inX = unit(previous[0] - corner[0], previous[1] - corner[1]);
    const outX = unit(next[0] - corner[0], next[1] - corner[1]);
    // At a reflex corner the room lies outside the angle between the two walls: step away from both.
    const away = unit(-(inX[0] + outX[0]), -(inX[1] + outX[1]));
    for (const distance of [clearanceM, clearanceM / 4]) {
      const candidate: Point = [corner[0] + away[0] * distance * Math.SQRT2, corner[1] + away[1] * distance * Math.SQRT2];
      if (pointInPolygon(candidate, polygon, 0) && distanceToBoundary(candidate, polygon) > distance / 2) {
        corners.push(candidate);
        break;
      }
    }
  }
  return corners;
}

function unit(x: number, y: number): [number, number] {
  const length = Math.hypot(x, y) || 1;
  return [x / length, y / length];
}
