import type { AuditReportInput, ComplianceSection } from '../audit-report.model.js';

/** 1 June 2026 00:00 in London (BST, UTC+1). */
export const JUNE_1_LONDON = Date.parse('2026-05-31T23:00:00Z');
const MINUTE = 60_000;
const HOUR = 3_600_000;

/**
 * Ward 4B over two days in June, hand-counted: 7 opportunities, 4 met (3 by badge). Room 1: 4 opportunities,
 * 3 met; room 2: 3 opportunities, 1 met. Day 1: 4 opportunities, 3 met; day 2: 3, 1 met.
 */
export const TWO_DAY_COMPLIANCE: ComplianceSection = {
  rules: { standard: { entry: { beforeMs: 30_000, afterMs: 15_000 }, exit: { beforeMs: 15_000, afterMs: 30_000 } }, isolation: { entry: { beforeMs: 90_000, afterMs: 5_000 }, exit: { beforeMs: 5_000, afterMs: 60_000 } }, minimumStayMs: 10_000 },
  total: { opportunities: 7, met: 4, metByBadge: 3, compliance: 4 / 7, activations: 6 },
  byRoom: [
    { key: '4b-room-1', label: 'Room 1', opportunities: 4, met: 3, metByBadge: 2, compliance: 0.75 },
    { key: '4b-room-2', label: 'Room 2', opportunities: 3, met: 1, metByBadge: 1, compliance: 1 / 3 },
  ],
  byRole: [
    { key: 'environmental_services', label: 'environmental_services', opportunities: 2, met: 0, metByBadge: 0, compliance: 0 },
    { key: 'nurse', label: 'nurse', opportunities: 5, met: 4, metByBadge: 3, compliance: 0.8 },
  ],
  byShift: [
    { key: 'day', label: 'day', opportunities: 6, met: 4, metByBadge: 3, compliance: 4 / 6 },
    { key: 'night', label: 'night', opportunities: 1, met: 0, metByBadge: 0, compliance: 0 },
  ],
  byKind: [
    { key: 'entry', label: 'entry', opportunities: 4, met: 3, metByBadge: 2, compliance: 0.75 },
    { key: 'exit', label: 'exit', opportunities: 3, met: 1, metByBadge: 1, compliance: 1 / 3 },
  ],
  trend: [
    { day: '2026-06-01', opportunities: 4, met: 3, metByBadge: 2, compliance: 0.75 },
    { day: '2026-06-02', opportunities: 3, met: 1, metByBadge: 1, compliance: 1 / 3 },
  ],
};

export function twoDayReportInput(overrides: Partial<AuditReportInput> = {}): AuditReportInput {
  return {
    siteName: 'Main hospital',
    unit: 'Ward 4B',
    from: JUNE_1_LONDON,
    to: JUNE_1_LONDON + 48 * HOUR,
    timeZone: 'Europe/London',
    generatedAt: JUNE_1_LONDON + 50 * HOUR + 5 * MINUTE,
    generatedBy: 'infection',
    compliance: TWO_DAY_COMPLIANCE,
    groupLevel: null,
    cleaningLog: [
      { at: JUNE_1_LONDON + 10 * HOUR, roomName: 'Room 2', type: 'verification', kind: null, method: 'atp', passed: false, value: 412, performedBy: null, recordedBy: 'infection' },
      { at: JUNE_1_LONDON + 9 * HOUR, roomName: 'Room 1', type: 'cleaning_completed', kind: 'terminal', method: null, passed: null, value: null, performedBy: 'evs-12', recordedBy: null },
      { at: JUNE_1_LONDON + 8 * HOUR + 30 * MINUTE, roomName: 'Room 1', type: 'cleaning_started', kind: 'terminal', method: null, passed: null, value: null, performedBy: 'evs-12', recordedBy: null },
      { at: JUNE_1_LONDON + 7 * HOUR, roomName: 'Room 1', type: 'discharge', kind: null, method: null, passed: null, value: null, performedBy: null, recordedBy: 'infection' },
    ],
    excursions: [
      {
        roomName: 'Med room',
        deviceId: '4b-env-1',
        measure: 'temperature',
        limitMin: 2,
        limitMax: 8,
        startedAt: JUNE_1_LONDON + 13 * HOUR + 20 * MINUTE,
        alarmedAt: JUNE_1_LONDON + 13 * HOUR + 35 * MINUTE,
        endedAt: JUNE_1_LONDON + 14 * HOUR + 15 * MINUTE,
        worstValue: 9.4,
        acknowledgedBy: 'infection',
        correctiveNote: 'Door seal replaced, stock checked: "all within range", kept',
        resolvedBy: 'infection',
      },
      {
        roomName: 'Room 3',
        deviceId: '4b-env-3',
        measure: 'pressure_differential',
        limitMin: null,
        limitMax: -2.5,
        startedAt: JUNE_1_LONDON + 46 * HOUR,
        alarmedAt: JUNE_1_LONDON + 46 * HOUR + 2 * MINUTE,
        endedAt: null,
        worstValue: -0.75,
        acknowledgedBy: null,
        correctiveNote: null,
        resolvedBy: null,
      },
    ],
    ...overrides,
  };
}
