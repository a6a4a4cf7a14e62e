import { attributeActivations } from './attribute-activations.js';
import { CalendarError, CalendarLookup, DEFAULT_SHIFTS } from './compliance-calendar.js';
import { complianceBy, totalCompliance } from './compliance-summary.js';
import { opportunitiesOf } from './hand-hygiene-opportunities.js';
import { activation, CARE_ROOMS, DISPENSER_ROOMS, MINUTE, RULES, SECOND, stay, T0 } from './testing/compliance-fixtures.js';

const HOUR = 60 * MINUTE;
const london = new CalendarLookup({ timeZone: 'Europe/London', shifts: DEFAULT_SHIFTS });

/**
 * A hand-counted morning (T0 = Monday 2 March 2026, 10:00 in London, UTC+0):
 * - ann, nurse, room 1 (ward): entry met by badge, exit met anonymously.                 2 of 2
 * - bob, physician, room 2 (ward): entry missed, exit met by badge.                      1 of 2
 * - cat, nurse, bay 4 (ICU) at 20:00 (night shift): entry met anonymously, exit missed.  1 of 2
 * - ann, nurse, room 3 (ward, isolation), stay still going at the report time: entry missed. 0 of 1
 */
function morning() {
  const stays = [
    stay('ann', 'room-1', T0, T0 + 5 * MINUTE),
    stay('bob', 'room-2', T0 + 10 * MINUTE, T0 + 20 * MINUTE),
    stay('cat', 'bay-4', T0 + 10 * HOUR, T0 + 10 * HOUR + 15 * MINUTE),
    stay('ann', 'room-3', T0 + 11 * HOUR, null),
  ];
  const activations = [
    activation('disp-1', T0 - 10 * SECOND, 'badge-ann'),
    activation('disp-1', T0 + 5 * MINUTE + 10 * SECOND),
    activation('disp-2', T0 + 20 * MINUTE + 5 * SECOND, 'badge-bob'),
    activation('disp-4', T0 + 10 * HOUR + 2 * SECOND),
    // Used, but not near any opportunity: counts as an activation, meets nothing.
    activation('disp-2', T0 + 2 * HOUR),
  ];
  const opportunities = opportunitiesOf(stays, CARE_ROOMS, RULES, T0 + 12 * HOUR);
  return { opportunities, attributions: attributeActivations(opportunities, activations, DISPENSER_ROOMS) };
}

describe('compliance figures', () => {
  it('total: met over opportunities, and how many of the met by badge', () => {
    const { opportunities, attributions } = morning();
    expect(totalCompliance(opportunities, attributions)).toEqual({ opportunities: 7, met: 4, metByBadge: 2, compliance: 4 / 7 });
    expect(totalCompliance([], [])).toEqual({ opportunities: 0, met: 0, metByBadge: 0, compliance: null });
  });

  it.each([
    ['unit', [['icu', 1, 2], ['ward', 3, 5]]],
    ['room', [['bay-4', 1, 2], ['room-1', 2, 2], ['room-2', 1, 2], ['room-3', 0, 1]]],
    ['role', [['nurse', 3, 5], ['physician', 1, 2]]],
    ['kind', [['entry', 2, 4], ['exit', 2, 3]]],
    ['shift', [['day', 3, 4], ['night', 1, 3]]],
    ['day', [['2026-03-02', 4, 7]]],
    ['staff', [['ann', 2, 3], ['bob', 1, 2], ['cat', 1, 2]]],
  ] as const)('by %s', (dimension, expected) => {
    const { opportunities, attributions } = morning();
    expect(complianceBy(dimension, opportunities, attributions, london).map((group) => [group.key, group.met, group.opportunities])).toEqual(expected);
  });
});

describe('the calendar', () => {
  it('puts times in local days and shifts, across the change to summer time', () => {
    // 29 March 2026: London goes from UTC+0 to UTC+1 at 01:00 UTC.
    expect(london.dayOf(Date.UTC(2026, 2, 28, 23, 30))).toBe('2026-03-28');
    expect(london.dayOf(Date.UTC(2026, 2, 29, 23, 30))).toBe('2026-03-30'); // 00:30 local, the next day
    expect(london.shiftOf(Date.UTC(2026, 2, 29, 6, 30))).toBe('day'); // 07:30 local in summer time
    expect(london.shiftOf(Date.UTC(2026, 2, 28, 6, 30))).toBe('night'); // 06:30 local in winter time
    // Before the day's first shift starts: still the last shift of the day before.
    expect(london.shiftOf(Date.UTC(2026, 2, 2, 2, 0))).toBe('night');
    expect(london.shiftOf(Date.UTC(2026, 2, 2, 19, 0))).toBe('night');
    expect(london.shiftOf(Date.UTC(2026, 2, 2, 18, 59))).toBe('day');
  });

  it('refuses an unknown zone, a malformed start and two shifts at once, naming the field', () => {
    expect(() => new CalendarLookup({ timeZone: 'Mars/Olympus', shifts: DEFAULT_SHIFTS })).toThrow(new CalendarError('timeZone', '"Mars/Olympus" is not a known time zone'));
    expect(() => new CalendarLookup({ timeZone: 'UTC', shifts: [{ name: 'x', startsAt: '7:00' }] })).toThrow(/shifts\[0\]\.startsAt/);
    expect(() => new CalendarLookup({ timeZone: 'UTC', shifts: [] })).toThrow(/shifts/);
    expect(() =>
      new CalendarLookup({
        timeZone: 'UTC',
        shifts: [
          { name: 'a', startsAt: '07:00' },
          { name: 'b', startsAt: '07:00' },
        ],
      }),
    ).toThrow(/same time/);
  });
});
