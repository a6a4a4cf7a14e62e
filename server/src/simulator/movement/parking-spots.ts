/**
 * Where a tag stands inside a room: random parking spots clear of the walls (equipment is pushed
 * against a wall, but its tag is rarely in the wall), the room's "middle" for shafts, and a spot
 * deliberately close to a wall shared with another room, the hard case for room-level location
 * (the neighbour's gateway hears the tag almost as well: the flap scenario).
 */
import { type Point, boundingBox, distanceToBoundary, pointInPolygon } from '../../floorplan/geometry/polygon.js';
import type { BuildingModel, BuildingRoom } from '../../floorplan/building/building-model.js';
import { roomInteriorPoint } from '../../floorplan/building/room-interior-point.js';
import type { Prng } from '../prng.js';

/** Tries per clearance before settling for less room. */
const ATTEMPTS = 64;

/** A random point of the room at least `clearanceM` from its walls (less in rooms too narrow for it). */
export function randomSpotInRoom(room: BuildingRoom, prng: Prng, clearanceM: number): Point {
  const [minX, minY, maxX, maxY] = boundingBox(room.polygon);
  for (let clearance = clearanceM, round = 0; round < 4; clearance /= 2, round++) {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const candidate: Point = [prng.uniform(minX, maxX), prng.uniform(minY, maxY)];
      if (pointInPolygon(candidate, room.polygon, 0) && distanceToBoundary(candidate, room.polygon) >= clearance) {
        return candidate;
      }
    }
  }
  return roomInteriorPoint(room);
}

export interface WallSpot {
  roomId: string;
  /** The room on the other side of the wall. */
  neighbourRoomId: string;
  x: number;
  y: number;
  /** Distance from the shared wall, metres. */
  wallDistanceM: number;
}

export interface WallSpotOptions {
  /** How far from the wall, metres (default 0.3: a pump against the wall, its tag on the far side). */
  distanceM?: number;
  /** The neighbour to be close to; by default the one sharing the longest wall. */
  neighbourRoomId?: string;
  /** Where along the shared wall: 0 one end, 1 the other (default 0.5, the middle). */
  along?: number;
}

/**
 * A parking spot `distanceM` inside `roomId` from the wall it shares with a neighbouring room on the
 * same floor: the "parked near a wall" scenario. Doors are ignored: the spot may be beside one.
 * @throws RangeError when the room shares no wall with such a neighbour, or the spot would not be inside.
 */
export function spotNearWall(building: BuildingModel, roomId: string, options: WallSpotOptions = {}): WallSpot {
  const distanceM = options.distanceM ?? 0.3;
  const along = options.along ?? 0.5;
  const room = building.room(roomId);
  const walls = sharedWalls(room, building.roomsOn(room.floorId)).filter(
    (wall) => options.neighbourRoomId === undefined || wall.neighbourRoomId === options.neighbourRoomId,
  );
  if (walls.length === 0) {
    throw new RangeError(`room ${roomId} shares no wall with ${options.neighbourRoomId ?? 'another room'}`);
  }
  const wall = walls.reduce((longest, candidate) => (candidate.length > longest.length ? candidate : longest));
  const x0 = wall.a[0] + along * (wall.b[0] - wall.a[0]);
  const y0 = wall.a[1] + along * (wall.b[1] - wall.a[1]);
  const nx = -(wall.b[1] - wall.a[1]) / wall.length;
  const ny = (wall.b[0] - wall.a[0]) / wall.length;
  for (const side of [1, -1]) {
    const spot: Point = [x0 + side * nx * distanceM, y0 + side * ny * distanceM];
    if (pointInPolygon(spot, room.polygon, 0) && distanceToBoundary(spot, room.polygon) > distanceM / 2) {
      return { roomId, neighbourRoomId: wall.neighbourRoomId, x: spot[0], y: spot[1], wallDistanceM: distanceM };
    }
  }
  throw new RangeError(`a spot ${distanceM} m from the wall of ${roomId} would not lie inside it`);
}

interface SharedWall {
  neighbourRoomId: string;
  a: Point;
  b: Point;
  length: number;
}

/** Stretches of the room's outline that are also another room's outline (collinear, overlapping). */
function sharedWalls(room: BuildingRoom, others: readonly BuildingRoom[]): SharedWall[] {
  const shared: SharedWall[] = [];
  const edgesOf = (polygon: readonly Point[]) => polygon.map((p, i): [Point, Point] => [p, polygon[(i + 1) % polygon.length]]);
  for (const [a, b] of edgesOf(room.polygon)) {
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length === 0) continue;
    const dx = (b[0] - a[0]) / length;
    const dy = (b[1] - a[1]) / length;
    for (const other of others) {
      if (other.id === room.id) continue;
      for (const [c, d] of edgesOf(other.polygon)) {
        const offC = Math.abs(-dy * (c[0] - a[0]) + dx * (c[1] - a[1]));
        const offD = Math.abs(-dy * (d[0] - a[0]) + dx * (d[1] - a[1]));
        if (offC > 1e-3 || offD > 1e-3) continue;
        const tc = (c[0] - a[0]) * dx + (c[1] - a[1]) * dy;
        const td = (d[0] - a[0]) * dx + (d[1] - a[1]) * dy;
        const start = Math.max(0, Math.min(tc, td));
        const end = Math.min(length, Math.max(tc, td));
        if (end - start < 0.1) continue;
        shared.push({
          neighbourRoomId: other.id,
          a: [a[0] + start * dx, a[1] + start * dy],
          b: [a[0] + end * dx, a[1] + end * dy],
          length: end - start,
        });
      }
    }
  }
  return shared;
}
