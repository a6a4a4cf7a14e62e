import type { AlertKindDefinition } from '../alerts/alert-kinds.js';

/** An environment measure out of its limits past the start delay (docs/hygiene.md, "Environment alarms"). */
export const ENVIRONMENT_EXCURSION = 'environment.excursion';

/** The hygiene feature's alert kinds: infection control acts on them (admins always may). */
export const HYGIENE_ALERT_KINDS: readonly AlertKindDefinition[] = [{ kind: ENVIRONMENT_EXCURSION, label: 'Environment out of limits', actingRoles: ['infection_control'] }];
