/**
 * What the schema cannot say about a cabinet batch: that its times are real and within bounds, and its
 * expiry dates real calendar dates. Pure: the server's time comes in as `nowMs`.
 */
import { IssueList } from '../ble/issue-list.js';
import { checkEventTime, checkSentAt } from '../batch-times.js';
import type { CabinetBatch, CabinetEvent } from './cabinet-batch.js';

/**
 * An event may be this much older than its batch: a cabinet keeps working (and buffering) through a
 * network outage of a long weekend.
 */
export const MAX_CABINET_EVENT_AGE_MS = 4 * 24 * 3_600_000;
/** An event may be this much later than `sentAt` (both are the cabinet's clock: rounding only). */
export const MAX_CABINET_EVENT_LEAD_MS = 60_000;

export type CabinetBatchCheck = { readonly ok: true; readonly events: CabinetEvent[] } | { readonly ok: false; readonly issues: IssueList };

export function checkCabinetBatch(batch: CabinetBatch, nowMs: number): CabinetBatchCheck {
  const issues = new IssueList();
  const sentAtMs = checkSentAt(batch.sentAt, nowMs, 'cabinet', issues);
  const bounds = { maxAgeMs: MAX_CABINET_EVENT_AGE_MS, maxLeadMs: MAX_CABINET_EVENT_LEAD_MS };
  const events = batch.events.map((report, i): CabinetEvent => {
    const field = `events[${i}]`;
    const at = checkEventTime(report.ts, field, sentAtMs, bounds, issues);
    if (report.type !== 'count' && report.lot !== undefined && !isCalendarDate(report.lot.expiry)) issues.add(() => ({ field: `${field}.lot.expiry`, message: 'is not a real calendar date' }));
    const { ts: _ts, ...rest } = report;
    return { ...rest, at, field };
  });
  return issues.count > 0 ? { ok: false, issues } : { ok: true, events };
}

function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}
