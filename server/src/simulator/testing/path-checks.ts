/**
 * Test support: independent checks that a walked path obeys the building, written with the floor-plan
 * geometry (not the simulator's own navigation), so the two cannot share a mistake.
 */
import { type Point, pointInPolygon } from '../../floorplan/geometry/polygon.js';
import type { BuildingModel } from '../../floorplan/building/building-model.js';
import type { TrackSegment } from '../movement/tag-track.js';

/** Every 5 cm of the segment a → b lies in the room (walls count as inside). */
export function segmentStaysInRoom(building: BuildingModel, roomId: string, a: Point, b: Point): boolean {
  const polygon = building.room(roomId).polygon;
  const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 0.05));
  for (let k = 0; k <= steps; k++) {
    const t = k / steps;
    if (!pointInPolygon([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])], polygon, 1e-6)) return false;
  }
  return true;
}

/** A door of the plan standing at `point` (within a millimetre) and joining exactly rooms a and b. */
export function isDoorBetween(building: BuildingModel, point: Point, a: string, b: string): boolean {
  return building.doors.some(
    (door) =>
      Math.hypot(door.x - point[0], door.y - point[1]) < 1e-3 &&
      ((door.rooms[0] === a && door.rooms[1] === b) || (door.rooms[0] === b && door.rooms[1] === a)),
  );
}

/**
 * What is wrong with a chain of track segments, as readable strings (empty when nothing): a segment
 * leaving its room, a gap in time or space, or a room change that is neither through a door joining
 * the two rooms nor a floor change between two ends of one shaft.
 */
export function trackProblems(building: BuildingModel, segments: readonly TrackSegment[]): string[] {
  const problems: string[] = [];
  segments.forEach((segment, i) => {
    if (!segmentStaysInRoom(building, segment.roomId, [segment.x0, segment.y0], [segment.x1, segment.y1])) {
      problems.push(`segment ${i} leaves ${segment.roomId}`);
    }
    if (building.room(segment.roomId).floorId !== segment.floorId) problems.push(`segment ${i} has the wrong floor`);
    if (i === 0) return;
    const previous = segments[i - 1];
    if (previous.t1 !== segment.t0) problems.push(`gap in time before segment ${i}`);
    if (previous.roomId === segment.roomId) {
      if (Math.hypot(previous.x1 - segment.x0, previous.y1 - segment.y0) > 1e-9) problems.push(`jump inside ${segment.roomId} at ${i}`);
      return;
    }
    if (previous.floorId === segment.floorId) {
      const at: Point = [segment.x0, segment.y0];
      const continuous = Math.hypot(previous.x1 - segment.x0, previous.y1 - segment.y0) < 1e-9;
      if (!continuous || !isDoorBetween(building, at, previous.roomId, segment.roomId)) {
        problems.push(`segment ${i} enters ${segment.roomId} from ${previous.roomId} not through a door (${at.join(', ')})`);
      }
      return;
    }
    const shaft = building.room(previous.roomId);
    if (!building.linkedShafts(shaft.id).some((room) => room.id === segment.roomId)) {
      problems.push(`segment ${i} changes floor from ${previous.roomId} to ${segment.roomId}, not one shaft`);
    }
  });
  return problems;
}
