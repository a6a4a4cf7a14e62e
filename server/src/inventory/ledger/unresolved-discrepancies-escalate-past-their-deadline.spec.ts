import { DEFAULT_DISCREPANCY_DEADLINES, discrepancyDeadline, overdueDiscrepancies } from './controlled-substances.js';

const HOUR = 3_600_000;
const found = Date.UTC(2026, 10, 26, 8, 0);

describe('unresolved discrepancies escalate past their deadline', () => {
  const controlled = { id: 1, controlled: true, detectedAt: found, deadlineAt: discrepancyDeadline(found, true), resolvedAt: null };
  const other = { id: 2, controlled: false, detectedAt: found, deadlineAt: discrepancyDeadline(found, false), resolvedAt: null };

  it('gives controlled substances until the end of the shift (12 h) and other items three days', () => {
    expect(controlled.deadlineAt - found).toBe(12 * HOUR);
    expect(other.deadlineAt - found).toBe(72 * HOUR);
    expect(DEFAULT_DISCREPANCY_DEADLINES).toEqual({ controlledMs: 12 * HOUR, otherMs: 72 * HOUR });
  });

  it('escalates the controlled one after 12 h, the other after 72 h, and neither once resolved', () => {
    expect(overdueDiscrepancies([controlled, other], found + 12 * HOUR)).toEqual([]);
    expect(overdueDiscrepancies([controlled, other], found + 12 * HOUR + 1).map((d) => d.id)).toEqual([1]);
    expect(overdueDiscrepancies([controlled, other], found + 73 * HOUR).map((d) => d.id)).toEqual([1, 2]);
    expect(overdueDiscrepancies([{ ...controlled, resolvedAt: found + HOUR }], found + 80 * HOUR)).toEqual([]);
  });
});
