import type { Alert } from '../../core/api/alerts.models';

/** The alerts page's tabs: `open` is every unresolved alert (the server's meaning, and the nav count). */
export type AlertTab = 'open' | 'acknowledged' | 'resolved';

export const ALERT_TABS: readonly { id: AlertTab; label: string }[] = [
  { id: 'open', label: 'Open' },
  { id: 'acknowledged', label: 'Acknowledged' },
  { id: 'resolved', label: 'Resolved' },
];

/** Whether an alert belongs in a tab (with a kind filter, or none). */
export function belongsIn(alert: Alert, tab: AlertTab, kind: string | null): boolean {
  if (kind !== null && alert.kind !== kind) return false;
  switch (tab) {
    case 'open':
      return alert.state !== 'resolved';
    case 'acknowledged':
      return alert.state === 'acknowledged';
    case 'resolved':
      return alert.state === 'resolved';
  }
}

/**
 * The list after an alert changed (a live event, or our own action): it takes its place, newest first
 * (by id, as the server orders), or leaves a tab it no longer belongs in.
 */
export function withAlert(alerts: readonly Alert[], changed: Alert, tab: AlertTab, kind: string | null): Alert[] {
  const others = alerts.filter((alert) => alert.id !== changed.id);
  if (!belongsIn(changed, tab, kind)) return others;
  return [...others, changed].sort((a, b) => b.id - a.id);
}
