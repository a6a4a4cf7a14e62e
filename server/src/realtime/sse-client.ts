import { PositionCoalescer, type CoalescerLimits, type PositionMessage } from './position-coalescer.js';
import { sseComment, sseEvent } from './sse-format.js';

/** What a client writes to: an HTTP response (Express's satisfies it), or a fake in tests. */
export interface SseSink {
  write(chunk: string): boolean;
  /** True while the socket's buffer is full: writing more would only grow memory. */
  readonly writableNeedDrain: boolean;
  end(): void;
}

export interface SseClientLimits extends CoalescerLimits {
  /** Events other than positions (transitions, alerts) waiting for a full socket at most; past it the client is cut off. */
  maxQueuedEvents: number;
  /** A socket that stays full this long belongs to a client that stopped reading: cut off. */
  maxStallMs: number;
}

export type CloseReason = 'client' | 'session-ended' | 'too-slow' | 'shutdown';

/**
 * One browser's event stream. Positions wait in a PositionCoalescer and leave in batches on `flush`;
 * other events are written at once, or queued (bounded) while the socket is full. A client too slow
 * for even that is cut off and reconnects (EventSource does, after `retry`), then reloads what it shows.
 */
export class SseClient {
  private readonly positions: PositionCoalescer;
  private readonly queued: string[] = [];
  private stalledSince: number | undefined;
  private closedFor: CloseReason | undefined;

  constructor(
    private readonly sink: SseSink,
    /** Only events for this floor (and events for every floor), when set. */
    readonly floorId: string | undefined,
    private readonly limits: SseClientLimits,
    private readonly onClose: (client: SseClient, reason: CloseReason) => void = () => undefined,
  ) {
    this.positions = new PositionCoalescer(limits);
  }

  get closed(): CloseReason | undefined {
    return this.closedFor;
  }

  /** Whether an event about these floors concerns this client (an event for no floor in particular concerns all). */
  wants(floorIds: readonly (string | null | undefined)[] | undefined): boolean {
    return this.floorId === undefined || floorIds === undefined || floorIds.includes(this.floorId);
  }

  offerPosition(update: PositionMessage): void {
    if (this.closedFor === undefined) this.positions.offer(update);
  }

  send(event: string, data: unknown): void {
    this.write(sseEvent(event, data));
  }

  /** Writes what is due: queued events first, then one `position` message. Call every ~250 ms. */
  flush(now: number): void {
    if (this.closedFor !== undefined || this.backedUp(now)) return;
    while (this.queued.length > 0) {
      this.sink.write(this.queued.shift()!);
      if (this.backedUp(now)) return;
    }
    const { updates, dropped } = this.positions.take(now);
    // Positions were dropped for lack of room: the client should reload the floor's positions.
    if (dropped > 0) this.sink.write(sseEvent('resync', { reason: 'slow-client', droppedPositions: dropped }));
    if (updates.length > 0) this.sink.write(sseEvent('position', { updates }));
  }

  heartbeat(now: number): void {
    if (this.closedFor === undefined && !this.backedUp(now)) this.sink.write(sseComment('heartbeat'));
  }

  close(reason: CloseReason, farewell?: { event: string; data: unknown }): void {
    if (this.closedFor !== undefined) return;
    this.closedFor = reason;
    if (farewell !== undefined && !this.sink.writableNeedDrain) this.sink.write(sseEvent(farewell.event, farewell.data));
    this.queued.length = 0;
    this.sink.end();
    this.onClose(this, reason);
  }

  private write(chunk: string): void {
    if (this.closedFor !== undefined) return;
    if (this.queued.length === 0 && !this.sink.writableNeedDrain) {
      this.sink.write(chunk);
      return;
    }
    if (this.queued.length >= this.limits.maxQueuedEvents) return this.close('too-slow');
    this.queued.push(chunk);
  }

  /** Whether the socket is full; cuts the client off when it has been full for too long. */
  private backedUp(now: number): boolean {
    if (!this.sink.writableNeedDrain) {
      this.stalledSince = undefined;
      return false;
    }
    this.stalledSince ??= now;
    if (now - this.stalledSince >= this.limits.maxStallMs) this.close('too-slow');
    return true;
  }
}
