import type { RoomTransition } from '../engine/engine-types.js';
import type { TagLocation } from '../location.types.js';
import { WriteBehindQueue, type LocationWrite } from './write-behind-queue.js';

const T0 = Date.UTC(2025, 0, 6, 8, 0, 0);

function position(tagId: string, roomId: string, ts: number): TagLocation {
  return { tagId, floorId: 'f0', roomId, x: 1, y: 2, confidence: 0.9, ts, lastSeen: ts };
}

function transition(tagId: string, toRoomId: string, enteredAt: number): RoomTransition {
  return { tagId, fromRoomId: null, toRoomId, floorId: 'f0', enteredAt };
}

/** A writer whose every call waits until the test settles it. */
class ControlledWriter {
  readonly calls: LocationWrite[] = [];
  private pending: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];

  readonly write = (write: LocationWrite): Promise<void> => {
    this.calls.push(write);
    return new Promise((resolve, reject) => this.pending.push({ resolve, reject }));
  };

  succeed(): Promise<void> {
    this.pending.shift()?.resolve();
    return settle();
  }

  fail(): Promise<void> {
    this.pending.shift()?.reject(new Error('database is down'));
    return settle();
  }
}

/** Lets the queue's promise callbacks run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function queueWith(writer: ControlledWriter | ((write: LocationWrite) => Promise<void>), maxRowsPerFlush = 1000) {
  const log = { failures: 0, recoveries: [] as number[] };
  const queue = new WriteBehindQueue(writer instanceof ControlledWriter ? writer.write : writer, {
    maxRowsPerFlush,
    onFailure: () => log.failures++,
    onRecovery: (failedAttempts) => log.recoveries.push(failedAttempts),
  });
  return { queue, log };
}

describe('the write-behind queue', () => {
  it('writes only the latest position of each tag, and every transition in order', async () => {
    const written: LocationWrite[] = [];
    const { queue } = queueWith(async (write) => void written.push(write));
    queue.enqueue([position('a', 'r1', T0), position('b', 'r1', T0)], [transition('a', 'r1', T0)]);
    queue.enqueue([position('a', 'r2', T0 + 1000)], [transition('a', 'r2', T0 + 900)]);
    queue.enqueue([position('a', 'r3', T0 + 2000)], [transition('a', 'r3', T0 + 1900)]);
    expect(queue.stats()).toMatchObject({ queuedPositions: 2, queuedTransitions: 3 });

    expect(await queue.flush()).toBe(true);
    expect(written).toHaveLength(1);
    expect(written[0].positions.map((p) => [p.tagId, p.roomId])).toEqual([['b', 'r1'], ['a', 'r3']]);
    expect(written[0].transitions.map((t) => t.toRoomId)).toEqual(['r1', 'r2', 'r3']);
    expect(queue.stats()).toMatchObject({ queuedPositions: 0, queuedTransitions: 0, flushes: 1, positionsWritten: 2, transitionsWritten: 3 });
  });

  it('does not call the writer when nothing is queued', async () => {
    const writer = new ControlledWriter();
    const { queue } = queueWith(writer);
    expect(await queue.flush()).toBe(true);
    expect(writer.calls).toHaveLength(0);
  });

  it('keeps a failed flush for the next one, behind nothing newer, and logs the outage once', async () => {
    const writer = new ControlledWriter();
    const { queue, log } = queueWith(writer);
    queue.enqueue([position('a', 'r1', T0), position('b', 'r1', T0)], [transition('a', 'r1', T0)]);
    const first = queue.flush();
    // While the failing flush is out: a newer position for a, and a later transition.
    queue.enqueue([position('a', 'r2', T0 + 1000)], [transition('a', 'r2', T0 + 900)]);
    await writer.fail();
    expect(await first).toBe(false);
    expect(queue.stats()).toMatchObject({ queuedPositions: 2, queuedTransitions: 2, failedFlushes: 1, consecutiveFailures: 1, flushes: 0 });

    const second = queue.flush();
    await writer.fail();
    expect(await second).toBe(false);
    expect(log.failures).toBe(1);

    const third = queue.flush();
    await writer.succeed();
    expect(await third).toBe(true);
    const last = writer.calls[2];
    expect(last.positions.map((p) => [p.tagId, p.roomId])).toEqual([['b', 'r1'], ['a', 'r2']]);
    expect(last.transitions.map((t) => t.toRoomId)).toEqual(['r1', 'r2']);
    expect(log.recoveries).toEqual([2]);
    expect(queue.stats()).toMatchObject({ queuedPositions: 0, queuedTransitions: 0, consecutiveFailures: 0, failedFlushes: 2, flushes: 1 });
  });

  it('never runs two flushes at once: a flush asked for meanwhile answers the running one', async () => {
    const writer = new ControlledWriter();
    const { queue } = queueWith(writer);
    queue.enqueue([position('a', 'r1', T0)], []);
    const running = queue.flush();
    queue.enqueue([position('b', 'r1', T0)], []);
    const overlapping = queue.flush();
    expect(writer.calls).toHaveLength(1);
    expect(queue.stats()).toMatchObject({ inFlight: 1, queuedPositions: 1 });

    await writer.succeed();
    expect(await running).toBe(true);
    expect(await overlapping).toBe(true);
    // b waited for its own flush.
    expect(writer.calls).toHaveLength(1);
    const next = queue.flush();
    expect(writer.calls[1].positions.map((p) => p.tagId)).toEqual(['b']);
    await writer.succeed();
    expect(await next).toBe(true);
  });

  it('splits a large backlog into flushes of at most maxRowsPerFlush of each kind; flushAll writes it all', async () => {
    const written: LocationWrite[] = [];
    const { queue } = queueWith(async (write) => void written.push(write), 3);
    const tags = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    queue.enqueue(
      tags.map((tagId) => position(tagId, 'r1', T0)),
      tags.map((tagId) => transition(tagId, 'r1', T0)),
    );
    expect(await queue.flushAll()).toBe(true);
    expect(written.map((w) => [w.positions.length, w.transitions.length])).toEqual([[3, 3], [3, 3], [1, 1]]);
    expect(written.flatMap((w) => w.transitions.map((t) => t.tagId))).toEqual(tags);
  });

  it('flushAll waits for a running flush and stops at a failure, keeping the rest', async () => {
    const writer = new ControlledWriter();
    const { queue } = queueWith(writer);
    queue.enqueue([position('a', 'r1', T0)], []);
    const running = queue.flush();
    queue.enqueue([position('b', 'r1', T0)], []);
    const all = queue.flushAll();
    await writer.succeed();
    await writer.fail();
    expect(await running).toBe(true);
    expect(await all).toBe(false);
    expect(queue.stats()).toMatchObject({ queuedPositions: 1, positionsWritten: 1 });
  });

  it('lists a tag’s transitions not yet written, those being written included', async () => {
    const writer = new ControlledWriter();
    const { queue } = queueWith(writer);
    queue.enqueue([], [transition('a', 'r1', T0), transition('b', 'r1', T0)]);
    const running = queue.flush();
    queue.enqueue([], [transition('a', 'r2', T0 + 1000)]);
    expect(queue.unwrittenTransitions('a').map((t) => t.toRoomId)).toEqual(['r1', 'r2']);
    await writer.succeed();
    await running;
    expect(queue.unwrittenTransitions('a').map((t) => t.toRoomId)).toEqual(['r2']);
  });
});
