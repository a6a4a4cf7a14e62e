/**
 * Which hand-hygiene dispensers serve a room, for group-level compliance: the dispensers placed in it,
 * and corridor dispensers at its door (a hand rub on the way in or out is used just outside the door as
 * often as just inside). Pure: the floor plans' rooms, doors and devices come in as data.
 */

/** A corridor dispenser this close to a door of a room serves that room, metres (about two steps from the door frame). */
export const CORRIDOR_DISPENSER_REACH_M = 3;

export interface DispenserPlacement {
  id: string;
  floorId: string;
  /** The room it is placed in; null when the plan gives none. */
  roomId: string | null;
  x: number;
  y: number;
}

export interface DoorPlacement {
  floorId: string;
  x: number;
  y: number;
  rooms: readonly [string, string];
}

/**
 * For each room asked for, the ids of the dispensers that serve it: those placed in it, and those in a
 * corridor (one of `corridorIds`, or in no room) on its floor within CORRIDOR_DISPENSER_REACH_M of one
 * of its doors. A dispenser inside another room serves that room only, however near the door.
 */
export function dispensersServingRooms(
  roomIds: readonly string[],
  dispensers: readonly DispenserPlacement[],
  doors: readonly DoorPlacement[],
  corridorIds: ReadonlySet<string>,
): Map<string, Set<string>> {
  const serving = new Map(roomIds.map((roomId) => [roomId, new Set<string>()]));
  for (const dispenser of dispensers) {
    if (dispenser.roomId !== null && serving.has(dispenser.roomId)) serving.get(dispenser.roomId)?.add(dispenser.id);
    if (dispenser.roomId !== null && !corridorIds.has(dispenser.roomId)) continue;
    for (const door of doors) {
      if (door.floorId !== dispenser.floorId || Math.hypot(door.x - dispenser.x, door.y - dispenser.y) > CORRIDOR_DISPENSER_REACH_M) continue;
      for (const roomId of door.rooms) serving.get(roomId)?.add(dispenser.id);
    }
  }
  return serving;
}
