/**
 * Everything the engine remembers about a tag besides its gateway evidence, one typed-array
 * column per field (about 100 bytes a tag, no per-tag objects for the garbage collector).
 */
import { NO_PENDING, NO_TICK } from './gateway-evidence.js';
import { grown } from './typed-arrays.js';

export const NO_ROOM = -1;
export const NO_FLOOR = -1;
export const NO_BAND = 255;

/** Evidence building up against a tag's current floor or room (see challenger-test.ts). */
export class ChallengerTrack {
  /** The best alternative at the last tick the evidence was positive. */
  candidate = new Int32Array(0);
  /** Accumulated lead of the best alternative beyond the margin, margin units × seconds. */
  evidence = new Float64Array(0);
  /** Event time the candidate's current run of leads beyond the margin began (NaN between runs). */
  since = new Float64Array(0);

  resize(capacity: number): void {
    this.candidate = grown(this.candidate, capacity, -1);
    this.evidence = grown(this.evidence, capacity, 0);
    this.since = grown(this.since, capacity, NaN);
  }

  clear(tag: number): void {
    this.candidate[tag] = -1;
    this.evidence[tag] = 0;
    this.since[tag] = NaN;
  }
}

export class TagStates {
  /** Newest event time seen for the tag. */
  watermark = new Float64Array(0);
  /** Ticks up to this one (relative tick number) are final: evaluated, closed to sightings. */
  finalizedTick = new Int32Array(0);
  /** Earliest tick after `finalizedTick` that holds data (NO_PENDING if none). */
  pendingTick = new Int32Array(0);
  /** Whether any gateway evidence was usable at the last evaluation. */
  live = new Uint8Array(0);
  /** Event time the tag was first heard since it was last placed or lost. */
  heardSince = new Float64Array(0);
  /** RSSI at 1 m; NaN means the configured default. */
  referencePower = new Float32Array(0);
  /** The reference power came from configuration, so sightings may not override it. */
  referenceConfigured = new Uint8Array(0);

  floor = new Int32Array(0);
  room = new Int32Array(0);
  /** Whether the tag must be placed afresh (never placed, or lost and heard again). */
  unplaced = new Uint8Array(0);
  enteredAt = new Float64Array(0);
  readonly floorChallenge = new ChallengerTrack();
  readonly roomChallenge = new ChallengerTrack();

  x = new Float32Array(0);
  y = new Float32Array(0);
  confidence = new Float32Array(0);
  /** Event time of the last evaluation: what the position holds for. */
  stateTs = new Float64Array(0);

  reportedRoom = new Int32Array(0);
  reportedX = new Float32Array(0);
  reportedY = new Float32Array(0);
  reportedBand = new Uint8Array(0);
  /** Queued for the next drainChanges. */
  queued = new Uint8Array(0);

  resize(capacity: number): void {
    this.watermark = grown(this.watermark, capacity, -Infinity);
    this.finalizedTick = grown(this.finalizedTick, capacity, NO_TICK);
    this.pendingTick = grown(this.pendingTick, capacity, NO_PENDING);
    this.live = grown(this.live, capacity, 0);
    this.heardSince = grown(this.heardSince, capacity, 0);
    this.referencePower = grown(this.referencePower, capacity, NaN);
    this.referenceConfigured = grown(this.referenceConfigured, capacity, 0);
    this.floor = grown(this.floor, capacity, NO_FLOOR);
    this.room = grown(this.room, capacity, NO_ROOM);
    this.unplaced = grown(this.unplaced, capacity, 1);
    this.enteredAt = grown(this.enteredAt, capacity, 0);
    this.floorChallenge.resize(capacity);
    this.roomChallenge.resize(capacity);
    this.x = grown(this.x, capacity, 0);
    this.y = grown(this.y, capacity, 0);
    this.confidence = grown(this.confidence, capacity, 0);
    this.stateTs = grown(this.stateTs, capacity, 0);
    this.reportedRoom = grown(this.reportedRoom, capacity, NO_ROOM);
    this.reportedX = grown(this.reportedX, capacity, 0);
    this.reportedY = grown(this.reportedY, capacity, 0);
    this.reportedBand = grown(this.reportedBand, capacity, NO_BAND);
    this.queued = grown(this.queued, capacity, 0);
  }

  /** Back to the values a newly added tag starts with. */
  reset(tag: number): void {
    this.watermark[tag] = -Infinity;
    this.finalizedTick[tag] = NO_TICK;
    this.pendingTick[tag] = NO_PENDING;
    this.live[tag] = 0;
    this.heardSince[tag] = 0;
    this.referencePower[tag] = NaN;
    this.referenceConfigured[tag] = 0;
    this.floor[tag] = NO_FLOOR;
    this.room[tag] = NO_ROOM;
    this.unplaced[tag] = 1;
    this.enteredAt[tag] = 0;
    this.floorChallenge.clear(tag);
    this.roomChallenge.clear(tag);
    this.x[tag] = 0;
    this.y[tag] = 0;
    this.confidence[tag] = 0;
    this.stateTs[tag] = 0;
    this.reportedRoom[tag] = NO_ROOM;
    this.reportedX[tag] = 0;
    this.reportedY[tag] = 0;
    this.reportedBand[tag] = NO_BAND;
    this.queued[tag] = 0;
  }
}
