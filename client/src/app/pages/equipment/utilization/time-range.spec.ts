import { customRange, localInputValue, presetRange, rangeChoiceOf, rangeParams, resolveRange, sameChoice } from './time-range';

const NOW = Date.parse('2026-03-08T09:00:00.000Z');
const DAY_MS = 86_400_000;

describe('time ranges', () => {
  it('ends a preset now and reaches back its length', () => {
    expect(presetRange('24h', NOW)).toEqual({ from: '2026-03-07T09:00:00.000Z', to: '2026-03-08T09:00:00.000Z' });
    expect(resolveRange({ preset: '30d' }, NOW)).toEqual({ from: '2026-02-06T09:00:00.000Z', to: '2026-03-08T09:00:00.000Z' });
    expect(resolveRange({ preset: 'custom', from: 'a', to: 'b' }, NOW)).toEqual({ from: 'a', to: 'b' });
  });

  it('accepts a custom range up to the server’s 92 days, and says what is wrong otherwise', () => {
    expect(customRange(NOW - 92 * DAY_MS, NOW)).toEqual({ preset: 'custom', from: '2025-12-06T09:00:00.000Z', to: '2026-03-08T09:00:00.000Z' });
    expect(customRange(NOW - 92 * DAY_MS - 1, NOW)).toEqual({ error: 'The range can be at most 92 days.' });
    expect(customRange(NOW, NOW)).toEqual({ error: 'The range must end after it starts.' });
    expect(customRange(Number.NaN, NOW)).toEqual({ error: 'Choose when the range starts.' });
    expect(customRange(NOW, Number.NaN)).toEqual({ error: 'Choose when the range ends.' });
  });

  it('reads a choice from a link, and writes it back leaving the default out', () => {
    expect(rangeChoiceOf({})).toEqual({ preset: '7d' });
    expect(rangeChoiceOf({ range: '24h' })).toEqual({ preset: '24h' });
    expect(rangeChoiceOf({ range: 'year' })).toEqual({ preset: '7d' });
    const custom = rangeChoiceOf({ range: 'custom', from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00+01:00' });
    expect(custom).toEqual({ preset: 'custom', from: '2026-03-01T00:00:00.000Z', to: '2026-03-01T23:00:00.000Z' });
    expect(rangeChoiceOf({ range: 'custom', from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' })).toEqual({ preset: '7d' });

    expect(rangeParams({ preset: '7d' })).toEqual({ range: null, from: null, to: null });
    expect(rangeParams({ preset: '30d' })).toEqual({ range: '30d', from: null, to: null });
    expect(rangeParams(custom)).toEqual({ range: 'custom', from: '2026-03-01T00:00:00.000Z', to: '2026-03-01T23:00:00.000Z' });
  });

  it('tells choices apart by preset, and custom ones by their instants', () => {
    expect(sameChoice({ preset: '24h' }, { preset: '24h' })).toBe(true);
    expect(sameChoice({ preset: '24h' }, { preset: '7d' })).toBe(false);
    expect(sameChoice({ preset: 'custom', from: 'a', to: 'b' }, { preset: 'custom', from: 'a', to: 'b' })).toBe(true);
    expect(sameChoice({ preset: 'custom', from: 'a', to: 'b' }, { preset: 'custom', from: 'a', to: 'c' })).toBe(false);
  });

  it('writes an instant as a datetime-local value in the browser’s zone', () => {
    const local = new Date(2026, 2, 1, 8, 5);
    expect(localInputValue(local.toISOString())).toBe('2026-03-01T08:05');
  });
});
