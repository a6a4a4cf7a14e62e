/**
 * The ground truth of one tag: where it really is at every moment, as a chain of segments, each
 * inside one room with the tag moving in a straight line at constant speed (or standing still). The
 * chain is built lazily by the tag's planner as far as anyone asks, and is the same however far or in
 * whatever order it is asked (the planner draws from its own seeded stream).
 *
 * Room changes happen at segment boundaries: the moment the tag passes a door point, or halfway
 * through a floor change. The transitions list records each one; the first entry has
 * `fromRoomId: null` (the tag appearing at the start), as the location engine reports a first placement.
 */

export interface TrackSegment {
  /** Event time the segment starts (inclusive) and ends (exclusive), epoch ms. */
  readonly t0: number;
  readonly t1: number;
  readonly floorId: string;
  /** Index of the floor in `BuildingModel.floors` (what the radio needs). */
  readonly floorIndex: number;
  readonly roomId: string;
  /** Position at t0 and at t1, plan metres; equal while the tag stands still. */
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface TruePosition {
  floorId: string;
  roomId: string;
  x: number;
  y: number;
}

export interface TrueRoomTransition {
  /** Event time the tag entered `toRoomId`, epoch ms. */
  ts: number;
  fromRoomId: string | null;
  fromFloorId: string | null;
  toRoomId: string;
  toFloorId: string;
}

/** What callers of the simulation read of a tag's track (the planner alone writes it). */
export interface GroundTruth {
  readonly tagId: string;
  readonly startTs: number;
  /** Segments built so far, in time order (`ensure` builds further). */
  readonly segments: readonly TrackSegment[];
  ensure(ts: number): void;
  positionAt(ts: number): TruePosition;
  roomAt(ts: number): string;
  transitionsBetween(fromTs: number, toTs: number): TrueRoomTransition[];
}

/** Extends a track: appends segments until `track.endTs > untilTs`. */
export interface TrackPlanner {
  extend(track: TagTrack, untilTs: number): void;
}

export class TagTrack implements GroundTruth {
  private readonly segmentList: TrackSegment[] = [];
  private readonly transitionList: TrueRoomTransition[] = [];

  constructor(
    readonly tagId: string,
    readonly startTs: number,
    private readonly planner: TrackPlanner,
  ) {}

  /** Event time up to which the track is built (exclusive). */
  get endTs(): number {
    const last = this.segmentList[this.segmentList.length - 1];
    return last ? last.t1 : this.startTs;
  }

  /** Segments built so far, in time order. */
  get segments(): readonly TrackSegment[] {
    return this.segmentList;
  }

  /** Appends a segment starting where the track ends. For planners. */
  append(segment: TrackSegment): void {
    if (segment.t0 !== this.endTs) throw new RangeError(`segment starts at ${segment.t0}, track ends at ${this.endTs}`);
    if (!(segment.t1 > segment.t0)) throw new RangeError('a segment must last longer than zero');
    const last = this.segmentList[this.segmentList.length - 1];
    if (!last || last.roomId !== segment.roomId) {
      this.transitionList.push({
        ts: segment.t0,
        fromRoomId: last ? last.roomId : null,
        fromFloorId: last ? last.floorId : null,
        toRoomId: segment.roomId,
        toFloorId: segment.floorId,
      });
    }
    this.segmentList.push(segment);
  }

  /** Builds the track at least to just past `ts`. */
  ensure(ts: number): void {
    while (this.endTs <= ts) {
      const before = this.endTs;
      this.planner.extend(this, ts);
      if (this.endTs <= before) throw new Error(`the planner of ${this.tagId} made no progress at ${before}`);
    }
  }

  /**
   * Index of the segment holding `ts`; `hint` (a previous answer) makes monotonic scans O(1).
   * @throws RangeError before the track starts.
   */
  segmentIndexAt(ts: number, hint = 0): number {
    if (ts < this.startTs) throw new RangeError(`${ts} is before the track of ${this.tagId} starts (${this.startTs})`);
    this.ensure(ts);
    const segments = this.segmentList;
    let i = hint >= 0 && hint < segments.length && segments[hint].t0 <= ts ? hint : 0;
    if (segments[i].t1 > ts) return i;
    if (i + 1 < segments.length && segments[i + 1].t1 > ts) return i + 1;
    // Binary search for the first segment ending after ts.
    let low = i;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (segments[mid].t1 > ts) high = mid;
      else low = mid + 1;
    }
    i = low;
    return i;
  }

  segment(index: number): TrackSegment {
    return this.segmentList[index];
  }

  /** Where the tag truly is at `ts`. */
  positionAt(ts: number): TruePosition {
    const segment = this.segmentList[this.segmentIndexAt(ts)];
    const [x, y] = pointOnSegment(segment, ts);
    return { floorId: segment.floorId, roomId: segment.roomId, x, y };
  }

  /** The room the tag is truly in at `ts`. */
  roomAt(ts: number): string {
    return this.segmentList[this.segmentIndexAt(ts)].roomId;
  }

  /** Room changes with `fromTs ≤ ts < toTs` (the initial placement included when it falls inside). */
  transitionsBetween(fromTs: number, toTs: number): TrueRoomTransition[] {
    this.ensure(toTs);
    return this.transitionList.filter((transition) => transition.ts >= fromTs && transition.ts < toTs);
  }
}

/** Position on a segment at `ts` (linear in time). */
export function pointOnSegment(segment: TrackSegment, ts: number): [number, number] {
  if (segment.x0 === segment.x1 && segment.y0 === segment.y1) return [segment.x0, segment.y0];
  const f = (ts - segment.t0) / (segment.t1 - segment.t0);
  return [segment.x0 + f * (segment.x1 - segment.x0), segment.y0 + f * (segment.y1 - segment.y0)];
}
