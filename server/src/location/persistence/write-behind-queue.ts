/**
 * Changes waiting to be written, and the flusher that writes them. The queue is bounded by the tags:
 * a tag's newer position replaces its queued one (only the latest position is ever worth writing),
 * while transitions are history and are all kept, in order. A flush takes what is queued, hands it to
 * the writer as one unit (one transaction) and, if that fails, puts it back for the next flush, behind
 * nothing newer: a position queued meanwhile wins over the one that failed.
 */
import { performance } from 'node:perf_hooks';
import type { RoomTransition } from '../engine/engine-types.js';
import type { TagLocation, WriteQueueStats } from '../location.types.js';

/** One flush's rows. */
export interface LocationWrite {
  positions: readonly TagLocation[];
  transitions: readonly RoomTransition[];
}

/** Writes one flush atomically, or rejects having written nothing. */
export type LocationWriter = (write: LocationWrite) => Promise<void>;

export interface WriteBehindOptions {
  /** Rows of each kind per flush; the rest waits for the next one. */
  maxRowsPerFlush: number;
  /** The first failure of a run of failures (later ones are only counted). */
  onFailure: (error: unknown, pending: { positions: number; transitions: number }) => void;
  /** The first success after failures. */
  onRecovery: (failedAttempts: number) => void;
  /** Wall clock for the stats, epoch ms. */
  now?: () => number;
}

export class WriteBehindQueue {
  private positions = new Map<string, TagLocation>();
  private transitions: RoomTransition[] = [];
  private inFlight: { write: LocationWrite; done: Promise<boolean> } | undefined;
  private readonly counters = { flushes: 0, positionsWritten: 0, transitionsWritten: 0, failedFlushes: 0, consecutiveFailures: 0 };
  private lastFlush: WriteQueueStats['lastFlush'] = null;

  constructor(
    private readonly writer: LocationWriter,
    private readonly options: WriteBehindOptions,
  ) {}

  enqueue(positions: readonly TagLocation[], transitions: readonly RoomTransition[]): void {
    for (const position of positions) {
      // Re-inserted so the map's order stays oldest change first: a partial flush takes those.
      this.positions.delete(position.tagId);
      this.positions.set(position.tagId, position);
    }
    for (const transition of transitions) this.transitions.push(transition);
  }

  get depth(): number {
    return this.positions.size + this.transitions.length;
  }

  /**
   * Writes up to `maxRowsPerFlush` of each kind. A flush already running is not joined by a second
   * one: the call answers that flush's outcome. Resolves true when the rows were written (or there was
   * nothing to write), false when the writer failed and the rows are queued again.
   */
  flush(): Promise<boolean> {
    if (this.inFlight) return this.inFlight.done;
    if (this.depth === 0) return Promise.resolve(true);
    const write = this.take();
    const done = this.write(write).finally(() => {
      this.inFlight = undefined;
    });
    this.inFlight = { write, done };
    return done;
  }

  /** Flushes until the queue is empty or a flush fails; resolves whether everything was written. */
  async flushAll(): Promise<boolean> {
    if (this.inFlight && !(await this.inFlight.done)) return false;
    while (this.depth > 0) if (!(await this.flush())) return false;
    return true;
  }

  /** The tag's transitions not yet written (queued or being written), oldest first. */
  unwrittenTransitions(tagId: string): RoomTransition[] {
    const inFlight = this.inFlight?.write.transitions ?? [];
    return [...inFlight, ...this.transitions].filter((transition) => transition.tagId === tagId);
  }

  stats(): WriteQueueStats {
    const write = this.inFlight?.write;
    return {
      queuedPositions: this.positions.size,
      queuedTransitions: this.transitions.length,
      inFlight: write ? write.positions.length + write.transitions.length : 0,
      ...this.counters,
      lastFlush: this.lastFlush,
    };
  }

  private take(): LocationWrite {
    const limit = this.options.maxRowsPerFlush;
    let positions: TagLocation[];
    if (this.positions.size <= limit) {
      positions = [...this.positions.values()];
      this.positions = new Map();
    } else {
      positions = [];
      for (const [tagId, position] of this.positions) {
        if (positions.length === limit) break;
        positions.push(position);
        this.positions.delete(tagId);
      }
    }
    const transitions = this.transitions.splice(0, limit);
    return { positions, transitions };
  }

  private async write(write: LocationWrite): Promise<boolean> {
    const started = performance.now();
    try {
      await this.writer(write);
    } catch (error) {
      this.requeue(write);
      this.counters.failedFlushes++;
      if (this.counters.consecutiveFailures++ === 0) {
        this.options.onFailure(error, { positions: this.positions.size, transitions: this.transitions.length });
      }
      return false;
    }
    if (this.counters.consecutiveFailures > 0) this.options.onRecovery(this.counters.consecutiveFailures);
    this.counters.consecutiveFailures = 0;
    this.counters.flushes++;
    this.counters.positionsWritten += write.positions.length;
    this.counters.transitionsWritten += write.transitions.length;
    this.lastFlush = {
      at: (this.options.now ?? Date.now)(),
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      positions: write.positions.length,
      transitions: write.transitions.length,
    };
    return true;
  }

  /** Puts a failed flush back: its transitions ahead of newer ones, its positions only where nothing newer came. */
  private requeue(write: LocationWrite): void {
    const newer = this.positions;
    this.positions = new Map();
    for (const position of write.positions) if (!newer.has(position.tagId)) this.positions.set(position.tagId, position);
    for (const [tagId, position] of newer) this.positions.set(tagId, position);
    this.transitions = [...write.transitions, ...this.transitions];
  }
}
