/**
 * The bounded on-disk queue between the windows and the sender: every batch is appended here (and
 * fsync'd) before it is sent, and leaves only when the server has answered it. It survives kill -9 and
 * power loss: segments are append-only files of CRC-checked records (core/queue-record.ts), and the
 * delivery position is a small state file replaced atomically (write, fsync, rename, fsync the folder).
 *
 *   <dir>/seg-000000000001.log   records, oldest segment first; the last one is being written
 *   <dir>/queue-state.json       { segment, offset, lastSeq, dropped, rejected }
 *
 * A crash between a delivery and the state write resends that batch after the restart; the server
 * answers it as a duplicate by its seq, so at-least-once delivery costs nothing twice.
 */
import { mkdir, open, readFile, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { enforceQueueBound } from '../core/queue-bound.js';
import { decodeSegment, encodeRecord, type QueueRecord } from '../core/queue-record.js';
import type { Logger } from './json-logger.js';

export interface DiskQueueOptions {
  readonly dir: string;
  readonly maxBytes: number;
  readonly segmentBytes: number;
}

/** A queued batch as peek returns it; pass it back to ack. */
export interface QueuedBatch extends QueueRecord {
  readonly segment: number;
}

interface Segment {
  readonly id: number;
  bytes: number;
  /** Records not yet delivered. */
  pending: number;
}

interface QueueState {
  segment: number;
  offset: number;
  lastSeq: number | null;
  dropped: number;
  rejected: number;
}

const STATE_FILE = 'queue-state.json';
const SEGMENT_NAME = /^seg-(\d{12})\.log$/;

export class DiskQueue {
  private active: FileHandle | undefined;
  /** Records of the head segment (the one being delivered), read when first needed. */
  private headRecords: QueueRecord[] | undefined;
  private headIndex = 0;
  /** Every mutation runs after the previous one: appends, acks and reads never interleave. */
  private lock: Promise<unknown> = Promise.resolve();
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly options: DiskQueueOptions,
    private readonly log: Logger,
    private readonly segments: Segment[],
    private readonly state: QueueState,
  ) {}

  /** Opens (or creates) the queue in `options.dir`, repairing a torn tail left by a crash. */
  static async open(options: DiskQueueOptions, log: Logger): Promise<DiskQueue> {
    await mkdir(options.dir, { recursive: true });
    const state = await readState(options.dir);
    const ids = (await readdir(options.dir))
      .map((name) => SEGMENT_NAME.exec(name)?.[1])
      .filter((id): id is string => id !== undefined)
      .map(Number)
      .sort((a, b) => a - b);

    const segments: Segment[] = [];
    let lastSeq = state.lastSeq;
    for (const id of ids) {
      const path = segmentPath(options.dir, id);
      if (id < state.segment) {
        // Delivered completely before the crash; only its deletion was lost.
        await rm(path, { force: true });
        continue;
      }
      const decoded = decodeSegment(await readFile(path));
      if (decoded.torn) {
        log.warn('queue segment had a damaged or incomplete tail; truncated to its last whole record', { segment: id, validBytes: decoded.validBytes });
        const handle = await open(path, 'r+');
        await handle.truncate(decoded.validBytes);
        await handle.sync();
        await handle.close();
      }
      const offset = id === state.segment ? state.offset : 0;
      const pending = decoded.records.filter((record) => record.offset >= offset).length;
      for (const record of decoded.records) lastSeq = lastSeq === null ? record.seq : Math.max(lastSeq, record.seq);
      segments.push({ id, bytes: decoded.validBytes, pending });
    }
    if (segments.length === 0 || segments[0].id !== state.segment) {
      // The delivery position's segment is gone (dropped by the bound): deliver from the next one.
      state.segment = segments[0]?.id ?? Math.max(state.segment, 1);
      state.offset = 0;
    }
    state.lastSeq = lastSeq;
    const queue = new DiskQueue(options, log, segments, state);
    await queue.openActive();
    return queue;
  }

  /** Undelivered batches. */
  get depth(): number {
    let depth = 0;
    for (const segment of this.segments) depth += segment.pending;
    return depth;
  }

  /** Bytes of the segment files. */
  get bytes(): number {
    let bytes = 0;
    for (const segment of this.segments) bytes += segment.bytes;
    return bytes;
  }

  /** Batches lost to the bound, since the queue was created. */
  get dropped(): number {
    return this.state.dropped;
  }

  /** Batches the server refused (4xx), since the queue was created. */
  get rejected(): number {
    return this.state.rejected;
  }

  /** The highest seq ever appended; undefined for a new queue. */
  get lastSeq(): number | undefined {
    return this.state.lastSeq ?? undefined;
  }

  /** Appends a batch and fsyncs it; drops the oldest segments when the bound is passed. */
  append(seq: number, body: string): Promise<void> {
    return this.locked(async () => {
      const record = encodeRecord(seq, body);
      const active = this.segments[this.segments.length - 1];
      const handle = this.active as FileHandle;
      await handle.write(record, 0, record.length, null);
      await handle.datasync();
      if (this.headRecords !== undefined && active === this.segments[0]) {
        this.headRecords.push({ seq, body, offset: active.bytes, length: record.length });
      }
      active.bytes += record.length;
      active.pending++;
      this.state.lastSeq = this.state.lastSeq === null ? seq : Math.max(this.state.lastSeq, seq);
      if (active.bytes >= this.options.segmentBytes) await this.startSegment(active.id + 1);
      await this.enforceBound();
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** The oldest undelivered batch, or undefined when there is none. */
  peek(): Promise<QueuedBatch | undefined> {
    return this.locked(async () => {
      const head = this.segments[0];
      if (head === undefined || head.pending === 0) return undefined;
      if (this.headRecords === undefined) {
        this.headRecords = decodeSegment(await readFile(segmentPath(this.options.dir, head.id))).records;
        this.headIndex = this.headRecords.findIndex((record) => record.offset >= this.state.offset);
        if (this.headIndex < 0) this.headIndex = this.headRecords.length;
      }
      const record = this.headRecords[this.headIndex];
      return record === undefined ? undefined : { ...record, segment: head.id };
    });
  }

  /** Resolves at the next append (or at once if something is queued). */
  async waitForBatch(): Promise<void> {
    if (this.depth > 0) return;
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Wakes everyone waiting for a batch (shutdown). */
  wakeWaiters(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }

  /**
   * The server answered `batch`: delivered, or refused for good (`rejected`, counted). A batch the
   * bound dropped while it was being sent is no longer the head: nothing to do.
   */
  ack(batch: QueuedBatch, rejected = false): Promise<void> {
    return this.locked(async () => {
      const head = this.segments[0];
      const record = this.headRecords?.[this.headIndex];
      if (head === undefined || head.id !== batch.segment || record === undefined || record.offset !== batch.offset) return;
      this.headIndex++;
      head.pending--;
      this.state.offset = record.offset + record.length;
      if (rejected) this.state.rejected++;
      const finished = head.pending === 0 && this.segments.length > 1;
      if (finished) {
        this.segments.shift();
        this.state.segment = this.segments[0].id;
        this.state.offset = 0;
        this.headRecords = undefined;
      }
      // The position is saved before the finished segment is deleted: a crash in between only leaves
      // a file that the next open removes.
      await this.saveState();
      if (finished) await rm(segmentPath(this.options.dir, head.id), { force: true });
    });
  }

  async close(): Promise<void> {
    await this.locked(async () => {
      await this.active?.close();
      this.active = undefined;
    });
  }

  private locked<T>(work: () => Promise<T>): Promise<T> {
    const result = this.lock.then(work);
    this.lock = result.catch(() => undefined);
    return result;
  }

  private async openActive(): Promise<void> {
    const last = this.segments[this.segments.length - 1];
    if (last === undefined || last.bytes >= this.options.segmentBytes) {
      await this.startSegment((last?.id ?? this.state.segment - 1) + 1);
      return;
    }
    this.active = await open(segmentPath(this.options.dir, last.id), 'a');
  }

  private async startSegment(id: number): Promise<void> {
    await this.active?.close();
    this.active = await open(segmentPath(this.options.dir, id), 'a');
    await syncFolder(this.options.dir);
    this.segments.push({ id, bytes: 0, pending: 0 });
  }

  private async enforceBound(): Promise<void> {
    const decision = enforceQueueBound(this.segments, this.options.maxBytes);
    if (decision.drop.length === 0) return;
    this.segments.splice(0, decision.drop.length);
    this.state.dropped += decision.droppedBatches;
    this.state.segment = this.segments[0].id;
    this.state.offset = 0;
    this.headRecords = undefined;
    await this.saveState();
    for (const id of decision.drop) await rm(segmentPath(this.options.dir, id), { force: true });
    this.log.warn('queue bound reached: dropped the oldest batches', {
      droppedBatches: decision.droppedBatches,
      droppedTotal: this.state.dropped,
      maxBytes: this.options.maxBytes,
    });
  }

  private async saveState(): Promise<void> {
    const path = join(this.options.dir, STATE_FILE);
    const temporary = `${path}.tmp`;
    const handle = await open(temporary, 'w');
    await handle.writeFile(JSON.stringify(this.state));
    await handle.sync();
    await handle.close();
    await rename(temporary, path);
    await syncFolder(this.options.dir);
  }
}

function segmentPath(dir: string, id: number): string {
  return join(dir, `seg-${String(id).padStart(12, '0')}.log`);
}

async function readState(dir: string): Promise<QueueState> {
  const fresh: QueueState = { segment: 1, offset: 0, lastSeq: null, dropped: 0, rejected: 0 };
  let text: string;
  try {
    text = await readFile(join(dir, STATE_FILE), 'utf8');
  } catch {
    return fresh;
  }
  try {
    const saved = JSON.parse(text) as Partial<QueueState>;
    const number = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback);
    return {
      segment: number(saved.segment, 1),
      offset: number(saved.offset, 0),
      lastSeq: typeof saved.lastSeq === 'number' ? saved.lastSeq : null,
      dropped: number(saved.dropped, 0),
      rejected: number(saved.rejected, 0),
    };
  } catch {
    // Written by rename, so never half written; unreadable means tampered with. Redeliver from the start.
    return fresh;
  }
}

/** Makes a created, renamed or deleted name in `dir` durable (fsync of the folder, POSIX). */
async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
