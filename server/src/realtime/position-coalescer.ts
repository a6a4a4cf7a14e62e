import type { PositionUpdate } from '../location/engine/engine-types.js';

/** A tag's position as the `position` event carries it: the location engine's update (times epoch ms). */
export type PositionMessage = PositionUpdate;

export interface CoalescerLimits {
  /** At most one update per tag per this many ms. */
  minIntervalMs: number;
  /** Tags waiting at most; past it the oldest waiting update is dropped. */
  maxPending: number;
  /** Updates per message at most; the rest wait for the next one. */
  maxPerMessage: number;
}

/**
 * One client's waiting position updates: only the latest per tag is kept (a newer one replaces it),
 * a tag is sent at most once per `minIntervalMs`, and at most `maxPending` tags wait, so a client
 * that reads slowly costs bounded memory and gets the newest positions, not a backlog. Pure: time
 * comes in with `take`.
 */
export class PositionCoalescer {
  private readonly pending = new Map<string, PositionMessage>();
  private readonly lastSentAt = new Map<string, number>();
  private droppedSinceTake = 0;

  constructor(private readonly limits: CoalescerLimits) {}

  get waiting(): number {
    return this.pending.size;
  }

  offer(update: PositionMessage): void {
    if (this.pending.has(update.tagId)) {
      // Re-inserted so the map's order stays "least recently updated first".
      this.pending.delete(update.tagId);
    } else if (this.pending.size >= this.limits.maxPending) {
      const oldest = this.pending.keys().next().value as string;
      this.pending.delete(oldest);
      this.droppedSinceTake++;
    }
    this.pending.set(update.tagId, update);
  }

  /** The updates due at `now` (their tag not sent within `minIntervalMs`), oldest first; they leave the queue. */
  take(now: number): { updates: PositionMessage[]; dropped: number } {
    for (const [tagId, sentAt] of this.lastSentAt) if (now - sentAt >= this.limits.minIntervalMs) this.lastSentAt.delete(tagId);
    const updates: PositionMessage[] = [];
    for (const [tagId, update] of this.pending) {
      if (updates.length >= this.limits.maxPerMessage) break;
      if (this.lastSentAt.has(tagId)) continue;
      updates.push(update);
      this.pending.delete(tagId);
      this.lastSentAt.set(tagId, now);
    }
    const dropped = this.droppedSinceTake;
    this.droppedSinceTake = 0;
    return { updates, dropped };
  }
}
