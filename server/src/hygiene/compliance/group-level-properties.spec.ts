import fc from 'fast-check';
import { groupLevelCompliance, type CountedPeriod, type CountedRoom } from './group-level.js';

const COUNTERS = ['c1', 'c2', 'c3', 'c4'];
const DISPENSERS = ['d1', 'd2', 'd3', 'dc'];
const UNITS = ['4B', 'ICU', null];

const rooms = fc.uniqueArray(
  fc.record({ id: fc.constantFrom('r1', 'r2', 'r3', 'r4'), unit: fc.constantFrom(...UNITS), counters: fc.subarray(COUNTERS, { minLength: 1 }), dispensers: fc.subarray(DISPENSERS) }),
  { selector: (room) => room.id, maxLength: 4 },
);
const counts = (ids: string[]) => fc.array(fc.record({ id: fc.constantFrom(...ids), n: fc.integer({ min: 0, max: 50 }) }), { maxLength: 8 });
const periods = fc.array(fc.record({ entries: counts(COUNTERS), activations: counts(DISPENSERS) }), { minLength: 1, maxLength: 4 });

function build(rawRooms: Array<{ id: string; unit: string | null; counters: string[]; dispensers: string[] }>, rawPeriods: Array<{ entries: Array<{ id: string; n: number }>; activations: Array<{ id: string; n: number }> }>) {
  // A counter counts one room's door: give each to the first room that lists it.
  const taken = new Set<string>();
  const counted: CountedRoom[] = rawRooms.map((room) => {
    const counterIds = room.counters.filter((id) => !taken.has(id));
    counterIds.forEach((id) => taken.add(id));
    return { id: room.id, name: room.id, unit: room.unit, counterIds, dispenserIds: new Set(room.dispensers) };
  });
  const sum = (list: Array<{ id: string; n: number }>) => {
    const map = new Map<string, number>();
    for (const { id, n } of list) map.set(id, (map.get(id) ?? 0) + n);
    return map;
  };
  const countedPeriods: CountedPeriod[] = rawPeriods.map((period, i) => ({ day: `2026-11-${String(10 + i)}`, entriesByCounter: sum(period.entries), activationsByDispenser: sum(period.activations) }));
  return { counted, countedPeriods };
}

describe('group-level figures, for any rooms and counts', () => {
  it('give a compliance in [0, 1] exactly when there are entries, and 2 opportunities per entry', () => {
    fc.assert(
      fc.property(rooms, periods, (rawRooms, rawPeriods) => {
        const { counted, countedPeriods } = build(rawRooms, rawPeriods);
        for (const by of ['room', 'unit', 'day'] as const) {
          const { total, groups } = groupLevelCompliance(counted, countedPeriods, by);
          for (const figures of [total, ...groups]) {
            expect(figures.estimatedOpportunities).toBe(2 * figures.doorEntries);
            if (figures.doorEntries === 0) expect(figures.compliance).toBeNull();
            else expect(figures.compliance).toBe(Math.min(1, figures.activations / figures.estimatedOpportunities));
          }
        }
      }),
    );
  });

  it('split the entries exactly between rooms, units and days; the activations exactly between days, and at least once between rooms', () => {
    fc.assert(
      fc.property(rooms, periods, (rawRooms, rawPeriods) => {
        const { counted, countedPeriods } = build(rawRooms, rawPeriods);
        const sum = (groups: Array<{ doorEntries: number; activations: number }>, field: 'doorEntries' | 'activations') => groups.reduce((total, group) => total + group[field], 0);
        const byRoom = groupLevelCompliance(counted, countedPeriods, 'room');
        const byUnit = groupLevelCompliance(counted, countedPeriods, 'unit');
        const byDay = groupLevelCompliance(counted, countedPeriods, 'day');
        for (const result of [byRoom, byUnit, byDay]) expect(sum(result.groups, 'doorEntries')).toBe(byRoom.total.doorEntries);
        expect(sum(byDay.groups, 'activations')).toBe(byDay.total.activations);
        // A dispenser serving two rooms counts in each room, once in their unit and once in the total.
        expect(sum(byRoom.groups, 'activations')).toBeGreaterThanOrEqual(sum(byUnit.groups, 'activations'));
        expect(sum(byUnit.groups, 'activations')).toBeGreaterThanOrEqual(byUnit.total.activations);
      }),
    );
  });

  it('never lowers a figure when a dispenser is used once more', () => {
    fc.assert(
      fc.property(rooms, periods, fc.constantFrom(...DISPENSERS), (rawRooms, rawPeriods, dispenser) => {
        const before = build(rawRooms, rawPeriods);
        const after = build(rawRooms, [{ ...rawPeriods[0], activations: [...rawPeriods[0].activations, { id: dispenser, n: 1 }] }, ...rawPeriods.slice(1)]);
        const was = groupLevelCompliance(before.counted, before.countedPeriods, 'room');
        const is = groupLevelCompliance(after.counted, after.countedPeriods, 'room');
        is.groups.forEach((group, i) => expect(group.compliance ?? 0).toBeGreaterThanOrEqual(was.groups[i].compliance ?? 0));
        expect(is.total.activations).toBeGreaterThanOrEqual(was.total.activations);
      }),
    );
  });
});
