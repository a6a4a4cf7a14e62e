/**
 * Whether a piece of equipment is soiled, from where it went and when it was cleaned. Pure.
 * - Leaving an isolation room makes it soiled (it was in contact with the patient's surroundings).
 * - Entering a soiled utility room makes it soiled (that is where used equipment goes).
 * - A cleaning event for it makes it clean; so does a stay of `cleanUtilityDwellMs` in a clean utility
 *   room (equipment is only put away there once reprocessed).
 * Soiled equipment is not "available" for the nearest-equipment search.
 */

export interface RoomKindForHygiene {
  id: string;
  type: string;
  isolation: boolean;
}

export type EquipmentHygieneEvent =
  | { type: 'moved'; at: number; from: RoomKindForHygiene | null; to: RoomKindForHygiene }
  | { type: 'cleaned'; at: number; by: string | null };

export interface EquipmentHygieneRules {
  cleanUtilityDwellMs: number;
}

/** Ten minutes on a clean-utility shelf: long enough not to count a pass through the room. */
export const DEFAULT_EQUIPMENT_HYGIENE_RULES: Readonly<EquipmentHygieneRules> = Object.freeze({ cleanUtilityDwellMs: 10 * 60_000 });

export type SoiledReason = 'left_isolation_room' | 'entered_soiled_utility';

export interface EquipmentHygiene {
  soiled: boolean;
  /** When the current state began; null when nothing is known (clean by default). */
  since: number | null;
  reason: SoiledReason | null;
  /** How it became clean last: a cleaning event or a clean-utility stay. */
  cleanedBy: 'cleaning' | 'clean_utility' | null;
}

/** The equipment's state at `now` from its events (applied by time, ties in the given order). */
export function equipmentHygieneOf(events: readonly EquipmentHygieneEvent[], rules: EquipmentHygieneRules, now: number): EquipmentHygiene {
  const ordered = events.map((event, index) => ({ event, index })).sort((a, b) => a.event.at - b.event.at || a.index - b.index);
  let state: EquipmentHygiene = { soiled: false, since: null, reason: null, cleanedBy: null };
  /** Entered a clean utility room at this time and has not left it. */
  let inCleanUtilitySince: number | null = null;
  const cleanUtilityDone = (until: number) => {
    if (state.soiled && inCleanUtilitySince !== null && until - inCleanUtilitySince >= rules.cleanUtilityDwellMs) {
      state = { soiled: false, since: inCleanUtilitySince + rules.cleanUtilityDwellMs, reason: null, cleanedBy: 'clean_utility' };
    }
  };

  for (const { event } of ordered) {
    if (event.at > now) break;
    cleanUtilityDone(event.at);
    if (event.type === 'cleaned') {
      state = { soiled: false, since: event.at, reason: null, cleanedBy: 'cleaning' };
      continue;
    }
    inCleanUtilitySince = event.to.type === 'clean_utility' ? event.at : null;
    if (event.from?.isolation) state = { soiled: true, since: event.at, reason: 'left_isolation_room', cleanedBy: null };
    else if (event.to.type === 'soiled_utility') state = { soiled: true, since: event.at, reason: 'entered_soiled_utility', cleanedBy: null };
  }
  cleanUtilityDone(now);
  return state;
}
