/**
 * Scores the location engine against the simulator's ground truth. Definitions (also in the report):
 *
 * - **Room accuracy (time-weighted)**: every second of event time after the warm-up, per tag, is the
 *   room the engine reports *at that moment* (fed every sighting so far, event time advanced to now,
 *   as the live service sees it) the room the tag is really in? Unplaced counts as wrong. The share of
 *   correct tag-seconds.
 * - **x/y error**: at the same instants, the distance between the reported and the true x/y, over the
 *   tag-seconds where the engine has the right floor (the rest are counted apart).
 * - **Room-change detection delay**: for each true entry into a room where the tag then stays at least
 *   STOP_MS (a stop, not a corridor passed through), the time from the entry to the first instant the
 *   engine reports that room. An entry never reported during the stay is "missed".
 * - **False room changes**: engine room changes (first placements excepted) that no true entry into
 *   the same room explains: matched one to one, greedily in time, with a true entry between
 *   MATCH_BEFORE_MS before and MATCH_AFTER_MS after the moment the engine decided. Per tag-hour scored.
 * - **Dating error**: for matched changes, the engine's `enteredAt` minus the true entry time.
 */
import type { RoomTransition } from '../../server/src/location/engine/engine-types.js';
import type { GroundTruth, TrueRoomTransition } from '../../server/src/simulator/index.js';
import { Histogram, spreadOf, type Spread } from '../support/percentiles.js';

/** A true room entry counts as a stop (one the engine should report) when the tag stays this long. */
export const STOP_MS = 60_000;
/** An engine change is explained by a true entry into its room this long before the decision … */
export const MATCH_BEFORE_MS = 120_000;
/** … or this long after it (the engine may decide at the door, a moment before the tag is through). */
export const MATCH_AFTER_MS = 10_000;

export interface GroupScore {
  tags: number;
  tagHours: number;
  tagSeconds: number;
  correctSeconds: number;
  unplacedSeconds: number;
  wrongFloorSeconds: number;
  roomAccuracy: number;
  xyErrorMedianM: number;
  xyErrorP90M: number;
  trueStops: number;
  detectionDelayS: Spread;
  missedStops: number;
  engineChanges: number;
  falseChanges: number;
  falseChangesPerTagHour: number;
  worstTagFalseChanges: number;
  datingErrorS: { p50Abs: number; p95Abs: number; median: number };
}

/** One engine's view of one tag over the run. */
export class TagRecord {
  /** The engine's reported room at each second, as changes only: [event time, room id or null]. */
  readonly liveRooms: Array<[number, string | null]> = [];
  /** Drained transitions with the event time they were decided at (the drain). */
  readonly changes: Array<{ decidedAt: number; transition: RoomTransition }> = [];

  noteRoom(ts: number, roomId: string | null): void {
    const last = this.liveRooms[this.liveRooms.length - 1];
    if (!last || last[1] !== roomId) this.liveRooms.push([ts, roomId]);
  }
}

/** Accumulates one group of tags for one engine during the run; `finish` adds the after-run metrics. */
export class GroupAccumulator {
  tags = 0;
  tagSeconds = 0;
  correctSeconds = 0;
  unplacedSeconds = 0;
  wrongFloorSeconds = 0;
  readonly xyError = new Histogram(0.05, 100);
  private readonly delaysMs: number[] = [];
  private readonly datingErrorsMs: number[] = [];
  private trueStops = 0;
  private missedStops = 0;
  private engineChanges = 0;
  private falseChanges = 0;
  private worstTagFalseChanges = 0;

  /** Scores one tag's record against its ground truth over [scoreFrom, endTs). */
  addTag(record: TagRecord, truth: GroundTruth, startTs: number, scoreFrom: number, endTs: number): void {
    this.tags++;
    const truths = truth.transitionsBetween(startTs, endTs);
    this.scoreStops(record, truths, startTs, scoreFrom, endTs);
    const falseChanges = this.scoreChanges(record, truths, scoreFrom);
    this.worstTagFalseChanges = Math.max(this.worstTagFalseChanges, falseChanges);
  }

  private scoreStops(record: TagRecord, truths: readonly TrueRoomTransition[], startTs: number, scoreFrom: number, endTs: number): void {
    for (let i = 0; i < truths.length; i++) {
      const entry = truths[i];
      if (entry.fromRoomId === null || entry.ts < scoreFrom) continue;
      const leftAt = i + 1 < truths.length ? truths[i + 1].ts : endTs;
      if (leftAt - entry.ts < STOP_MS) continue;
      this.trueStops++;
      const seen = firstReportedAt(record.liveRooms, entry.toRoomId, entry.ts, leftAt, startTs);
      if (seen === undefined) this.missedStops++;
      else this.delaysMs.push(seen - entry.ts);
    }
  }

  private scoreChanges(record: TagRecord, truths: readonly TrueRoomTransition[], scoreFrom: number): number {
    const used = new Uint8Array(truths.length);
    let falseChanges = 0;
    for (const { decidedAt, transition } of record.changes) {
      if (transition.fromRoomId === null || decidedAt < scoreFrom) continue;
      this.engineChanges++;
      let match = -1;
      for (let i = 0; i < truths.length; i++) {
        const entry = truths[i];
        if (used[i] || entry.fromRoomId === null || entry.toRoomId !== transition.toRoomId) continue;
        if (entry.ts >= decidedAt - MATCH_BEFORE_MS && entry.ts <= decidedAt + MATCH_AFTER_MS) {
          match = i;
          break;
        }
      }
      if (match < 0) {
        falseChanges++;
        continue;
      }
      used[match] = 1;
      this.datingErrorsMs.push(transition.enteredAt - truths[match].ts);
    }
    this.falseChanges += falseChanges;
    return falseChanges;
  }

  finish(scoredHoursPerTag: number): GroupScore {
    const tagHours = this.tags * scoredHoursPerTag;
    const absDating = this.datingErrorsMs.map(Math.abs);
    return {
      tags: this.tags,
      tagHours,
      tagSeconds: this.tagSeconds,
      correctSeconds: this.correctSeconds,
      unplacedSeconds: this.unplacedSeconds,
      wrongFloorSeconds: this.wrongFloorSeconds,
      roomAccuracy: this.tagSeconds > 0 ? this.correctSeconds / this.tagSeconds : Number.NaN,
      xyErrorMedianM: this.xyError.quantile(0.5),
      xyErrorP90M: this.xyError.quantile(0.9),
      trueStops: this.trueStops,
      detectionDelayS: scaled(spreadOf(this.delaysMs), 1 / 1000),
      missedStops: this.missedStops,
      engineChanges: this.engineChanges,
      falseChanges: this.falseChanges,
      falseChangesPerTagHour: tagHours > 0 ? this.falseChanges / tagHours : Number.NaN,
      worstTagFalseChanges: this.worstTagFalseChanges,
      datingErrorS: {
        p50Abs: spreadOf(absDating).p50 / 1000,
        p95Abs: spreadOf(absDating).p95 / 1000,
        median: spreadOf(this.datingErrorsMs).p50 / 1000,
      },
    };
  }

  /** Adds another accumulator's counts (for the all-tags line). */
  absorb(other: GroupAccumulator): void {
    this.tags += other.tags;
    this.tagSeconds += other.tagSeconds;
    this.correctSeconds += other.correctSeconds;
    this.unplacedSeconds += other.unplacedSeconds;
    this.wrongFloorSeconds += other.wrongFloorSeconds;
    this.xyError.merge(other.xyError);
    this.delaysMs.push(...other.delaysMs);
    this.datingErrorsMs.push(...other.datingErrorsMs);
    this.trueStops += other.trueStops;
    this.missedStops += other.missedStops;
    this.engineChanges += other.engineChanges;
    this.falseChanges += other.falseChanges;
    this.worstTagFalseChanges = Math.max(this.worstTagFalseChanges, other.worstTagFalseChanges);
  }
}

/**
 * The first sampled instant in [from, until) at which the live timeline shows `roomId`. Samples are
 * taken at every report-window end (whole seconds after `startTs`), so the first one at or after
 * `from` is the first chance the engine had.
 */
function firstReportedAt(timeline: ReadonlyArray<[number, string | null]>, roomId: string, from: number, until: number, startTs: number): number | undefined {
  const firstSample = startTs + Math.ceil((from - startTs) / 1000) * 1000;
  if (firstSample >= until) return undefined;
  let i = 0;
  let current: string | null = null;
  while (i < timeline.length && timeline[i][0] <= firstSample) current = timeline[i++][1];
  if (current === roomId) return firstSample;
  for (; i < timeline.length && timeline[i][0] < until; i++) if (timeline[i][1] === roomId) return timeline[i][0];
  return undefined;
}

function scaled(spread: Spread, factor: number): Spread {
  return { count: spread.count, p50: spread.p50 * factor, p95: spread.p95 * factor, p99: spread.p99 * factor, max: spread.max * factor };
}
