import type { Alert, AlertSummary } from '../app/core/api/alerts.models';

export function alert(overrides: Partial<Alert> & Pick<Alert, 'id'>): Alert {
  return {
    kind: 'equipment.missing',
    conditionKey: `equipment.missing:asset:${overrides.id}`,
    state: 'unacknowledged',
    severity: 'warning',
    title: `Infusion pump EQ-00${overrides.id} missing`,
    detail: null,
    subjectType: 'asset',
    subjectId: String(overrides.id),
    floorId: 'main-1',
    roomId: null,
    raisedAt: '2026-03-02T08:00:00.000Z',
    lastEvaluatedAt: '2026-03-02T08:05:00.000Z',
    acknowledgedAt: null,
    acknowledgedBy: null,
    acknowledgeNote: null,
    resolvedAt: null,
    resolvedBy: null,
    resolution: null,
    resolutionNote: null,
    ...overrides,
  };
}

export function alertSummary(open: number): AlertSummary {
  const counts = (n: number) => ({ open: n, unacknowledged: n, bySeverity: { info: 0, warning: n, critical: 0 } });
  return {
    open,
    unacknowledged: open,
    byKind: [
      { kind: 'equipment.missing', label: 'Equipment missing', actingRoles: ['admin', 'biomed'], ...counts(open) },
      { kind: 'gateway.offline', label: 'Gateway offline', actingRoles: ['admin', 'biomed'], ...counts(0) },
      { kind: 'hygiene.room_overdue', label: 'Room cleaning overdue', actingRoles: ['admin', 'infection_control'], ...counts(0) },
    ],
  };
}
