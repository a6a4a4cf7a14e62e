import { DemoDoorCounterFeed, ENTRIES_PER_HOUR, entriesInMinute } from './demo-door-counter-feed.js';

const start = Date.parse('2026-11-26T08:00:00Z');
const MINUTE = 60_000;

describe('the demo door counters', () => {
  it('count about ENTRIES_PER_HOUR people an hour per door (a week of minutes: within 5 %)', () => {
    let total = 0;
    for (let minute = 0; minute < 7 * 24 * 60; minute++) total += entriesInMinute(12345, start + minute * MINUTE);
    expect(Math.abs(total / (7 * 24) - ENTRIES_PER_HOUR) / ENTRIES_PER_HOUR).toBeLessThan(0.05);
  });

  it('report each whole minute once, however they are stepped, and nothing for an unfinished minute', () => {
    const total = (batches: ReturnType<DemoDoorCounterFeed['batchesUntil']>) => batches.flatMap((batch) => batch.events).reduce((sum, event) => sum + event.count, 0);
    const once = new DemoDoorCounterFeed(['dc-1', 'dc-2'], 7, start);
    const stepped = new DemoDoorCounterFeed(['dc-1', 'dc-2'], 7, start);
    const inOne = total(once.batchesUntil(start + 50 * MINUTE + 30_000));
    let inSteps = 0;
    for (let s = 10_000; s <= 50 * MINUTE + 30_000; s += 10_000) inSteps += total(stepped.batchesUntil(start + s));
    expect(inSteps).toBe(inOne);
    expect(inOne).toBeGreaterThan(0);
    expect(once.batchesUntil(start + 50 * MINUTE + 59_000)).toEqual([]);
  });

  it('send valid entries batches: counts of at least 1, times inside the reported minutes, a seq that grows', () => {
    const feed = new DemoDoorCounterFeed(['dc-1'], 7, start + 15_000);
    const first = feed.batchesUntil(start + 60 * MINUTE + 5_000);
    const second = feed.batchesUntil(start + 120 * MINUTE + 5_000);
    for (const batch of [...first, ...second]) {
      expect(batch.deviceId).toBe('dc-1');
      for (const event of batch.events) {
        expect(event.count).toBeGreaterThanOrEqual(1);
        expect(event.ts).toBeLessThan(batch.seq);
        expect(event.ts).toBeGreaterThanOrEqual(start);
      }
    }
    expect(first.map((batch) => batch.seq)).toEqual([start + 60 * MINUTE]);
    expect(second.map((batch) => batch.seq)).toEqual([start + 120 * MINUTE]);
  });

  it('resume at the present after a pause of more than an hour, reporting its last hour only', () => {
    const feed = new DemoDoorCounterFeed(['dc-1'], 7, start);
    const events = feed.batchesUntil(start + 5 * 60 * MINUTE).flatMap((batch) => batch.events);
    expect(Math.min(...events.map((event) => event.ts))).toBeGreaterThanOrEqual(start + 4 * 60 * MINUTE);
  });
});
