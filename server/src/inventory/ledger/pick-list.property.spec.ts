import fc from 'fast-check';
import { expiredUnits } from './expiry.js';
import { pickList, type PickBin } from './pick-list.js';

const today = '2026-11-26';
const expiries = ['2026-10-01', '2026-11-25', '2026-11-26', '2027-03-01'];

const bins = fc.array(
  fc
    .record({
      cabinet: fc.constantFrom('cab-a', 'cab-b', 'cab-c', 'cab-d'),
      par: fc.integer({ min: 1, max: 40 }),
      extra: fc.integer({ min: 0, max: 20 }),
      lots: fc.array(fc.record({ expiry: fc.constantFrom(...expiries), quantity: fc.integer({ min: 1, max: 30 }) }), { maxLength: 3 }),
      missing: fc.integer({ min: 0, max: 5 }),
    })
    .map(({ cabinet, par, extra, lots, missing }) => ({ cabinet, par, maximum: par + extra, lots, missing })),
  { maxLength: 30 },
).map((specs) =>
  specs.map(
    ({ cabinet, par, maximum, lots, missing }, i): PickBin => ({
      binId: i + 1,
      cabinetId: cabinet,
      location: `Drawer 1 / A${i + 1}`,
      itemCode: `ITEM${i}`,
      itemName: `Item ${i}`,
      par,
      reorderPoint: Math.floor(par / 3),
      maximum,
      lots: lots.map((lot, j) => ({ lotNumber: `L${i}-${j}`, ...lot })),
      // Expected as the ledger has it: the lots' total, less units that went missing.
      expected: lots.reduce((sum, lot) => sum + lot.quantity, 0) - missing,
    }),
  ),
);

describe('the pick list, for any bins', () => {
  it('brings every listed bin exactly to par (never above its maximum), pulls every expired unit, and lists no other bin', () => {
    fc.assert(
      fc.property(bins, fc.shuffledSubarray(['cab-a', 'cab-b', 'cab-c', 'cab-d']), (all, route) => {
        const stops = pickList(all, route, today);
        const lines = new Map(stops.flatMap((stop) => stop.lines.map((line) => [line.binId, line] as const)));
        for (const bin of all) {
          const usable = Math.max(0, bin.expected - expiredUnits(bin.lots, today));
          const line = lines.get(bin.binId);
          const needed = usable < bin.par;
          const expired = expiredUnits(bin.lots, today) > 0;
          expect(line !== undefined).toBe(needed || expired);
          if (line === undefined) continue;
          expect(usable + line.bring).toBe(needed ? bin.par : usable);
          // Bringing never overfills (a bin already over its maximum is listed only for its expired lots).
          if (line.bring > 0) expect(usable + line.bring).toBeLessThanOrEqual(bin.maximum);
          expect(line.pull.reduce((sum, lot) => sum + lot.quantity, 0)).toBe(expiredUnits(bin.lots, today));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('visits the cabinets on the route in its order, then the others by id, each once', () => {
    fc.assert(
      fc.property(bins, fc.shuffledSubarray(['cab-a', 'cab-b', 'cab-c', 'cab-d']), (all, route) => {
        const order = pickList(all, route, today).map((stop) => stop.cabinetId);
        expect(new Set(order).size).toBe(order.length);
        const onRoute = order.filter((id) => route.includes(id));
        expect(onRoute).toEqual(route.filter((id) => onRoute.includes(id)));
        const off = order.slice(onRoute.length);
        expect(off.every((id) => !route.includes(id))).toBe(true);
        expect(off).toEqual([...off].sort());
      }),
      { numRuns: 300 },
    );
  });
});
