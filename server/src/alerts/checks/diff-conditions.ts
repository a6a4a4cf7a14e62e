import type { AlertCondition, AlertDetail, AlertSeverity } from '../alert-condition.js';

/** What the diff needs to know about an open alert of the check's kind. */
export interface OpenAlertState {
  id: number;
  key: string;
  severity: AlertSeverity;
  title: string;
  detail: AlertDetail | null;
  floorId: string | null;
  roomId: string | null;
}

/** What a check run changes: new conditions are raised, changed ones updated, gone ones cleared. */
export interface ConditionDiff {
  raise: AlertCondition[];
  /** Still active, but the severity, title, place or detail changed (a PM that became overdue). */
  update: Array<{ id: number; condition: AlertCondition }>;
  /** Still active and unchanged: only `lastEvaluatedAt` moves on. */
  confirm: number[];
  /** No longer active: auto-cleared. */
  clear: OpenAlertState[];
}

/**
 * Compares the conditions a check found active with the open alerts of its kind. A key listed twice
 * in `active` counts once (the first wins): one condition, one alert.
 */
export function diffConditions(active: readonly AlertCondition[], open: readonly OpenAlertState[]): ConditionDiff {
  const openByKey = new Map(open.map((alert) => [alert.key, alert]));
  const seen = new Set<string>();
  const diff: ConditionDiff = { raise: [], update: [], confirm: [], clear: [] };
  for (const condition of active) {
    if (seen.has(condition.key)) continue;
    seen.add(condition.key);
    const existing = openByKey.get(condition.key);
    if (existing === undefined) diff.raise.push(condition);
    else if (differs(existing, condition)) diff.update.push({ id: existing.id, condition });
    else diff.confirm.push(existing.id);
  }
  for (const alert of open) if (!seen.has(alert.key)) diff.clear.push(alert);
  return diff;
}

/** Whether raising `condition` again would change what the open alert shows. */
export function differs(alert: Omit<OpenAlertState, 'id' | 'key'>, condition: AlertCondition): boolean {
  return (
    alert.severity !== condition.severity ||
    alert.title !== condition.title ||
    alert.floorId !== condition.floorId ||
    alert.roomId !== condition.roomId ||
    canonicalJson(alert.detail ?? {}) !== canonicalJson(condition.detail)
  );
}

/** JSON with keys sorted: a detail read back from the database compares equal to a fresh one. */
function canonicalJson(detail: AlertDetail): string {
  return JSON.stringify(Object.keys(detail).sort().map((key) => [key, detail[key]]));
}
