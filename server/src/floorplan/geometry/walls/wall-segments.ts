/**
 * The physical walls of one floor, derived from the room outlines.
 *
 * Neighbouring rooms are drawn wall to wall (floorplans/README.md), so one physical wall is an edge of
 * two rooms, often of different lengths (a corridor's long side is the short sides of many rooms).
 * Counting room edges would count that wall twice. Instead the edges are grouped by the line they lie
 * on and cut into pieces at every edge end: each piece is one wall, with the loss of the heavier of
 * the rooms on its two sides. Door points cut an opening into the wall they stand on, and an opening
 * between two open-plan spaces (corridor to corridor) removes the wall there altogether.
 */
import { DOOR_WALL_TOLERANCE_M } from '../../import/floorplan-format.js';
import type { Point } from '../polygon.js';

/** What walls are made from: a room's outline and type. */
export interface WallRoom {
  id: string;
  /** Room type from the floor-plan format (`corridor`, `stairs`, …): decides heavy walls and open plan. */
  type: string;
  /** Open or closed ring, metres. */
  polygon: readonly Point[];
}

/** A door drawn as a point on the wall between its two rooms. */
export interface WallDoor {
  x: number;
  y: number;
  rooms: readonly [string, string];
}

export type WallKind = 'interior' | 'exterior' | 'door';

export interface WallSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lossDb: number;
  kind: WallKind;
  /** The rooms whose outline the wall is part of (one for an exterior wall). */
  rooms: readonly string[];
}

/**
 * The losses walls get. The simulator's radio and the location engine each have their own values
 * (see their configs for each one's meaning and source); the geometry is shared.
 */
export interface WallLossRules {
  /** One light interior wall, dB. */
  wallLossDb: number;
  /** A heavy wall (exterior walls always), dB. */
  heavyWallLossDb: number;
  /** Room types whose walls are heavier than `wallLossDb`; a wall takes the heavier of its two rooms'. */
  wallLossByRoomTypeDb: Readonly<Partial<Record<string, number>>>;
  /** A door opening, dB. */
  doorLossDb: number;
  /** Clear width cut into the wall at each door point, metres. */
  doorWidthM: number;
  /** Room types that are one open space where a door joins them (no wall at all there). */
  openPlanRoomTypes: readonly string[];
}

/** Lines closer than this (metres, radians) are the same line: plans are drawn to the centimetre. */
const LINE_TOLERANCE = 1e-4;
/** Pieces shorter than this are rounding noise. */
const MIN_PIECE_M = 1e-6;

interface Line {
  /** Unit direction, canonical: dx > 0, or dx = 0 and dy > 0. */
  dx: number;
  dy: number;
  /** Signed distance of the line from the origin along the normal (−dy, dx). */
  offset: number;
  edges: Array<{ t0: number; t1: number; room: WallRoom }>;
  /** Door openings on this line: [t0, t1] and the door's two rooms. */
  openings: Array<{ t0: number; t1: number; rooms: readonly [string, string] }>;
}

/** The walls of one floor: `rooms` and `doors` must be that floor's. */
export function buildWallSegments(
  rooms: readonly WallRoom[],
  doors: readonly WallDoor[],
  rules: WallLossRules,
): WallSegment[] {
  const lines = new Map<string, Line>();
  for (const room of rooms) {
    const n = room.polygon.length;
    for (let i = 0; i < n; i++) addEdge(lines, room, room.polygon[i], room.polygon[(i + 1) % n]);
  }
  const roomById = new Map(rooms.map((room) => [room.id, room]));
  for (const door of doors) placeOpening(lines, door, rules.doorWidthM);

  const doorLinks = new Set(doors.map((door) => linkKey(door.rooms[0], door.rooms[1])));
  const openPlan = new Set<string>(rules.openPlanRoomTypes);
  const walls: WallSegment[] = [];
  for (const line of lines.values()) cutLine(line, rules, roomById, doorLinks, openPlan, walls);
  return walls;
}

function addEdge(lines: Map<string, Line>, room: WallRoom, a: readonly [number, number], b: readonly [number, number]): void {
  let dx = b[0] - a[0];
  let dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length < MIN_PIECE_M) return;
  dx /= length;
  dy /= length;
  if (dx < -LINE_TOLERANCE || (Math.abs(dx) <= LINE_TOLERANCE && dy < 0)) {
    dx = -dx;
    dy = -dy;
  }
  const offset = -dy * a[0] + dx * a[1];
  const key = `${Math.round(Math.atan2(dy, dx) / LINE_TOLERANCE)}:${Math.round(offset / LINE_TOLERANCE)}`;
  let line = lines.get(key);
  if (!line) {
    line = { dx, dy, offset, edges: [], openings: [] };
    lines.set(key, line);
  }
  const ta = a[0] * line.dx + a[1] * line.dy;
  const tb = b[0] * line.dx + b[1] * line.dy;
  line.edges.push({ t0: Math.min(ta, tb), t1: Math.max(ta, tb), room });
}

/**
 * Puts the door's opening on the wall it stands on: the closest line that carries an edge of each of
 * its two rooms at the door (a door near a corner is also near the other wall of the corner).
 */
function placeOpening(lines: Map<string, Line>, door: WallDoor, widthM: number): void {
  let best: { line: Line; t: number; distance: number } | undefined;
  for (const line of lines.values()) {
    const distance = Math.abs(-line.dy * door.x + line.dx * door.y - line.offset);
    if (distance > DOOR_WALL_TOLERANCE_M || (best && distance >= best.distance)) continue;
    const t = door.x * line.dx + door.y * line.dy;
    const covers = (roomId: string) =>
      line.edges.some((edge) => edge.room.id === roomId && edge.t0 - DOOR_WALL_TOLERANCE_M <= t && t <= edge.t1 + DOOR_WALL_TOLERANCE_M);
    if (covers(door.rooms[0]) && covers(door.rooms[1])) best = { line, t, distance };
  }
  if (best) best.line.openings.push({ t0: best.t - widthM / 2, t1: best.t + widthM / 2, rooms: door.rooms });
}

function cutLine(
  line: Line,
  rules: WallLossRules,
  roomById: ReadonlyMap<string, WallRoom>,
  doorLinks: ReadonlySet<string>,
  openPlan: ReadonlySet<string>,
  out: WallSegment[],
): void {
  const cuts = new Set<number>();
  for (const edge of line.edges) cuts.add(edge.t0).add(edge.t1);
  for (const opening of line.openings) cuts.add(opening.t0).add(opening.t1);
  const sorted = [...cuts].sort((p, q) => p - q);

  let current: WallSegment | undefined;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const t0 = sorted[i];
    const t1 = sorted[i + 1];
    if (t1 - t0 < MIN_PIECE_M) continue;
    const mid = (t0 + t1) / 2;
    const owners = line.edges.filter((edge) => edge.t0 <= mid && mid <= edge.t1).map((edge) => edge.room);
    const piece = owners.length === 0 ? undefined : wallPiece(line, owners, mid, rules, roomById, doorLinks, openPlan);
    if (!piece) {
      current = undefined;
      continue;
    }
    const sameAsCurrent =
      current !== undefined &&
      current.kind === piece.kind &&
      current.lossDb === piece.lossDb &&
      current.rooms.join('|') === piece.rooms.join('|') &&
      Math.abs(current.x2 - pointAt(line, t0)[0]) < MIN_PIECE_M &&
      Math.abs(current.y2 - pointAt(line, t0)[1]) < MIN_PIECE_M;
    const [x2, y2] = pointAt(line, t1);
    if (current && sameAsCurrent) {
      current.x2 = x2;
      current.y2 = y2;
    } else {
      const [x1, y1] = pointAt(line, t0);
      current = { x1, y1, x2, y2, lossDb: piece.lossDb, kind: piece.kind, rooms: piece.rooms };
      out.push(current);
    }
  }
}

/** What stands on the line at `mid`, between `owners`; undefined where nothing does (an open-plan opening). */
function wallPiece(
  line: Line,
  owners: readonly WallRoom[],
  mid: number,
  rules: WallLossRules,
  roomById: ReadonlyMap<string, WallRoom>,
  doorLinks: ReadonlySet<string>,
  openPlan: ReadonlySet<string>,
): { lossDb: number; kind: WallKind; rooms: string[] } | undefined {
  const rooms = [...new Set(owners.map((room) => room.id))].sort();
  if (rooms.length >= 2 && owners.every((room) => openPlan.has(room.type)) && joinedByDoor(rooms, doorLinks)) {
    return undefined;
  }
  const opening = line.openings.find(
    (candidate) =>
      candidate.t0 <= mid && mid <= candidate.t1 && candidate.rooms.every((roomId) => rooms.includes(roomId)),
  );
  if (opening) return { lossDb: rules.doorLossDb, kind: 'door', rooms };
  let lossDb = 0;
  for (const roomId of rooms) {
    const room = roomById.get(roomId);
    lossDb = Math.max(lossDb, (room && rules.wallLossByRoomTypeDb[room.type]) ?? rules.wallLossDb);
  }
  if (rooms.length === 1) return { lossDb: Math.max(lossDb, rules.heavyWallLossDb), kind: 'exterior', rooms };
  return { lossDb, kind: 'interior', rooms };
}

function joinedByDoor(rooms: readonly string[], doorLinks: ReadonlySet<string>): boolean {
  for (let i = 0; i < rooms.length; i++) {
    for (let j = i + 1; j < rooms.length; j++) if (doorLinks.has(linkKey(rooms[i], rooms[j]))) return true;
  }
  return false;
}

function linkKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function pointAt(line: Line, t: number): [number, number] {
  // Foot of the normal from the origin, plus t along the direction.
  return [-line.dy * line.offset + t * line.dx, line.dx * line.offset + t * line.dy];
}
