/**
 * The time rules every event batch (cabinet, hygiene device) shares: `sentAt` is near the server's clock,
 * and each event's time is real and not far from `sentAt` (both are the device's clock). Pure: the
 * server's time comes in as `nowMs`.
 */
import { MAX_SENT_AT_SKEW_MS } from './ble/ble-ingest-limits.js';
import type { IssueList } from './ble/issue-list.js';

export interface EventTimeBounds {
  /** An event may be this much older than its batch (the device buffers through an outage). */
  readonly maxAgeMs: number;
  /** An event may be this much later than `sentAt`: rounding only. */
  readonly maxLeadMs: number;
}

/** `sentAt` as epoch ms, or undefined (with an issue added) when it is not a date or too far from the clock. */
export function checkSentAt(sentAt: string, nowMs: number, device: string, issues: IssueList): number | undefined {
  const sentAtMs = Date.parse(sentAt);
  if (Number.isNaN(sentAtMs)) {
    issues.add(() => ({ field: 'sentAt', message: 'is not a valid date-time' }));
    return undefined;
  }
  if (Math.abs(sentAtMs - nowMs) > MAX_SENT_AT_SKEW_MS) {
    const hours = Math.round(Math.abs(sentAtMs - nowMs) / 3_600_000);
    issues.add(() => ({ field: 'sentAt', message: `is ${hours} h from the server's clock (at most ${MAX_SENT_AT_SKEW_MS / 3_600_000} h); set the ${device}'s clock` }));
    return undefined;
  }
  return sentAtMs;
}

/** An event's `ts` (ISO or epoch ms) as epoch ms, with an issue on `<field>.ts` when it is not real or out of bounds. */
export function checkEventTime(ts: string | number, field: string, sentAtMs: number | undefined, bounds: EventTimeBounds, issues: IssueList): number {
  const at = typeof ts === 'number' ? ts : Date.parse(ts);
  if (Number.isNaN(at)) issues.add(() => ({ field: `${field}.ts`, message: 'is not a valid date-time' }));
  else if (sentAtMs !== undefined && at < sentAtMs - bounds.maxAgeMs) issues.add(() => ({ field: `${field}.ts`, message: `is more than ${durationText(bounds.maxAgeMs)} before sentAt` }));
  else if (sentAtMs !== undefined && at > sentAtMs + bounds.maxLeadMs) issues.add(() => ({ field: `${field}.ts`, message: `is more than ${durationText(bounds.maxLeadMs)} after sentAt` }));
  return at;
}

function durationText(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000} days`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  return `${ms / 1000} s`;
}
