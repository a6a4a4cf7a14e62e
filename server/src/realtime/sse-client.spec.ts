import type { PositionMessage } from './position-coalescer.js';
import { SseClient, type CloseReason, type SseSink } from './sse-client.js';

class FakeSink implements SseSink {
  chunks: string[] = [];
  writableNeedDrain = false;
  ended = false;
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return !this.writableNeedDrain;
  }
  end(): void {
    this.ended = true;
  }
  /** The events written, as `name data` pairs. */
  events(): Array<[string, unknown]> {
    return this.chunks
      .filter((c) => c.startsWith('event:'))
      .map((c) => {
        const [, name, data] = /^event: (.+)\ndata: (.*)\n\n$/.exec(c)!;
        return [name, JSON.parse(data)];
      });
  }
}

const LIMITS = { minIntervalMs: 1_000, maxPending: 100, maxPerMessage: 100, maxQueuedEvents: 3, maxStallMs: 10_000 };
const position = (tagId: string, floorId = 'f-1'): PositionMessage => ({ tagId, floorId, roomId: 'r', x: 1, y: 2, confidence: 1, ts: 5 });

function client(floorId?: string) {
  const sink = new FakeSink();
  const closes: CloseReason[] = [];
  return { sink, closes, client: new SseClient(sink, floorId, LIMITS, (_c, reason) => closes.push(reason)) };
}

describe('SseClient', () => {
  it('batches the positions of one flush into one message', () => {
    const { sink, client: c } = client();
    c.offerPosition(position('a'));
    c.offerPosition(position('b'));
    c.flush(0);
    expect(sink.events()).toEqual([['position', { updates: [position('a'), position('b')] }]]);
    c.flush(250);
    expect(sink.events()).toHaveLength(1);
  });

  it('writes named events at once, in order', () => {
    const { sink, client: c } = client();
    c.send('alert', { id: 1 });
    c.send('transition', { tagId: 'a' });
    expect(sink.events()).toEqual([
      ['alert', { id: 1 }],
      ['transition', { tagId: 'a' }],
    ]);
  });

  it('holds events while the socket is full, and sends them first once it drains', () => {
    const { sink, client: c } = client();
    sink.writableNeedDrain = true;
    c.send('alert', { id: 1 });
    c.offerPosition(position('a'));
    c.flush(0);
    c.heartbeat(0);
    expect(sink.chunks).toEqual([]);
    sink.writableNeedDrain = false;
    c.flush(250);
    expect(sink.events().map(([name]) => name)).toEqual(['alert', 'position']);
  });

  it('cuts off a client whose queue of events overflows', () => {
    const { sink, closes, client: c } = client();
    sink.writableNeedDrain = true;
    for (let i = 0; i < 4; i++) c.send('alert', { id: i });
    expect(closes).toEqual(['too-slow']);
    expect(sink.ended).toBe(true);
    c.send('alert', { id: 9 });
    expect(sink.chunks).toEqual([]);
  });

  it('cuts off a client whose socket stays full too long, however few events wait', () => {
    const { sink, closes, client: c } = client();
    sink.writableNeedDrain = true;
    c.flush(0);
    c.flush(9_999);
    expect(closes).toEqual([]);
    c.flush(10_000);
    expect(closes).toEqual(['too-slow']);
  });

  it('keeps memory bounded for a slow client: positions coalesce, the dropped count is reported', () => {
    const { sink, client: c } = client();
    sink.writableNeedDrain = true;
    for (let round = 0; round < 50; round++) for (let tag = 0; tag < 150; tag++) c.offerPosition({ ...position(`t${tag}`), x: round });
    sink.writableNeedDrain = false;
    c.flush(1_000);
    const [resync, batch] = sink.events();
    // 150 tags through 100 places: 50 evictions in the first round, then every offer evicts one (150 a round).
    expect(resync).toEqual(['resync', { reason: 'slow-client', droppedPositions: 50 + 49 * 150 }]);
    const updates = (batch[1] as { updates: PositionMessage[] }).updates;
    expect(updates).toHaveLength(100);
    expect(new Set(updates.map((u) => u.x))).toEqual(new Set([49]));
  });

  it('filters by floor, letting through events for any floor', () => {
    const { client: c } = client('f-1');
    expect(c.wants(['f-1'])).toBe(true);
    expect(c.wants(['f-2', 'f-1'])).toBe(true);
    expect(c.wants(['f-2'])).toBe(false);
    expect(c.wants(undefined)).toBe(true);
    expect(client().client.wants(['f-2'])).toBe(true);
  });

  it('says goodbye once when closed, and writes nothing after', () => {
    const { sink, closes, client: c } = client();
    c.close('session-ended', { event: 'session-ended', data: { reason: 'x' } });
    c.close('client');
    c.send('alert', {});
    c.heartbeat(0);
    expect(sink.events()).toEqual([['session-ended', { reason: 'x' }]]);
    expect(closes).toEqual(['session-ended']);
  });

  it('writes a heartbeat comment', () => {
    const { sink, client: c } = client();
    c.heartbeat(0);
    expect(sink.chunks).toEqual([': heartbeat\n\n']);
  });
});
