/** Test support: a small ward, staff and a clock for hand-hygiene scenarios. */
import { DEFAULT_COMPLIANCE_RULES } from '../compliance-rules.js';
import type { CareRoom, DispenserActivation, StaffStay } from '../compliance-types.js';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
/** 2026-03-02 10:00:00 UTC, a Monday morning. */
export const T0 = Date.UTC(2026, 2, 2, 10, 0, 0);
export const RULES = DEFAULT_COMPLIANCE_RULES;

/** Rooms 1 and 2 on the ward (standard), 3 an isolation room; 4 is on ICU. The corridor is not a care room. */
export const CARE_ROOMS: ReadonlyMap<string, CareRoom> = new Map([
  ['room-1', { id: 'room-1', unit: 'ward', isolation: false }],
  ['room-2', { id: 'room-2', unit: 'ward', isolation: false }],
  ['room-3', { id: 'room-3', unit: 'ward', isolation: true }],
  ['bay-4', { id: 'bay-4', unit: 'icu', isolation: false }],
]);

/** Dispensers: one inside each room, one in the corridor between the doors of rooms 1 and 2. */
export const DISPENSER_ROOMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['disp-1', ['room-1']],
  ['disp-2', ['room-2']],
  ['disp-3', ['room-3']],
  ['disp-4', ['bay-4']],
  ['disp-door-12', ['room-1', 'room-2']],
]);

export const STAFF = {
  ann: { staffId: 'ann', badgeId: 'badge-ann', role: 'nurse' },
  bob: { staffId: 'bob', badgeId: 'badge-bob', role: 'physician' },
  cat: { staffId: 'cat', badgeId: 'badge-cat', role: 'nurse' },
} as const;

export function stay(who: keyof typeof STAFF, roomId: string, enteredAt: number, leftAt: number | null): StaffStay {
  return { ...STAFF[who], roomId, enteredAt, leftAt };
}

let nextActivation = 1;

export function activation(dispenserId: string, at: number, badgeId: string | null = null, id = `act-${nextActivation++}`): DispenserActivation {
  return { id, dispenserId, at, badgeId };
}
