import type { AlertDetail, AlertSeverity } from '../../../../../server/src/alerts/alert-condition';
import type { AlertState, AlertStateFilter } from '../../../../../server/src/alerts/alert-filter';
import type { Role } from './auth.models';

// Vocabularies imported type-only from the server's pure alert modules, like the floor-plan format.
export type { AlertDetail, AlertSeverity, AlertState, AlertStateFilter };

export const ALERT_SEVERITY_LABELS: Readonly<Record<AlertSeverity, string>> = {
  info: 'Info',
  warning: 'Warning',
  critical: 'Critical',
};

/**
 * The roles the server lets through to acknowledge and resolve at all (its `ALERT_ACTOR_ROLES`); each
 * kind narrows it further on the server, which answers 403 naming who may.
 */
export const ALERT_ACTOR_ROLES: readonly Role[] = ['admin', 'biomed', 'infection_control', 'pharmacy'];

export interface Alert {
  id: number;
  /** `equipment.missing`, `gateway.offline`, … */
  kind: string;
  conditionKey: string;
  state: AlertState;
  severity: AlertSeverity;
  title: string;
  detail: AlertDetail | null;
  /** What the alert is about: `asset`, `gateway`, `tag`, `par`, … and its id. */
  subjectType: string;
  subjectId: string;
  floorId: string | null;
  roomId: string | null;
  raisedAt: string;
  lastEvaluatedAt: string;
  acknowledgedAt: string | null;
  /** Username. */
  acknowledgedBy: string | null;
  acknowledgeNote: string | null;
  resolvedAt: string | null;
  /** Username, or `system` when the condition cleared by itself. */
  resolvedBy: string | null;
  resolution: 'auto_cleared' | 'resolved' | null;
  resolutionNote: string | null;
}

export interface AlertQuery {
  /** `open` (the default): every unresolved alert, acknowledged or not. */
  state?: AlertStateFilter;
  kind?: readonly string[];
  floor?: string;
  limit?: number;
  /** Only alerts older than this id: the last id of the previous page. */
  before?: number;
}

export interface AlertKindCount {
  kind: string;
  label: string;
  /** Who may acknowledge and resolve alerts of this kind (admin always). */
  actingRoles: Role[];
  open: number;
  unacknowledged: number;
  bySeverity: Record<AlertSeverity, number>;
}

/** `GET /api/alerts/summary`: open alerts counted, every known kind listed (with zeros). */
export interface AlertSummary {
  open: number;
  unacknowledged: number;
  byKind: AlertKindCount[];
}
