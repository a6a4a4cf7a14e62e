/**
 * What the schema cannot say about a cabinet batch: that its times are real and within bounds, and its
 * expiry dates real calendar dates. Pure: the server's time comes in as `nowMs`.
 */
import { IssueList } from '../ble/issue-list.js';
import { MAX_SENT_AT_SKEW_MS } from '../ble/ble-ingest-limits.js';
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
  const sentAtMs = Date.parse(batch.sentAt);
  if (Number.isNaN(sentAtMs)) issues.add(() => ({ field: 'sentAt', message: 'is not a valid date-time' }));
  else if (Math.abs(sentAtMs - nowMs) > MAX_SENT_AT_SKEW_MS) {
    const hours = Math.round(Math.abs(sentAtMs - nowMs) / 3_600_000);
    issues.add(() => ({ field: 'sentAt', message: `is ${hours} h from the server's clock (at most ${MAX_SENT_AT_SKEW_MS / 3_600_000} h); set the cabinet's clock` }));
  }
  const sentAtKnown = issues.count === 0;
  const events = batch.events.map((report, i): CabinetEvent => {
    const field = `events[${i}]`;
    const at = typeof report.ts === 'number' ? report.ts : Date.parse(report.ts);
    if (Number.isNaN(at)) issues.add(() => ({ field: `${field}.ts`, message: 'is not a valid date-time' }));
    else if (sentAtKnown && at < sentAtMs - MAX_CABINET_EVENT_AGE_MS) issues.add(() => ({ field: `${field}.ts`, message: `is more than ${MAX_CABINET_EVENT_AGE_MS / 86_400_000} days before sentAt` }));
    else if (sentAtKnown && at > sentAtMs + MAX_CABINET_EVENT_LEAD_MS) issues.add(() => ({ field: `${field}.ts`, message: `is more than ${MAX_CABINET_EVENT_LEAD_MS / 1000} s after sentAt` }));
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
