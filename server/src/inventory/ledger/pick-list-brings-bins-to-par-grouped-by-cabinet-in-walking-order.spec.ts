import { pickList, type PickBin } from './pick-list.js';

const today = '2026-11-26';
const bin = (overrides: Partial<PickBin>): PickBin => ({
  binId: 1,
  cabinetId: 'cab-a',
  location: 'Drawer 1 / A1',
  itemCode: 'MOR2',
  itemName: 'Morphine 2 mg/mL',
  par: 10,
  reorderPoint: 3,
  maximum: 12,
  expected: 10,
  lots: [{ lotNumber: 'L1', expiry: '2027-05-01', quantity: 10 }],
  ...overrides,
});

describe('the pick list brings bins to par, grouped by cabinet in walking order', () => {
  it('brings each bin below par up to par and leaves full bins out', () => {
    const stops = pickList([bin({ binId: 1, expected: 4, lots: [{ lotNumber: 'L1', expiry: '2027-05-01', quantity: 4 }] }), bin({ binId: 2 })], [], today);
    expect(stops).toEqual([{ cabinetId: 'cab-a', lines: [{ binId: 1, location: 'Drawer 1 / A1', itemCode: 'MOR2', itemName: 'Morphine 2 mg/mL', bring: 6, pull: [] }] }]);
  });

  it('pulls expired lots and brings their replacement on the same visit', () => {
    const lots = [
      { lotNumber: 'OLD', expiry: '2026-11-01', quantity: 3 },
      { lotNumber: 'L1', expiry: '2027-05-01', quantity: 7 },
    ];
    const [stop] = pickList([bin({ expected: 10, lots })], [], today);
    expect(stop.lines[0]).toMatchObject({ bring: 3, pull: [{ lotNumber: 'OLD', expiry: '2026-11-01', quantity: 3 }] });
  });

  it('orders cabinets by the walking route, those off the route last by id, and bins by location', () => {
    const low = { expected: 0, lots: [] };
    const stops = pickList(
      [
        bin({ ...low, binId: 1, cabinetId: 'cab-z' }),
        bin({ ...low, binId: 2, cabinetId: 'cab-b', location: 'Drawer 2 / A10' }),
        bin({ ...low, binId: 3, cabinetId: 'cab-b', location: 'Drawer 2 / A2' }),
        bin({ ...low, binId: 4, cabinetId: 'cab-c' }),
        bin({ ...low, binId: 5, cabinetId: 'cab-y' }),
      ],
      ['cab-c', 'cab-b'],
      today,
    );
    expect(stops.map((stop) => [stop.cabinetId, stop.lines.map((line) => line.binId)])).toEqual([
      ['cab-c', [4]],
      ['cab-b', [3, 2]],
      ['cab-y', [5]],
      ['cab-z', [1]],
    ]);
  });

  it('brings an empty or overdrawn bin to par, never above its maximum', () => {
    const [stop] = pickList([bin({ expected: -2, lots: [], par: 10, maximum: 10 })], [], today);
    expect(stop.lines[0].bring).toBe(10);
  });
});
