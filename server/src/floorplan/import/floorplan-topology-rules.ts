/**
 * Rules that relate the features of one floor to each other: doors join two rooms on
 * their shared wall, every room can be walked to from a corridor, devices sit in the room
 * they name. These feed walking distances and room-level location later, so a plan that
 * breaks them would give wrong answers rather than fail loudly.
 */
import { distanceToBoundary, pointInPolygon } from '../geometry/polygon.js';
import { IssueList } from './field-reader.js';
import {
  DOOR_COUNTER_MAX_DOOR_DISTANCE_M,
  DOOR_WALL_TOLERANCE_M,
  DOORLESS_ROOM_TYPES,
  type ParsedDevice,
  type ParsedDoor,
  type ParsedRoom,
} from './floorplan-format.js';

/** What each feature id claims to be, known even for features that broke their own rules. */
export interface DeclaredFeatures {
  /** id → properties.kind as written (undefined when the kind was unreadable). */
  kinds: Map<string, string | undefined>;
  /** The room pairs of every door whose `rooms` were readable, valid or not otherwise. */
  doorLinks: Array<[string, string]>;
}

export interface FloorFeatures {
  rooms: ParsedRoom[];
  doors: ParsedDoor[];
  devices: ParsedDevice[];
}

export function checkTopology(features: FloorFeatures, declared: DeclaredFeatures, issues: IssueList): void {
  const roomsById = new Map(features.rooms.map((room) => [room.id, room]));
  for (const door of features.doors) checkDoor(door, roomsById, declared, issues);
  for (const device of features.devices) checkDeviceRoom(device, roomsById, declared, issues);
  for (const device of features.devices) checkDoorCounterAtDoor(device, roomsById, features.doors, issues);
  checkEveryRoomHasADoor(features.rooms, declared, issues);
  checkRoomsReachableFromCorridors(features.rooms, declared, issues);
  checkVerticalLinksUniqueOnFloor(features.rooms, issues);
}

/** Why `id` cannot be the room a door or device refers to, or undefined when it can. */
function notARoom(id: string, declared: DeclaredFeatures): string | undefined {
  if (!declared.kinds.has(id)) return `no feature on this floor has the id "${id}"`;
  const kind = declared.kinds.get(id);
  return kind === 'room' || kind === undefined ? undefined : `"${id}" is a ${kind}, not a room`;
}

function checkDoor(
  door: ParsedDoor,
  roomsById: Map<string, ParsedRoom>,
  declared: DeclaredFeatures,
  issues: IssueList,
): void {
  door.rooms.forEach((roomId, k) => {
    const problem = notARoom(roomId, declared);
    if (problem) {
      issues.add(door.id, `properties.rooms[${k}]`, problem);
      return;
    }
    const room = roomsById.get(roomId);
    if (!room) return; // the room broke its own rules; that is reported on the room
    const gap = distanceToBoundary([door.x, door.y], room.polygon);
    if (gap > DOOR_WALL_TOLERANCE_M) {
      issues.add(
        door.id,
        'geometry.coordinates',
        `the door at [${door.x}, ${door.y}] is ${gap.toFixed(2)} m from the walls of room "${roomId}"; a door sits on the wall its two rooms share`,
      );
    }
  });
}

function checkDeviceRoom(
  device: ParsedDevice,
  roomsById: Map<string, ParsedRoom>,
  declared: DeclaredFeatures,
  issues: IssueList,
): void {
  if (device.roomId === null) return;
  const problem = notARoom(device.roomId, declared);
  if (problem) {
    issues.add(device.id, 'properties.roomId', problem);
    return;
  }
  const room = roomsById.get(device.roomId);
  if (room && !pointInPolygon([device.x, device.y], room.polygon)) {
    issues.add(
      device.id,
      'geometry.coordinates',
      `the device at [${device.x}, ${device.y}] is outside its room "${room.id}" (${room.name})`,
    );
  }
}

/** A door counter counts people walking in through a door of its room: it must be fitted at one. */
function checkDoorCounterAtDoor(device: ParsedDevice, roomsById: Map<string, ParsedRoom>, doors: readonly ParsedDoor[], issues: IssueList): void {
  if (device.deviceType !== 'door_counter' || device.roomId === null || !roomsById.has(device.roomId)) return;
  const roomId = device.roomId;
  const nearest = Math.min(...doors.filter((door) => door.rooms.includes(roomId)).map((door) => Math.hypot(door.x - device.x, door.y - device.y)));
  if (nearest <= DOOR_COUNTER_MAX_DOOR_DISTANCE_M) return;
  issues.add(
    device.id,
    'geometry.coordinates',
    Number.isFinite(nearest)
      ? `the door counter is ${nearest.toFixed(2)} m from the nearest door of room "${roomId}"; fit it within ${DOOR_COUNTER_MAX_DOOR_DISTANCE_M} m of the door it counts`
      : `room "${roomId}" has no door for the door counter to count`,
  );
}

function doorCounts(declared: DeclaredFeatures): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pair of declared.doorLinks) {
    for (const roomId of pair) counts.set(roomId, (counts.get(roomId) ?? 0) + 1);
  }
  return counts;
}

function checkEveryRoomHasADoor(rooms: ParsedRoom[], declared: DeclaredFeatures, issues: IssueList): void {
  const counts = doorCounts(declared);
  for (const room of rooms) {
    if (!DOORLESS_ROOM_TYPES.includes(room.type) && !counts.has(room.id)) {
      issues.add(room.id, 'id', `room "${room.name}" has no door; every room except corridors needs at least one`);
    }
  }
}

/**
 * Breadth-first search from every corridor through the doors. Skipped on a floor without
 * corridors (nothing to start from); rooms with no door at all are already reported.
 */
function checkRoomsReachableFromCorridors(rooms: ParsedRoom[], declared: DeclaredFeatures, issues: IssueList): void {
  const corridors = rooms.filter((room) => DOORLESS_ROOM_TYPES.includes(room.type)).map((room) => room.id);
  if (corridors.length === 0) return;
  const neighbours = new Map<string, string[]>();
  for (const [a, b] of declared.doorLinks) {
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  const reached = new Set(corridors);
  const queue = [...corridors];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const neighbour of neighbours.get(next) ?? []) {
      if (!reached.has(neighbour)) {
        reached.add(neighbour);
        queue.push(neighbour);
      }
    }
  }
  const counts = doorCounts(declared);
  for (const room of rooms) {
    if (!reached.has(room.id) && counts.has(room.id)) {
      issues.add(room.id, 'id', `room "${room.name}" cannot be reached from any corridor through doors`);
    }
  }
}

/** A shaft appears once per floor; two rooms with one link on a floor is a copy-paste slip. */
function checkVerticalLinksUniqueOnFloor(rooms: ParsedRoom[], issues: IssueList): void {
  const firstByLink = new Map<string, string>();
  for (const room of rooms) {
    if (room.verticalLink === null) continue;
    const first = firstByLink.get(room.verticalLink);
    if (first === undefined) firstByLink.set(room.verticalLink, room.id);
    else issues.add(room.id, 'properties.verticalLink', `"${room.verticalLink}" is already used by room "${first}" on this floor`);
  }
}
