/** What the location feature hands to other features. Times are epoch milliseconds of event time. */
import type { EngineStats, PositionUpdate, RoomTransition } from './engine/engine-types.js';

/** A tag's current position and when it was last heard. */
export interface TagLocation extends PositionUpdate {
  /**
   * Newest event time a sighting of the tag carried. May be before `ts`: the engine keeps evaluating
   * (and ageing) a tag that has gone silent.
   */
  lastSeen: number;
}

/** A tag the engine tracks, placed or not yet (heard by gateways too briefly or too weakly). */
export interface HeardTag {
  tagId: string;
  lastSeen: number;
  position: PositionUpdate | null;
}

/** One stay of a tag in a room: entered at `enteredAt`, left at `leftAt` (null: still there, as far as is known). */
export interface RoomVisit {
  tagId: string;
  roomId: string;
  enteredAt: number;
  leftAt: number | null;
}

export interface TagHistory {
  tagId: string;
  /** Room transitions entered in the requested range, oldest first, preceded by the one in effect at its start. */
  transitions: RoomTransition[];
  current: TagLocation | null;
}

/** In-process change events, for realtime push and alerts. */
export type LocationChange = { kind: 'position'; update: TagLocation } | { kind: 'transition'; transition: RoomTransition };

/** Called synchronously on the advance timer: must be quick (queue the work), must not throw. */
export type LocationChangeListener = (change: LocationChange) => void;

export interface WriteQueueStats {
  /** Positions waiting to be written (one per tag at most) and transitions waiting. */
  queuedPositions: number;
  queuedTransitions: number;
  /** Rows of the flush being written now. */
  inFlight: number;
  /** Successful flushes that wrote anything, and the rows they wrote. */
  flushes: number;
  positionsWritten: number;
  transitionsWritten: number;
  /** Failed flush attempts since start, and in a row now (0 when the last one worked). */
  failedFlushes: number;
  consecutiveFailures: number;
  lastFlush: { at: number; durationMs: number; positions: number; transitions: number } | null;
}

export interface LocationStats {
  engine: EngineStats;
  /** Tags out of the engine after FORGET_SILENT_TAGS_AFTER_MS of silence; their last position is still served. */
  dormantTags: number;
  site: { floors: number; rooms: number; gateways: number; builtAt: number };
  queue: WriteQueueStats;
}
