/**
 * Which rooms count for hand-hygiene compliance and which dispensers serve them, from the floor plans.
 * Pure: the caller passes the imported rooms, doors and placed dispensers. Rules and reasons: README.md
 * ("Care rooms and dispensers").
 */
import type { IsolationKind, RoomType } from '../../floorplan/import/floorplan-format.js';
import type { CareRoom } from './compliance-types.js';

/**
 * Rooms where entering and leaving are hand-hygiene moments (the patient zone is behind the door).
 * Operating rooms are left out (surgical hand antisepsis is a different procedure, not counted by the
 * dispensers at the door), and so are imaging rooms (patients pass through with their own carers).
 */
export const CARE_ROOM_TYPES: readonly RoomType[] = ['patient_room', 'icu_bay', 'ed_bay'];

/** How far a dispenser outside a care room may be from its door and still serve it: within reach while passing. */
export const DISPENSER_DOOR_REACH_M = 3;

export interface PlanRoom {
  id: string;
  floorId: string;
  type: RoomType;
  unit: string | null;
  isolation: IsolationKind;
}

export interface PlanDoor {
  floorId: string;
  x: number;
  y: number;
  rooms: readonly [string, string];
}

export interface PlanDispenser {
  id: string;
  floorId: string;
  /** The room it is placed in, null when placed in no room. */
  roomId: string | null;
  x: number;
  y: number;
}

/** The care rooms by id; every isolation kind of the plan (airborne, contact, protective) follows the isolation rule. */
export function careRoomsOf(rooms: readonly PlanRoom[]): Map<string, CareRoom> {
  const careRooms = new Map<string, CareRoom>();
  for (const room of rooms) {
    if (!CARE_ROOM_TYPES.includes(room.type)) continue;
    careRooms.set(room.id, { id: room.id, unit: room.unit, isolation: room.isolation !== 'none' });
  }
  return careRooms;
}

/** The rooms whose dispensers are asked for: care rooms for compliance, rooms with door counters for group-level figures. */
export interface ServedRooms {
  has(roomId: string): boolean;
}

/**
 * The served rooms each dispenser serves (dispensers serving none are left out):
 * - a dispenser in a served room serves that room only;
 * - anywhere else (a corridor, an anteroom, no room) it serves the served rooms with a door within
 *   DISPENSER_DOOR_REACH_M of it on its floor; when it is in a room, the door must open onto that room
 *   (a dispenser behind a wall does not serve the door on the other side).
 */
export function dispenserRoomsOf(dispensers: readonly PlanDispenser[], doors: readonly PlanDoor[], careRooms: ServedRooms): Map<string, string[]> {
  const served = new Map<string, string[]>();
  for (const dispenser of dispensers) {
    const rooms = dispenser.roomId !== null && careRooms.has(dispenser.roomId) ? [dispenser.roomId] : roomsAtDoorsNear(dispenser, doors, careRooms);
    if (rooms.length > 0) served.set(dispenser.id, rooms);
  }
  return served;
}

/** dispenserRoomsOf the other way round: for each of `roomIds`, the dispensers serving it (possibly none). */
export function dispensersServingRooms(roomIds: readonly string[], dispensers: readonly PlanDispenser[], doors: readonly PlanDoor[]): Map<string, Set<string>> {
  const serving = new Map(roomIds.map((roomId) => [roomId, new Set<string>()]));
  for (const [dispenserId, rooms] of dispenserRoomsOf(dispensers, doors, serving)) for (const roomId of rooms) serving.get(roomId)?.add(dispenserId);
  return serving;
}

function roomsAtDoorsNear(dispenser: PlanDispenser, doors: readonly PlanDoor[], careRooms: ServedRooms): string[] {
  const rooms = new Set<string>();
  for (const door of doors) {
    if (door.floorId !== dispenser.floorId) continue;
    if (Math.hypot(door.x - dispenser.x, door.y - dispenser.y) > DISPENSER_DOOR_REACH_M) continue;
    if (dispenser.roomId !== null && !door.rooms.includes(dispenser.roomId)) continue;
    for (const roomId of door.rooms) if (careRooms.has(roomId)) rooms.add(roomId);
  }
  return [...rooms].sort();
}
