/** Which alerts a list shows. `open` is every unresolved alert, acknowledged or not. */
export const ALERT_STATE_FILTERS = ['open', 'unacknowledged', 'acknowledged', 'resolved', 'all'] as const;
export type AlertStateFilter = (typeof ALERT_STATE_FILTERS)[number];

export interface AlertFilter {
  state: AlertStateFilter;
  /** Any of these kinds; all kinds when absent. */
  kinds?: readonly string[];
  floorId?: string;
  /** Raised at or after. */
  since?: Date;
  limit: number;
  /** Alerts with an id below this (the last id of the previous page). */
  before?: number;
}

/** An alert's state as people read it. */
export type AlertState = 'unacknowledged' | 'acknowledged' | 'resolved';

export function alertState(alert: { acknowledgedAt: Date | null; resolvedAt: Date | null }): AlertState {
  if (alert.resolvedAt !== null) return 'resolved';
  return alert.acknowledgedAt !== null ? 'acknowledged' : 'unacknowledged';
}
