import { customPeriod, dayOf, resolvePeriod } from './hygiene-period';

// The client's specs run in the machine's zone; local dates are built the same way, so they hold in any zone.
const NOW = new Date(2026, 10, 26, 9, 30);

describe('hygiene periods', () => {
  it('takes a preset as whole local days ending now, today included', () => {
    expect(resolvePeriod({ days: 7 }, NOW)).toEqual({ from: new Date(2026, 10, 20).toISOString(), to: NOW.toISOString() });
    expect(resolvePeriod({ days: 90 }, NOW).from).toBe(new Date(2026, 7, 29).toISOString());
  });

  it('takes a custom period from the start of its first day to the start of the day after its last', () => {
    expect(resolvePeriod({ days: 'custom', firstDay: '2026-10-31', lastDay: '2026-11-01' }, NOW)).toEqual({
      from: new Date(2026, 9, 31).toISOString(),
      to: new Date(2026, 10, 2).toISOString(),
    });
  });

  it('refuses a custom period that is unset, reversed or longer than allowed, and accepts one of exactly the limit', () => {
    expect(customPeriod('', '2026-11-01', 92)).toEqual({ error: 'Choose the first day.' });
    expect(customPeriod('2026-11-01', 'soon', 92)).toEqual({ error: 'Choose the last day.' });
    expect(customPeriod('2026-11-02', '2026-11-01', 92)).toEqual({ error: 'The last day must not be before the first.' });
    expect(customPeriod('2026-11-01', '2026-11-01', 92)).toEqual({ days: 'custom', firstDay: '2026-11-01', lastDay: '2026-11-01' });
    // 1 Sep to 1 Dec: 92 days counted both ends in.
    expect(customPeriod('2026-09-01', '2026-12-01', 92)).toEqual({ days: 'custom', firstDay: '2026-09-01', lastDay: '2026-12-01' });
    expect(customPeriod('2026-09-01', '2026-12-02', 92)).toEqual({ error: 'The period can be at most 92 days.' });
  });

  it('writes a local date as YYYY-MM-DD', () => {
    expect(dayOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
