import { appendFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskQueue, type DiskQueueOptions } from './disk-queue.js';
import { jsonLogger } from './json-logger.js';

const quiet = jsonLogger('error', () => undefined);
let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'wardwatch-queue-spec-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const options = (extra: Partial<DiskQueueOptions> = {}): DiskQueueOptions => ({ dir, maxBytes: 1024 * 1024, segmentBytes: 64 * 1024, ...extra });
const body = (seq: number, pad = 0) => JSON.stringify({ seq, pad: 'x'.repeat(pad) });

async function drain(queue: DiskQueue): Promise<number[]> {
  const seqs: number[] = [];
  for (let batch = await queue.peek(); batch !== undefined; batch = await queue.peek()) {
    seqs.push(batch.seq);
    await queue.ack(batch);
  }
  return seqs;
}

describe('the on-disk queue', () => {
  it('delivers batches in the order appended, each once', async () => {
    const queue = await DiskQueue.open(options(), quiet);
    for (const seq of [1, 2, 3]) await queue.append(seq, body(seq));
    expect(queue.depth).toBe(3);
    const head = await queue.peek();
    expect(head).toMatchObject({ seq: 1, body: body(1) });
    expect(await queue.peek()).toEqual(head);
    expect(await drain(queue)).toEqual([1, 2, 3]);
    expect(queue.depth).toBe(0);
    await queue.close();
  });

  it('keeps undelivered batches and the last seq across a reopen (a restart, or kill -9 after the fsync)', async () => {
    const first = await DiskQueue.open(options(), quiet);
    for (const seq of [10, 11, 12]) await first.append(seq, body(seq));
    await first.ack((await first.peek())!);
    // No close: a crash leaves the file handle as it is.
    const second = await DiskQueue.open(options(), quiet);
    expect(second.depth).toBe(2);
    expect(second.lastSeq).toBe(12);
    expect(await drain(second)).toEqual([11, 12]);
    await first.close();
    await second.close();
  });

  it('remembers the last seq when every batch was delivered and its segments deleted', async () => {
    const first = await DiskQueue.open(options({ segmentBytes: 4 * 1024 }), quiet);
    for (let seq = 1; seq <= 20; seq++) await first.append(seq, body(seq, 500));
    expect(await drain(first)).toHaveLength(20);
    await first.close();
    const second = await DiskQueue.open(options({ segmentBytes: 4 * 1024 }), quiet);
    expect(second.lastSeq).toBe(20);
    expect(second.depth).toBe(0);
    await second.close();
  });

  it('rolls over to new segments and deletes the delivered ones', async () => {
    const queue = await DiskQueue.open(options({ segmentBytes: 4 * 1024 }), quiet);
    for (let seq = 1; seq <= 20; seq++) await queue.append(seq, body(seq, 500));
    expect(readdirSync(dir).filter((name) => name.startsWith('seg-')).length).toBeGreaterThan(2);
    await drain(queue);
    expect(readdirSync(dir).filter((name) => name.startsWith('seg-'))).toHaveLength(1);
    await queue.close();
  });

  it('truncates a torn record left by a power loss and keeps the whole ones', async () => {
    const first = await DiskQueue.open(options(), quiet);
    for (const seq of [1, 2]) await first.append(seq, body(seq));
    await first.close();
    const [segment] = readdirSync(dir).filter((name) => name.startsWith('seg-'));
    const whole = statSync(join(dir, segment)).size;
    appendFileSync(join(dir, segment), Buffer.from([0, 0, 0, 40, 1, 2, 3]));
    const second = await DiskQueue.open(options(), quiet);
    expect(statSync(join(dir, segment)).size).toBe(whole);
    await second.append(3, body(3));
    expect(await drain(second)).toEqual([1, 2, 3]);
    await second.close();
  });

  it('drops the oldest segments beyond the bound and counts the batches lost, persistently', async () => {
    const bounded = options({ maxBytes: 16 * 1024, segmentBytes: 4 * 1024 });
    const queue = await DiskQueue.open(bounded, quiet);
    for (let seq = 1; seq <= 60; seq++) await queue.append(seq, body(seq, 500));
    expect(queue.bytes).toBeLessThanOrEqual(16 * 1024);
    expect(queue.dropped).toBeGreaterThan(0);
    const delivered = await drain(queue);
    expect(delivered.length + queue.dropped).toBe(60);
    // What survives is the newest, still in order.
    expect(delivered).toEqual(Array.from({ length: delivered.length }, (_, i) => 61 - delivered.length + i));
    await queue.close();
    expect((await DiskQueue.open(bounded, quiet)).dropped).toBe(queue.dropped);
  });

  it('ignores the ack of a batch the bound dropped while it was being sent', async () => {
    const queue = await DiskQueue.open(options({ maxBytes: 16 * 1024, segmentBytes: 4 * 1024 }), quiet);
    await queue.append(1, body(1, 500));
    const inFlight = (await queue.peek())!;
    for (let seq = 2; seq <= 60; seq++) await queue.append(seq, body(seq, 500));
    const depth = queue.depth;
    await queue.ack(inFlight);
    expect(queue.depth).toBe(depth);
    expect((await queue.peek())!.seq).toBeGreaterThan(1);
    await queue.close();
  });

  it('counts refused batches apart from delivered ones', async () => {
    const queue = await DiskQueue.open(options(), quiet);
    await queue.append(1, body(1));
    await queue.ack((await queue.peek())!, true);
    expect(queue.rejected).toBe(1);
    expect(queue.depth).toBe(0);
    await queue.close();
  });
});
