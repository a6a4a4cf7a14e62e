import type { AlertKindDefinition } from '../alerts/alert-kinds.js';

/** An environment measure out of its limits past the start delay (docs/hygiene.md, "Environment alarms"). */
export const ENVIRONMENT_EXCURSION = 'environment.excursion';

/** A room's clean is overdue: a terminal clean past its 2 h, or the daily clean past 24 h (docs/hygiene.md, "Room cleaning"). */
export const CLEANING_OVERDUE = 'hygiene.cleaning_overdue';

/** The hygiene feature's alert kinds: infection control acts on them (admins always may). */
export const HYGIENE_ALERT_KINDS: readonly AlertKindDefinition[] = [
  { kind: ENVIRONMENT_EXCURSION, label: 'Environment out of limits', actingRoles: ['infection_control'] },
  { kind: CLEANING_OVERDUE, label: 'Room clean overdue', actingRoles: ['infection_control'] },
];
