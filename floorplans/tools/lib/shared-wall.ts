/**
 * Finds the stretch of wall two room outlines share. The floor builder uses it to place
 * doors; the SVG renderer uses it to cut door gaps. Works for any straight walls, not only
 * axis-aligned ones.
 */
import type { Point, Ring } from '../../../server/src/floorplan/geometry/polygon.js';
import { ringEdges } from '../../../server/src/floorplan/geometry/polygon.js';

export interface WallSegment {
  start: Point;
  end: Point;
  lengthM: number;
}

const COLLINEAR_TOLERANCE_M = 1e-6;

/** The longest collinear overlap between an edge of `a` and an edge of `b`, or null. */
export function sharedWall(a: Ring, b: Ring): WallSegment | null {
  let best: WallSegment | null = null;
  for (const [p1, p2] of ringEdges(a)) {
    const length = Math.hypot(p2[0] - p1[0], p2[1] - p1[1]);
    if (length === 0) continue;
    const dir: Point = [(p2[0] - p1[0]) / length, (p2[1] - p1[1]) / length];
    for (const [q1, q2] of ringEdges(b)) {
      const overlap = collinearOverlap(p1, dir, length, q1, q2);
      if (overlap && (!best || overlap.lengthM > best.lengthM)) best = overlap;
    }
  }
  return best;
}

function collinearOverlap(p1: Point, dir: Point, length: number, q1: Point, q2: Point): WallSegment | null {
  const offset = (q: Point) => (q[0] - p1[0]) * dir[1] - (q[1] - p1[1]) * dir[0];
  if (Math.abs(offset(q1)) > COLLINEAR_TOLERANCE_M || Math.abs(offset(q2)) > COLLINEAR_TOLERANCE_M) return null;
  const along = (q: Point) => (q[0] - p1[0]) * dir[0] + (q[1] - p1[1]) * dir[1];
  const from = Math.max(0, Math.min(along(q1), along(q2)));
  const to = Math.min(length, Math.max(along(q1), along(q2)));
  if (to - from <= COLLINEAR_TOLERANCE_M) return null;
  const at = (t: number): Point => [p1[0] + dir[0] * t, p1[1] + dir[1] * t];
  return { start: at(from), end: at(to), lengthM: to - from };
}

/** The point `distanceM` along the wall from its start. */
export function pointAlong(wall: WallSegment, distanceM: number): Point {
  const t = distanceM / wall.lengthM;
  return [wall.start[0] + (wall.end[0] - wall.start[0]) * t, wall.start[1] + (wall.end[1] - wall.start[1]) * t];
}

/** Unit vector along the wall. */
export function wallDirection(wall: WallSegment): Point {
  return [(wall.end[0] - wall.start[0]) / wall.lengthM, (wall.end[1] - wall.start[1]) / wall.lengthM];
}
