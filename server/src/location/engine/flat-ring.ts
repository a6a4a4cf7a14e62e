/**
 * Room outlines as flat typed arrays ([x0, y0, x1, y1, …], open ring) for the per-evaluation
 * path: the shared helpers in floorplan/geometry take arrays of tuples and allocate, which
 * is right for import and wrong for 100,000 sightings a second.
 */
import { openRing, type Point } from '../../floorplan/geometry/polygon.js';

export type FlatRing = Float64Array;

export function flattenRing(ring: readonly Point[]): FlatRing {
  const vertices = openRing(ring);
  const flat = new Float64Array(vertices.length * 2);
  vertices.forEach(([x, y], i) => {
    flat[2 * i] = x;
    flat[2 * i + 1] = y;
  });
  return flat;
}

/** Even-odd ray casting; points exactly on a wall may fall either way. */
export function ringContains(ring: FlatRing, x: number, y: number): boolean {
  const n = ring.length / 2;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i];
    const yi = ring[2 * i + 1];
    const xj = ring[2 * j];
    const yj = ring[2 * j + 1];
    if (yi > y !== yj > y && x < xi + ((y - yi) * (xj - xi)) / (yj - yi)) inside = !inside;
  }
  return inside;
}

/**
 * Moves (x, y) into the ring when it lies outside: to the nearest wall point, then `insetM`
 * further in so the result is unambiguously inside (a tag is in a room, not in its wall).
 * Writes the result to out[0], out[1]; returns whether it had to move the point.
 */
export function clampIntoRing(ring: FlatRing, x: number, y: number, insetM: number, out: Float64Array): boolean {
  if (ringContains(ring, x, y)) {
    out[0] = x;
    out[1] = y;
    return false;
  }
  const n = ring.length / 2;
  let bestDistanceSq = Infinity;
  let wallX = x;
  let wallY = y;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const ax = ring[2 * j];
    const ay = ring[2 * j + 1];
    const dx = ring[2 * i] - ax;
    const dy = ring[2 * i + 1] - ay;
    const lengthSq = dx * dx + dy * dy;
    const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSq));
    const px = ax + t * dx;
    const py = ay + t * dy;
    const distanceSq = (x - px) * (x - px) + (y - py) * (y - py);
    if (distanceSq < bestDistanceSq) {
      bestDistanceSq = distanceSq;
      wallX = px;
      wallY = py;
    }
  }
  // The way from the outside point to its nearest wall point leads inwards; go on a little.
  const distance = Math.sqrt(bestDistanceSq);
  const insideX = wallX + ((wallX - x) / distance) * insetM;
  const insideY = wallY + ((wallY - y) / distance) * insetM;
  const nudged = ringContains(ring, insideX, insideY);
  out[0] = nudged ? insideX : wallX;
  out[1] = nudged ? insideY : wallY;
  return true;
}
