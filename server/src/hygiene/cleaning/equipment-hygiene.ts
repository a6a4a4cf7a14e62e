/**
 * Whether a piece of equipment is soiled, from where it went and when it was cleaned. Pure.
 * - Leaving an isolation room makes it soiled (it was in contact with the patient's surroundings).
 * - Entering a soiled utility room makes it soiled (that is where used equipment goes).
 * - A cleaning event for it makes it clean; so does a stay of `cleanUtilityDwellMs` in a clean utility
 *   room (equipment is only put away there once reprocessed), unless it came straight from an isolation
 *   room (an anteroom typed as clean utility: nobody reprocessed it on the way).
 * Soiled equipment is not "available" for the nearest-equipment search.
 *
 * Two ways in: `equipmentHygieneOf` folds a whole history; a live service keeps an
 * `EquipmentHygieneTrack` and steps it with `applyEquipmentHygieneEvent` as events come, and with
 * `settleCleanUtilityDwell` as time passes (the dwell ends without an event).
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

export const SOILED_REASONS = ['left_isolation_room', 'entered_soiled_utility'] as const;
export type SoiledReason = (typeof SOILED_REASONS)[number];

export const CLEANED_BY = ['cleaning', 'clean_utility'] as const;
export type CleanedBy = (typeof CLEANED_BY)[number];

export interface EquipmentHygiene {
  soiled: boolean;
  /** When the current state began; null when nothing is known (clean by default). */
  since: number | null;
  reason: SoiledReason | null;
  /** How it became clean last: a cleaning event or a clean-utility stay. */
  cleanedBy: CleanedBy | null;
}

/** The state plus what the next step needs: since when it has been in a clean utility room (null: not there). */
export interface EquipmentHygieneTrack {
  hygiene: EquipmentHygiene;
  inCleanUtilitySince: number | null;
}

/** Nothing known: clean by default, not in a clean utility room. */
export const UNKNOWN_EQUIPMENT_HYGIENE: Readonly<EquipmentHygieneTrack> = Object.freeze({
  hygiene: Object.freeze({ soiled: false, since: null, reason: null, cleanedBy: null }),
  inCleanUtilitySince: null,
});

/** The track once time has passed to `until` without an event: a long enough clean-utility stay cleans. */
export function settleCleanUtilityDwell(track: EquipmentHygieneTrack, rules: EquipmentHygieneRules, until: number): EquipmentHygieneTrack {
  const { hygiene, inCleanUtilitySince } = track;
  if (!hygiene.soiled || inCleanUtilitySince === null || until - inCleanUtilitySince < rules.cleanUtilityDwellMs) return track;
  return { hygiene: { soiled: false, since: inCleanUtilitySince + rules.cleanUtilityDwellMs, reason: null, cleanedBy: 'clean_utility' }, inCleanUtilitySince };
}

/** The track after one event (time first passes to the event, so a dwell that ended before it counts). */
export function applyEquipmentHygieneEvent(track: EquipmentHygieneTrack, event: EquipmentHygieneEvent, rules: EquipmentHygieneRules): EquipmentHygieneTrack {
  const settled = settleCleanUtilityDwell(track, rules, event.at);
  if (event.type === 'cleaned') {
    return { hygiene: { soiled: false, since: event.at, reason: null, cleanedBy: 'cleaning' }, inCleanUtilitySince: settled.inCleanUtilitySince };
  }
  // Straight out of an isolation room into a clean utility room is not being put away after
  // reprocessing: it is an anteroom (St Mary's types its isolation anterooms so), or a shortcut.
  const inCleanUtilitySince = event.to.type === 'clean_utility' && !event.from?.isolation ? event.at : null;
  if (event.from?.isolation) return { hygiene: { soiled: true, since: event.at, reason: 'left_isolation_room', cleanedBy: null }, inCleanUtilitySince };
  if (event.to.type === 'soiled_utility') return { hygiene: { soiled: true, since: event.at, reason: 'entered_soiled_utility', cleanedBy: null }, inCleanUtilitySince };
  return { hygiene: settled.hygiene, inCleanUtilitySince };
}

/** The equipment's state at `now` from its events (applied by time, ties in the given order). */
export function equipmentHygieneOf(events: readonly EquipmentHygieneEvent[], rules: EquipmentHygieneRules, now: number): EquipmentHygiene {
  const ordered = events.map((event, index) => ({ event, index })).sort((a, b) => a.event.at - b.event.at || a.index - b.index);
  let track: EquipmentHygieneTrack = UNKNOWN_EQUIPMENT_HYGIENE;
  for (const { event } of ordered) {
    if (event.at > now) break;
    track = applyEquipmentHygieneEvent(track, event, rules);
  }
  return settleCleanUtilityDwell(track, rules, now).hygiene;
}
