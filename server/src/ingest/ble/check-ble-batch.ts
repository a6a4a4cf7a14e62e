/**
 * What the schema cannot say about a batch: that its times are real dates within the bounds of
 * ble-ingest-limits.ts, and that each pre-parsed beacon reads as a frame. Runs before anything is
 * recorded, so a batch is accepted or rejected whole. Pure: the server's time comes in as `nowMs`.
 */
import { beaconFromJson, type TagFrame } from '../../../../libs/beacon/index.js';
import type { BleBatch } from './ble-batch.js';
import { MAX_SENT_AT_SKEW_MS, MAX_SIGHTING_AGE_MS, MAX_SIGHTING_LEAD_MS } from './ble-ingest-limits.js';
import { IssueList } from './issue-list.js';

/** A batch's times as epoch ms and its pre-parsed beacons as frames, by sighting index. */
export interface CheckedBleBatch {
  readonly sentAtMs: number;
  readonly tsMs: Float64Array;
  /** The frame of each `beacon` sighting (undefined for `adv` ones); undefined when the batch has none. */
  readonly beacons: ReadonlyArray<TagFrame | undefined> | undefined;
}

export type BleBatchCheck = { readonly ok: true; readonly checked: CheckedBleBatch } | { readonly ok: false; readonly issues: IssueList };

export function checkBleBatch(batch: BleBatch, nowMs: number): BleBatchCheck {
  const issues = new IssueList();
  const sentAtMs = Date.parse(batch.sentAt);
  if (Number.isNaN(sentAtMs)) {
    issues.add(() => ({ field: 'sentAt', message: 'is not a valid date-time' }));
  } else if (Math.abs(sentAtMs - nowMs) > MAX_SENT_AT_SKEW_MS) {
    const hours = Math.round(Math.abs(sentAtMs - nowMs) / 3_600_000);
    issues.add(() => ({ field: 'sentAt', message: `is ${hours} h from the server's clock (at most ${MAX_SENT_AT_SKEW_MS / 3_600_000} h); set the gateway's clock` }));
  }
  const sentAtKnown = issues.count === 0;

  const count = batch.sightings.length;
  const tsMs = new Float64Array(count);
  let beacons: Array<TagFrame | undefined> | undefined;
  for (let i = 0; i < count; i++) {
    const sighting = batch.sightings[i];
    const ts = typeof sighting.ts === 'number' ? sighting.ts : Date.parse(sighting.ts);
    tsMs[i] = ts;
    if (Number.isNaN(ts)) issues.add(() => ({ field: `sightings[${i}].ts`, message: 'is not a valid date-time' }));
    else if (sentAtKnown && ts < sentAtMs - MAX_SIGHTING_AGE_MS) {
      issues.add(() => ({ field: `sightings[${i}].ts`, message: `is more than ${MAX_SIGHTING_AGE_MS / 3_600_000} h before sentAt` }));
    } else if (sentAtKnown && ts > sentAtMs + MAX_SIGHTING_LEAD_MS) {
      issues.add(() => ({ field: `sightings[${i}].ts`, message: `is more than ${MAX_SIGHTING_LEAD_MS / 1000} s after sentAt (milliseconds, not microseconds?)` }));
    }
    if (sighting.beacon === undefined) continue;
    const read = beaconFromJson(sighting.beacon);
    if (read.ok) (beacons ??= new Array<TagFrame | undefined>(count))[i] = read.frame;
    else for (const issue of read.issues) issues.add(() => ({ field: `sightings[${i}].beacon${issue.field ? `.${issue.field}` : ''}`, message: issue.message }));
  }
  return issues.count > 0 ? { ok: false, issues } : { ok: true, checked: { sentAtMs, tsMs, beacons } };
}
