/**
 * What a check says is true right now: a condition that deserves one open alert for as long as it
 * holds. Pure data; the checks in ./checks produce these and AlertsService turns them into alerts.
 */

export const ALERT_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/**
 * Condition keys are the unique key of open alerts: varchar(255) is 1,020 bytes in utf8mb4, inside
 * InnoDB's 3,072-byte index key limit (DYNAMIC rows, the default since MySQL 5.7.9 and MariaDB 10.2).
 */
export const MAX_CONDITION_KEY_LENGTH = 255;

/** Small, flat context shown with the alert. Dates as ISO strings, so a stored detail compares equal to a fresh one. */
export type AlertDetail = Record<string, string | number | boolean | null>;

export interface AlertCondition {
  /** `equipment.missing`, `gateway.offline`, …: the family of the condition (see alert-kinds.ts). */
  kind: string;
  /** `<kind>:<subjectType>:<subjectId>`: at most one open alert per key. */
  key: string;
  severity: AlertSeverity;
  title: string;
  detail: AlertDetail;
  /** What the alert is about: `asset`, `gateway`, `tag`, `par`, … and its id. */
  subjectType: string;
  subjectId: string;
  /** Where it is, when known: for the map and the floor filter. */
  floorId: string | null;
  roomId: string | null;
}

/** The key of the condition `kind` about one subject, e.g. `equipment.missing:asset:42`. */
export function conditionKey(kind: string, subjectType: string, subjectId: string): string {
  return `${kind}:${subjectType}:${subjectId}`;
}

/** A condition with its key derived from kind and subject, so no check spells a key by hand. */
export function alertCondition(fields: Omit<AlertCondition, 'key' | 'floorId' | 'roomId'> & Partial<Pick<AlertCondition, 'floorId' | 'roomId'>>): AlertCondition {
  return {
    ...fields,
    key: conditionKey(fields.kind, fields.subjectType, fields.subjectId),
    floorId: fields.floorId ?? null,
    roomId: fields.roomId ?? null,
  };
}
