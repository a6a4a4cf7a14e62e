import fc from 'fast-check';
import { CalendarLookup, DEFAULT_SHIFTS, type Shift } from './compliance-calendar.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SHIFTS: readonly Shift[] = [
  { name: 'early', startsAt: '06:30' },
  { name: 'late', startsAt: '14:45' },
  { name: 'night', startsAt: '22:15' },
];
/** A shift starting every minute: shiftOf then tells the local minute, so any offset slip shows. */
const EVERY_MINUTE: readonly Shift[] = Array.from({ length: 24 * 60 }, (_, minute) => {
  const startsAt = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  return { name: startsAt, startsAt };
});

/** Zones with whole-hour, half-hour (Lord Howe's 30-minute daylight saving) and 45-minute offsets, and none. */
const ZONES = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'];

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) formatters.set(key, (formatter = new Intl.DateTimeFormat('en-CA', { timeZone, ...options })));
  return formatter;
}

/** The reference: an Intl formatting of the very instant, no cache of results and no arithmetic. */
function reference(timeZone: string, shifts: readonly Shift[], at: number): { day: string; shift: string } {
  const parts = Object.fromEntries(
    formatterOf(timeZone, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(at))
      .map((part) => [part.type, part.value]),
  );
  const minuteOfDay = Number(parts['hour']) * 60 + Number(parts['minute']);
  const starts = shifts.map((shift) => ({ name: shift.name, minute: Number(shift.startsAt.slice(0, 2)) * 60 + Number(shift.startsAt.slice(3)) })).sort((a, b) => a.minute - b.minute);
  const current = starts.filter((start) => start.minute <= minuteOfDay).at(-1) ?? starts[starts.length - 1];
  return { day: `${parts['year']}-${parts['month']}-${parts['day']}`, shift: current.name };
}

/** The UTC hours of 2026 in which the zone's offset changes (found hour by hour). */
function offsetChangesOf(timeZone: string): number[] {
  const offsetAt = (at: number) => formatterOf(timeZone, { timeZoneName: 'longOffset' }).formatToParts(new Date(at)).find((part) => part.type === 'timeZoneName')?.value;
  const changes: number[] = [];
  for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += HOUR) if (offsetAt(at) !== offsetAt(at + HOUR)) changes.push(at);
  return changes;
}

describe('CalendarLookup (local day and shift, computed per hour where the offset holds)', () => {
  it.each(ZONES)('answers every minute around each 2026 offset change in %s as a fresh formatting does', (timeZone) => {
    const changes = offsetChangesOf(timeZone);
    if (timeZone === 'Europe/London') expect(changes.map((at) => new Date(at).toISOString())).toEqual(['2026-03-29T00:00:00.000Z', '2026-10-25T00:00:00.000Z']);
    for (const shifts of [DEFAULT_SHIFTS, SHIFTS, EVERY_MINUTE]) {
      const lookup = new CalendarLookup({ timeZone, shifts });
      for (const change of changes) {
        // From 3 h before to 4 h after, every minute, at a second that is not the minute's first.
        for (let at = change - 3 * HOUR + 17_000; at < change + 4 * HOUR; at += MINUTE) {
          expect({ day: lookup.dayOf(at), shift: lookup.shiftOf(at) }).toEqual(reference(timeZone, shifts, at));
        }
      }
    }
  });

  it('answers any instant as a fresh formatting does, whatever was asked before', () => {
    const lookup = new Map(ZONES.map((timeZone) => [timeZone, new CalendarLookup({ timeZone, shifts: EVERY_MINUTE })]));
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2031, 0, 1) }), (timeZone, at) => {
        const calendar = lookup.get(timeZone) as CalendarLookup;
        expect({ day: calendar.dayOf(at), shift: calendar.shiftOf(at) }).toEqual(reference(timeZone, EVERY_MINUTE, at));
      }),
      { numRuns: 1000 },
    );
  });

  it('counts the minutes past local midnight inside one UTC hour into the next day', () => {
    // Europe/London in summer is UTC+1: 23:30 UTC is 00:30 the next local day, in the hour that began on the day before.
    const lookup = new CalendarLookup({ timeZone: 'Europe/London', shifts: DEFAULT_SHIFTS });
    expect(lookup.dayOf(Date.UTC(2026, 6, 14, 22, 59))).toBe('2026-07-14');
    expect(lookup.dayOf(Date.UTC(2026, 6, 14, 23, 0))).toBe('2026-07-15');
    expect(lookup.dayOf(Date.UTC(2026, 6, 14, 23, 30))).toBe('2026-07-15');
    expect(lookup.shiftOf(Date.UTC(2026, 6, 14, 23, 30))).toBe('night');
    expect(lookup.shiftOf(Date.UTC(2026, 6, 15, 5, 59))).toBe('night');
    expect(lookup.shiftOf(Date.UTC(2026, 6, 15, 6, 0))).toBe('day');
  });
});
