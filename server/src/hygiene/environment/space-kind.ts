import type { IsolationKind, RoomType } from '../../floorplan/import/floorplan-format.js';
import type { SpaceKind } from './environment-limits.js';

/** What a sensor's name starts with when it watches a medication fridge (floor-plan naming convention). */
export const MEDICATION_FRIDGE_NAME_PREFIX = 'Med fridge';

/**
 * Which limits judge a sensor's readings (DEFAULT_LIMITS), from the sensor and its room:
 * 1. a sensor named "Med fridge…" watches a fridge, wherever it stands: medication_fridge (2–8 °C);
 *    it comes first because a fridge in a patient room is still a fridge;
 * 2. a room with airborne isolation: airborne_isolation (≤ −2.5 Pa); protective isolation:
 *    protective_environment (≥ +2.5 Pa) — the isolation flag wins over the room type;
 * 3. an operating room: operating_room; a patient room: patient_room;
 * 4. anything else, or a sensor in no room: general.
 */
export function spaceKindOf(sensorName: string, room: { readonly type: RoomType; readonly isolation: IsolationKind } | undefined): SpaceKind {
  if (sensorName.startsWith(MEDICATION_FRIDGE_NAME_PREFIX)) return 'medication_fridge';
  if (room === undefined) return 'general';
  if (room.isolation === 'airborne') return 'airborne_isolation';
  if (room.isolation === 'protective') return 'protective_environment';
  if (room.type === 'operating_room') return 'operating_room';
  if (room.type === 'patient_room') return 'patient_room';
  return 'general';
}
