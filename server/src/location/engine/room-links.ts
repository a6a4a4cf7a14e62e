/**
 * Which rooms a tag can walk between directly. The plan's doors and openings say so best;
 * without them, rooms whose walls touch are taken as linked (over-generous for a shared wall
 * without a door, which only costs the engine a little caution).
 */
import { boundingBox, distanceToBoundary, openRing, type Point } from '../../floorplan/geometry/polygon.js';

/** Walls are drawn with a gap of up to their thickness between neighbouring rooms. */
export const TOUCHING_WALL_TOLERANCE_M = 0.3;

export interface LinkableRoom {
  floor: number;
  ring: readonly Point[];
}

/** Index pairs [a, b] (a < b) of rooms on one floor whose outlines touch. */
export function touchingRoomPairs(rooms: readonly LinkableRoom[]): Array<[number, number]> {
  const boxes = rooms.map((room) => boundingBox(room.ring));
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a < rooms.length; a++) {
    for (let b = a + 1; b < rooms.length; b++) {
      if (rooms[a].floor !== rooms[b].floor || !boxesNear(boxes[a], boxes[b])) continue;
      if (anyVertexNear(rooms[a].ring, rooms[b].ring) || anyVertexNear(rooms[b].ring, rooms[a].ring)) pairs.push([a, b]);
    }
  }
  return pairs;
}

/**
 * Adjacency as compressed rows: the neighbours of room r are
 * `neighbours.subarray(start[r], start[r + 1])`.
 */
export function adjacencyRows(roomCount: number, pairs: ReadonlyArray<readonly [number, number]>): { start: Int32Array; neighbours: Int32Array } {
  const lists: number[][] = Array.from({ length: roomCount }, () => []);
  for (const [a, b] of pairs) {
    if (a === b || lists[a].includes(b)) continue;
    lists[a].push(b);
    lists[b].push(a);
  }
  const start = new Int32Array(roomCount + 1);
  lists.forEach((list, r) => (start[r + 1] = start[r] + list.length));
  const neighbours = new Int32Array(start[roomCount]);
  lists.forEach((list, r) => neighbours.set(list.sort((x, y) => x - y), start[r]));
  return { start, neighbours };
}

function boxesNear(a: readonly number[], b: readonly number[]): boolean {
  const t = TOUCHING_WALL_TOLERANCE_M;
  return a[0] <= b[2] + t && b[0] <= a[2] + t && a[1] <= b[3] + t && b[1] <= a[3] + t;
}

function anyVertexNear(from: readonly Point[], to: readonly Point[]): boolean {
  return openRing(from).some((vertex) => distanceToBoundary(vertex, to) <= TOUCHING_WALL_TOLERANCE_M);
}
