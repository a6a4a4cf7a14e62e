import { CalendarLookup } from './compliance-calendar.js';
import { complianceReport, complianceReportBy, type ComplianceReportInput } from './compliance-report.js';
import type { ComplianceDimension } from './compliance-summary.js';
import { activation, CARE_ROOMS, DISPENSER_ROOMS, MINUTE, RULES, SECOND, T0, stay } from './testing/compliance-fixtures.js';

const HOUR = 60 * MINUTE;
const calendar = new CalendarLookup({ timeZone: 'Europe/London', shifts: [{ name: 'day', startsAt: '07:00' }, { name: 'night', startsAt: '19:00' }] });
const count = (opportunities: number, met: number, metByBadge: number) => ({ opportunities, met, metByBadge, compliance: opportunities === 0 ? null : met / opportunities });

function inputOf(overrides: Partial<ComplianceReportInput>): ComplianceReportInput {
  return {
    from: T0,
    to: T0 + HOUR,
    asOf: T0 + HOUR + 10 * SECOND,
    selection: {},
    rules: RULES,
    calendar,
    careRooms: CARE_ROOMS,
    dispenserRooms: DISPENSER_ROOMS,
    isolationPeriods: new Map(),
    stays: [],
    activations: [],
    roomNames: new Map([['room-1', 'Room 1'], ['room-2', 'Room 2'], ['room-3', 'Room 3'], ['bay-4', 'Bay 4']]),
    staffNames: new Map([['ann', 'Ann Nurse'], ['bob', 'Bob Doctor']]),
    ...overrides,
  };
}

function report(overrides: Partial<ComplianceReportInput> & { by?: ComplianceDimension }) {
  return complianceReport({ by: 'unit', ...inputOf(overrides) });
}

describe('a compliance report', () => {
  // T0 is 10:00 (London = UTC in March before the change). Ann (nurse) in room 1 10:05-10:10 and bay 4
  // 10:20-10:30; Bob (physician) in room 2 10:06-10:08.
  const stays = [stay('ann', 'room-1', T0 + 5 * MINUTE, T0 + 10 * MINUTE), stay('bob', 'room-2', T0 + 6 * MINUTE, T0 + 8 * MINUTE), stay('ann', 'bay-4', T0 + 20 * MINUTE, T0 + 30 * MINUTE)];
  const activations = [
    activation('disp-1', T0 + 5 * MINUTE - 10 * SECOND, 'badge-ann'), // ann's room 1 entry, by badge
    activation('disp-door-12', T0 + 6 * MINUTE - 20 * SECOND), // bob's room 2 entry, place and time
    activation('disp-4', T0 + 30 * MINUTE + 5 * SECOND), // ann's bay 4 exit, place and time
    activation('disp-3', T0 + 40 * MINUTE), // room 3: no one there
  ];
  // Opportunities: ann room-1 entry (badge) and exit (no), bob room-2 entry (yes) and exit (no), ann bay-4 entry (no) and exit (yes).

  it('groups several ways from one attribution, each as the single-dimension report groups it', () => {
    const dimensions: ComplianceDimension[] = ['room', 'role', 'shift', 'kind', 'staff'];
    const several = complianceReportBy(inputOf({ stays, activations }), dimensions);
    for (const by of dimensions) {
      const single = report({ stays, activations, by });
      expect(several.groupsBy[by]).toEqual(single.groups);
      expect(several.total).toEqual(single.total);
      expect(several.trend).toEqual(single.trend);
    }
    expect(several.groupsBy.kind).toEqual([
      { key: 'entry', label: 'entry', ...count(3, 2, 1) },
      { key: 'exit', label: 'exit', ...count(3, 1, 0) },
    ]);
    expect(several.groupsBy.unit).toBeUndefined();
  });

  it('counts in total, by the dimension asked, and labels rooms and people by name', () => {
    const figures = report({ stays, activations, by: 'room' });
    expect(figures.total).toEqual({ ...count(6, 3, 1), activations: 4 });
    expect(figures.groups).toEqual([
      { key: 'bay-4', label: 'Bay 4', ...count(2, 1, 0) },
      { key: 'room-1', label: 'Room 1', ...count(2, 1, 1) },
      { key: 'room-2', label: 'Room 2', ...count(2, 1, 0) },
    ]);
    expect(report({ stays, activations, by: 'staff' }).groups).toEqual([
      { key: 'ann', label: 'Ann Nurse', ...count(4, 2, 1) },
      { key: 'bob', label: 'Bob Doctor', ...count(2, 1, 0) },
    ]);
    expect(report({ stays, activations, by: 'role' }).groups.map((group) => group.label)).toEqual(['nurse', 'physician']);
  });

  it('selects by unit, room and role, counting the activations of the dispensers serving the rooms selected', () => {
    // Ward: rooms 1-3 with disp-1, disp-2, disp-3 and disp-door-12 (3 activations); ICU: bay 4 with disp-4 (1).
    expect(report({ stays, activations, selection: { unit: 'ward' } }).total).toEqual({ ...count(4, 2, 1), activations: 3 });
    expect(report({ stays, activations, selection: { unit: 'icu' } }).total).toEqual({ ...count(2, 1, 0), activations: 1 });
    // Room 2 is served by disp-2 and the door dispenser it shares with room 1.
    expect(report({ stays, activations, selection: { roomId: 'room-2' } }).total).toEqual({ ...count(2, 1, 0), activations: 1 });
    expect(report({ stays, activations, selection: { role: 'physician' } }).total).toEqual({ ...count(2, 1, 0), activations: 4 });
    expect(report({ stays, activations, selection: { unit: 'icu', role: 'physician' } }).total).toEqual({ ...count(0, 0, 0), activations: 1 });
  });

  it('never changes a person’s result by the selection: attribution runs over everyone', () => {
    // Ann (nurse) and Bob (physician) enter room 1 together; one anonymous activation at the door.
    const together = [stay('ann', 'room-1', T0 + MINUTE, T0 + 2 * MINUTE), stay('bob', 'room-1', T0 + MINUTE + SECOND, T0 + 2 * MINUTE)];
    const one = [activation('disp-1', T0 + MINUTE - 5 * SECOND)];
    const all = report({ stays: together, activations: one, by: 'role' }).groups;
    expect(all).toEqual([
      { key: 'nurse', label: 'nurse', ...count(2, 1, 0) },
      { key: 'physician', label: 'physician', ...count(2, 0, 0) },
    ]);
    // Asked for physicians only, the activation still went to Ann.
    expect(report({ stays: together, activations: one, selection: { role: 'physician' } }).total).toEqual({ ...count(2, 0, 0), activations: 1 });
  });

  it('has a trend with every local day of the range, empty days with zeros and no figure', () => {
    const from = Date.UTC(2026, 2, 28, 12); // Saturday noon; summer time starts on Sunday 29 March at 01:00 UTC
    const to = Date.UTC(2026, 2, 31, 6); // Tuesday 07:00 BST
    const across = [stay('ann', 'room-1', Date.UTC(2026, 2, 28, 23, 30), Date.UTC(2026, 2, 28, 23, 40)), stay('ann', 'room-1', Date.UTC(2026, 2, 30, 23, 30), Date.UTC(2026, 2, 30, 23, 40))];
    const figures = report({ from, to, asOf: to, stays: across, activations: [activation('disp-1', Date.UTC(2026, 2, 30, 23, 30))], by: 'day' });
    // 23:30 UTC on the 28th is 23:30 GMT (the 28th); on the 30th it is 00:30 BST on the 31st.
    expect(figures.trend).toEqual([
      { day: '2026-03-28', ...count(2, 0, 0) },
      { day: '2026-03-29', ...count(0, 0, 0) },
      { day: '2026-03-30', ...count(0, 0, 0) },
      { day: '2026-03-31', ...count(2, 1, 0) },
    ]);
    expect(figures.groups.map((group) => group.key)).toEqual(['2026-03-28', '2026-03-31']);
  });

  it('judges door crossings of a room flagged for isolation by the isolation rule while the flag lasts', () => {
    // Ann enters room 1 at 10:05 with a badged rub 10 s after: met by the standard entry window (15 s
    // after), not by the isolation one (5 s after). Her exit at 10:10 has a rub 45 s after: met only by
    // the isolation exit window (60 s after; standard 30 s).
    const visit = [stay('ann', 'room-1', T0 + 5 * MINUTE, T0 + 10 * MINUTE)];
    const rubs = [activation('disp-1', T0 + 5 * MINUTE + 10 * SECOND, 'badge-ann'), activation('disp-1', T0 + 10 * MINUTE + 45 * SECOND)];
    const byKind = (isolationPeriods: ComplianceReportInput['isolationPeriods']) => report({ stays: visit, activations: rubs, isolationPeriods, by: 'kind' }).groups.map((group) => [group.key, group.met]);
    expect(byKind(new Map())).toEqual([['entry', 1], ['exit', 0]]);
    expect(byKind(new Map([['room-1', [{ from: T0, to: null }]]]))).toEqual([['entry', 0], ['exit', 1]]);
    // Flagged from the entry (inclusive) to the exit (exclusive): the entry is under isolation, the exit not.
    expect(byKind(new Map([['room-1', [{ from: T0 + 5 * MINUTE, to: T0 + 10 * MINUTE }]]]))).toEqual([['entry', 0], ['exit', 0]]);
    // Another room's flag changes nothing.
    expect(byKind(new Map([['room-2', [{ from: T0, to: null }]]]))).toEqual([['entry', 1], ['exit', 0]]);
  });

  it('lets an activation at a range boundary count once across two adjacent ranges', () => {
    // Ann enters room 1 10 s before T0, Bob 20 s after it; one anonymous activation 5 s before T0 fits both
    // entries. It goes to Ann (nearer in time) whether or not her entry is in the range asked.
    const edge = [stay('ann', 'room-1', T0 - 10 * SECOND, T0 + MINUTE), stay('bob', 'room-1', T0 + 20 * SECOND, T0 + MINUTE)];
    const shared = [activation('disp-1', T0 - 5 * SECOND)];
    const before = report({ from: T0 - HOUR, to: T0, stays: edge, activations: shared }).total;
    const after = report({ stays: edge, activations: shared }).total;
    const both = report({ from: T0 - HOUR, stays: edge, activations: shared }).total;
    expect([before.met, after.met, both.met]).toEqual([1, 0, 1]);
    expect(before.opportunities + after.opportunities).toBe(both.opportunities);
  });
});
