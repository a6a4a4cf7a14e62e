import { groupLevelCompliance, type CountedPeriod, type CountedRoom } from './group-level.js';

/**
 * A hand-counted fortnight's worth squeezed into two days.
 * Room 1 (4B): two door counters c1, c1b; its own dispenser d1 and the corridor dispenser dc it shares with Room 2.
 * Room 2 (4B): counter c2; d2 and dc. Bay 3 (ICU): counter c3; d3. Lobby (no unit): counter c4, no dispenser.
 * dx serves none of them (a nurse station's).
 */
const rooms: CountedRoom[] = [
  { id: 'r1', name: 'Room 1', unit: '4B', counterIds: ['c1', 'c1b'], dispenserIds: new Set(['d1', 'dc']) },
  { id: 'r2', name: 'Room 2', unit: '4B', counterIds: ['c2'], dispenserIds: new Set(['d2', 'dc']) },
  { id: 'b3', name: 'Bay 3', unit: 'ICU', counterIds: ['c3'], dispenserIds: new Set(['d3']) },
  { id: 'lobby', name: 'Lobby', unit: null, counterIds: ['c4'], dispenserIds: new Set() },
];
const period = (day: string, entries: Record<string, number>, activations: Record<string, number>): CountedPeriod => ({
  day,
  entriesByCounter: new Map(Object.entries(entries)),
  activationsByDispenser: new Map(Object.entries(activations)),
});
const day1 = period('2026-11-24', { c1: 5, c1b: 1, c2: 4, c3: 10 }, { d1: 4, d2: 3, dc: 2, d3: 25, dx: 7 });
const day2 = period('2026-11-25', { c1: 2 }, { d1: 1, dc: 1 });
const figures = (doorEntries: number, activations: number, compliance: number | null) => ({ doorEntries, estimatedOpportunities: 2 * doorEntries, activations, compliance });

describe('group-level compliance', () => {
  it('per room: 2 opportunities per entry, the activations of the dispensers serving it, capped at 100 %, none without entries', () => {
    const { groups } = groupLevelCompliance(rooms, [day1, day2], 'room');
    expect(groups).toEqual([
      // 10 entries, 25 uses: 125 % is an over-count (two pumps per hand rub, visitors), shown as 100 %.
      { key: 'b3', label: 'Bay 3', ...figures(10, 25, 1) },
      { key: 'lobby', label: 'Lobby', ...figures(0, 0, null) },
      // 5 + 1 + 2 entries (two doors, two days) = 16 opportunities; d1 4 + 1, dc 2 + 1 = 8 uses.
      { key: 'r1', label: 'Room 1', ...figures(8, 8, 0.5) },
      // 4 entries = 8 opportunities; d2 3, dc 3 = 6 uses.
      { key: 'r2', label: 'Room 2', ...figures(4, 6, 0.75) },
    ]);
  });

  it('per unit and in total: a dispenser serving two rooms is counted once, a dispenser serving none never', () => {
    const { total, groups } = groupLevelCompliance(rooms, [day1, day2], 'unit');
    expect(groups).toEqual([
      { key: '(no unit)', label: '(no unit)', ...figures(0, 0, null) },
      // 12 entries = 24 opportunities; d1 5 + d2 3 + dc 3 = 11, not 8 + 6 = 14.
      { key: '4B', label: '4B', ...figures(12, 11, 11 / 24) },
      { key: 'ICU', label: 'ICU', ...figures(10, 25, 1) },
    ]);
    // 22 entries = 44 opportunities; 5 + 3 + 3 + 25 = 36 uses (dx's 7 left out); not capped per group first.
    expect(total).toEqual(figures(22, 36, 36 / 44));
  });

  it('per day: each period its own figures, in the order given, a day without entries without a figure', () => {
    const quiet = period('2026-11-26', {}, { d3: 4 });
    const { total, groups } = groupLevelCompliance(rooms, [day1, day2, quiet], 'day');
    expect(groups).toEqual([
      { key: '2026-11-24', label: '2026-11-24', ...figures(20, 34, 34 / 40) },
      { key: '2026-11-25', label: '2026-11-25', ...figures(2, 2, 0.5) },
      { key: '2026-11-26', label: '2026-11-26', ...figures(0, 4, null) },
    ]);
    expect(total).toEqual(figures(22, 40, 40 / 44));
  });

  it('has no figure and no groups without rooms with counters', () => {
    expect(groupLevelCompliance([], [day1], 'room')).toEqual({ total: figures(0, 0, null), groups: [] });
  });
});
