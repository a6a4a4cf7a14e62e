import { CalendarLookup, DEFAULT_SHIFTS } from './compliance-calendar.js';
import { localDays } from './local-days.js';

const calendar = (timeZone: string) => new CalendarLookup({ timeZone, shifts: DEFAULT_SHIFTS });
const at = (iso: string) => Date.parse(iso);

describe('local days of a range', () => {
  it('cuts the first and last day to the range and starts the others at local midnight (London in winter: UTC)', () => {
    expect(localDays(calendar('Europe/London'), at('2026-11-24T09:30:00Z'), at('2026-11-26T06:00:00Z'))).toEqual([
      { day: '2026-11-24', from: at('2026-11-24T09:30:00Z'), to: at('2026-11-25T00:00:00Z') },
      { day: '2026-11-25', from: at('2026-11-25T00:00:00Z'), to: at('2026-11-26T00:00:00Z') },
      { day: '2026-11-26', from: at('2026-11-26T00:00:00Z'), to: at('2026-11-26T06:00:00Z') },
    ]);
  });

  it('gives the day of the change to summer time 23 hours and the day back 25 (London, 2026-03-29 and 2026-10-25)', () => {
    const spring = localDays(calendar('Europe/London'), at('2026-03-29T00:00:00Z'), at('2026-03-30T00:00:00+01:00'));
    expect(spring).toEqual([{ day: '2026-03-29', from: at('2026-03-29T00:00:00Z'), to: at('2026-03-29T23:00:00Z') }]);
    const autumn = localDays(calendar('Europe/London'), at('2026-10-24T23:00:00Z'), at('2026-10-26T00:00:00Z'));
    expect(autumn.map((d) => [d.day, (d.to - d.from) / 3_600_000])).toEqual([['2026-10-25', 25]]);
  });

  it('finds midnights that are not on the hour (Kolkata, UTC+05:30: 18:30Z)', () => {
    expect(localDays(calendar('Asia/Kolkata'), at('2026-11-24T12:00:00Z'), at('2026-11-25T20:00:00Z'))).toEqual([
      { day: '2026-11-24', from: at('2026-11-24T12:00:00Z'), to: at('2026-11-24T18:30:00Z') },
      { day: '2026-11-25', from: at('2026-11-24T18:30:00Z'), to: at('2026-11-25T18:30:00Z') },
      { day: '2026-11-26', from: at('2026-11-25T18:30:00Z'), to: at('2026-11-25T20:00:00Z') },
    ]);
  });

  it('has no day for an empty range, and one for a range of a millisecond', () => {
    expect(localDays(calendar('Europe/London'), at('2026-11-24T00:00:00Z'), at('2026-11-24T00:00:00Z'))).toEqual([]);
    expect(localDays(calendar('Europe/London'), at('2026-11-24T23:59:59.999Z'), at('2026-11-25T00:00:00Z'))).toEqual([
      { day: '2026-11-24', from: at('2026-11-24T23:59:59.999Z'), to: at('2026-11-25T00:00:00Z') },
    ]);
  });
});
