import { PositionCoalescer, type PositionMessage } from './position-coalescer.js';

const at = (tagId: string, x: number, ts = 0): PositionMessage => ({ tagId, floorId: 'f-1', roomId: 'r-1', x, y: 0, confidence: 0.9, ts });
const limits = { minIntervalMs: 1_000, maxPending: 3, maxPerMessage: 100 };

describe('PositionCoalescer', () => {
  it('keeps only the latest update of a tag', () => {
    const coalescer = new PositionCoalescer(limits);
    coalescer.offer(at('a', 1));
    coalescer.offer(at('a', 2));
    coalescer.offer(at('a', 3));
    expect(coalescer.take(0)).toEqual({ updates: [at('a', 3)], dropped: 0 });
  });

  it('sends a tag at most once a second, then its latest update', () => {
    const coalescer = new PositionCoalescer(limits);
    const sentX: Array<number[]> = [];
    // A tag moving every 100 ms, taken every 250 ms for 2.5 s.
    for (let t = 0; t <= 2_500; t += 50) {
      if (t % 100 === 0) coalescer.offer(at('a', t, t));
      if (t % 250 === 0) sentX.push(coalescer.take(t).updates.map((u) => u.x));
    }
    expect(sentX).toEqual([[0], [], [], [], [1_000], [], [], [], [2_000], [], []]);
  });

  it('does not hold back other tags while one waits for its second', () => {
    const coalescer = new PositionCoalescer(limits);
    coalescer.offer(at('a', 1));
    coalescer.take(0);
    coalescer.offer(at('a', 2));
    coalescer.offer(at('b', 1));
    expect(coalescer.take(250).updates.map((u) => u.tagId)).toEqual(['b']);
    expect(coalescer.take(1_000).updates.map((u) => u.tagId)).toEqual(['a']);
  });

  it('drops the oldest waiting tag when full, and counts it once', () => {
    const coalescer = new PositionCoalescer(limits);
    for (const tag of ['a', 'b', 'c', 'd']) coalescer.offer(at(tag, 1));
    expect(coalescer.waiting).toBe(3);
    expect(coalescer.take(0)).toEqual({ updates: [at('b', 1), at('c', 1), at('d', 1)], dropped: 1 });
    expect(coalescer.take(5_000).dropped).toBe(0);
  });

  it('counts a re-offered tag as recent, so the stalest tag is the one dropped', () => {
    const coalescer = new PositionCoalescer(limits);
    for (const tag of ['a', 'b', 'c']) coalescer.offer(at(tag, 1));
    coalescer.offer(at('a', 2));
    coalescer.offer(at('d', 1));
    expect(coalescer.take(0).updates.map((u) => u.tagId)).toEqual(['c', 'a', 'd']);
  });

  it('splits a large batch over several messages', () => {
    const coalescer = new PositionCoalescer({ ...limits, maxPending: 10, maxPerMessage: 4 });
    for (let i = 0; i < 10; i++) coalescer.offer(at(`t${i}`, i));
    expect([coalescer.take(0), coalescer.take(250), coalescer.take(500)].map((m) => m.updates.length)).toEqual([4, 4, 2]);
  });
});
