/**
 * The on-disk queue's bound: when its segments hold more than `maxBytes`, the oldest segments are
 * dropped whole, never the one being written, and the batches in them that were not yet delivered are
 * counted as dropped. Dropping whole segments keeps the policy to a file deletion; a segment is at most
 * a quarter of the bound (the config checks), so at least three quarters of the newest data is kept.
 */
export interface SegmentSize {
  readonly id: number;
  readonly bytes: number;
  /** Batches in it not yet delivered. */
  readonly pending: number;
}

export interface BoundDecision {
  /** Segment ids to delete, oldest first. */
  readonly drop: number[];
  /** Undelivered batches lost with them. */
  readonly droppedBatches: number;
}

/** `segments` oldest first; the last one is being written. */
export function enforceQueueBound(segments: readonly SegmentSize[], maxBytes: number): BoundDecision {
  let total = 0;
  for (const segment of segments) total += segment.bytes;
  const drop: number[] = [];
  let droppedBatches = 0;
  for (let i = 0; i < segments.length - 1 && total > maxBytes; i++) {
    drop.push(segments[i].id);
    droppedBatches += segments[i].pending;
    total -= segments[i].bytes;
  }
  return { drop, droppedBatches };
}
