import { SEQ_WINDOW_SIZE, SeqWindow } from './seq-window.js';

function acceptAll(window: SeqWindow, seqs: number[]) {
  return seqs.map((seq) => window.accept(seq));
}

describe('SeqWindow', () => {
  it('accepts increasing seqs and answers a repeat as a duplicate', () => {
    const window = new SeqWindow();
    expect(window.highWater).toBeUndefined();
    expect(acceptAll(window, [0, 1, 2, 2, 1, 0])).toEqual(['new', 'new', 'new', 'duplicate', 'duplicate', 'duplicate']);
    expect(window.highWater).toBe(2);
  });

  it('accepts a gap filled late (out of order within the window) exactly once', () => {
    const window = new SeqWindow();
    expect(acceptAll(window, [10, 13, 11, 12, 11, 12, 13])).toEqual(['new', 'new', 'new', 'new', 'duplicate', 'duplicate', 'duplicate']);
    expect(window.highWater).toBe(13);
  });

  it('remembers the whole window below the high-water mark, and its oldest slot until it leaves', () => {
    const window = new SeqWindow();
    for (let seq = 0; seq < SEQ_WINDOW_SIZE; seq++) window.accept(seq);
    expect(window.accept(0)).toBe('duplicate');
    expect(window.accept(SEQ_WINDOW_SIZE)).toBe('new');
    // 0 is now SEQ_WINDOW_SIZE below the mark: outside the window, so a counter restart.
    expect(window.accept(1)).toBe('duplicate');
    expect(window.accept(0)).toBe('restart');
  });

  it('does not take a slot reused by a newer seq for the older one', () => {
    const window = new SeqWindow();
    window.accept(5);
    window.accept(5 + SEQ_WINDOW_SIZE + 3);
    // The slot of 5 + SEQ_WINDOW_SIZE held seq 5 before; that seq is a gap, not a repeat.
    expect(window.accept(5 + SEQ_WINDOW_SIZE)).toBe('new');
    expect(window.accept(5 + SEQ_WINDOW_SIZE + 1)).toBe('new');
  });

  it('clears the slots a step forward passes over', () => {
    const window = new SeqWindow();
    acceptAll(window, [100, 101, 102]);
    window.accept(100 + SEQ_WINDOW_SIZE + 1);
    expect(window.accept(102)).toBe('duplicate');
    // Its slot held seq 100 and was cleared on the way: a gap, not a repeat.
    expect(window.accept(100 + SEQ_WINDOW_SIZE)).toBe('new');
  });

  it('takes a seq far below the window as a counter reset (re-flashed gateway) and starts again from it', () => {
    const window = new SeqWindow();
    acceptAll(window, [50_000, 50_001]);
    expect(window.accept(0)).toBe('restart');
    expect(window.highWater).toBe(0);
    expect(acceptAll(window, [0, 1, 50_001])).toEqual(['duplicate', 'new', 'new']);
  });

  it('works at seqs near 2^53, where a batch counter seeded from the clock in milliseconds lives', () => {
    const window = new SeqWindow();
    const start = Number.MAX_SAFE_INTEGER - 10;
    expect(acceptAll(window, [start, start + 1, start, Number.MAX_SAFE_INTEGER])).toEqual(['new', 'new', 'duplicate', 'new']);
  });

  it('restores from its bitmap exactly: seen seqs are duplicates, gaps are still accepted', () => {
    const window = new SeqWindow();
    acceptAll(window, [7, 8, 10]);
    const restored = SeqWindow.restore(window.highWater!, window.bitmap());
    expect(acceptAll(restored, [7, 8, 10, 9, 11])).toEqual(['duplicate', 'duplicate', 'duplicate', 'new', 'new']);
  });

  it('without a bitmap, restores everything in the window at or below the mark as seen', () => {
    const restored = SeqWindow.restore(10_000, undefined);
    expect(acceptAll(restored, [10_000, 9_999, 10_000 - SEQ_WINDOW_SIZE + 1, 10_001])).toEqual(['duplicate', 'duplicate', 'duplicate', 'new']);
    expect(SeqWindow.restore(1000, new Uint8Array(3)).accept(999)).toBe('duplicate');
  });

  it('hands out a copy of its bitmap, 512 bytes', () => {
    const window = new SeqWindow();
    window.accept(3);
    const bitmap = window.bitmap();
    expect(bitmap).toHaveLength(SEQ_WINDOW_SIZE / 8);
    bitmap.fill(0);
    expect(window.accept(3)).toBe('duplicate');
  });
});
