import {
  belowReorderConditions,
  discrepancyOverdueConditions,
  lotExpiredConditions,
  lotExpiringConditions,
  stockOutConditions,
  type BinLevel,
  type LotExpiry,
} from './inventory.check.js';

const bin = (overrides: Partial<BinLevel>): BinLevel => ({
  binId: 1,
  itemName: 'Morphine sulfate 2 mg/mL ampoule',
  place: 'Cabinet, ICU – Drawer 1 / A1',
  controlled: true,
  status: 'ok',
  expected: 10,
  reorderPoint: 3,
  par: 10,
  floorId: 'main-1',
  roomId: 'main-1-icu-medication',
  ...overrides,
});

describe('inventory alert checks', () => {
  it('raises a critical stock-out per empty bin and a warning per bin at or below reorder, one per bin', () => {
    const bins = [bin({ binId: 1, status: 'stock_out', expected: 0 }), bin({ binId: 2, status: 'below_reorder', expected: 2 }), bin({ binId: 3, status: 'below_par', expected: 5 })];
    expect(stockOutConditions(bins)).toEqual([
      expect.objectContaining({ key: 'inventory.stock_out:bin:1', severity: 'critical', title: 'Stock-out: Morphine sulfate 2 mg/mL ampoule at Cabinet, ICU – Drawer 1 / A1', floorId: 'main-1' }),
    ]);
    expect(belowReorderConditions(bins)).toEqual([expect.objectContaining({ key: 'inventory.below_reorder:bin:2', severity: 'warning' })]);
  });

  it('warns about lots expiring within 30 days and raises expired lots still in a bin as critical', () => {
    const lot = (daysLeft: number, lotNumber: string | null): LotExpiry => ({
      binId: 4,
      lotNumber,
      expiry: '2026-12-01',
      quantity: 3,
      daysLeft,
      itemName: 'Midazolam',
      place: 'P',
      floorId: 'f',
      roomId: null,
    });
    const lots = [lot(-1, 'OLD'), lot(0, 'TODAY'), lot(30, 'D30'), lot(31, 'D31'), lot(-5, null)];
    expect(lotExpiringConditions(lots).map((c) => c.subjectId)).toEqual(['4:TODAY', '4:D30']);
    expect(lotExpiredConditions(lots).map((c) => [c.subjectId, c.severity])).toEqual([
      ['4:OLD', 'critical'],
      ['4:(unknown)', 'critical'],
    ]);
  });

  it('escalates discrepancies past their deadline: critical when controlled', () => {
    const deadlineAt = new Date('2026-11-26T20:00:00Z');
    const open = [
      { id: 1, controlled: true, delta: -1, itemName: 'Morphine', place: 'P', deadlineAt, floorId: 'f', roomId: null },
      { id: 2, controlled: false, delta: 2, itemName: 'Saline', place: 'P', deadlineAt, floorId: 'f', roomId: null },
    ];
    expect(discrepancyOverdueConditions(open, deadlineAt)).toEqual([]);
    expect(discrepancyOverdueConditions(open, new Date(deadlineAt.getTime() + 1)).map((c) => [c.key, c.severity, c.title])).toEqual([
      ['inventory.discrepancy_overdue:discrepancy:1', 'critical', 'Controlled-substance discrepancy overdue: Morphine at P (-1)'],
      ['inventory.discrepancy_overdue:discrepancy:2', 'warning', 'Discrepancy overdue: Saline at P (+2)'],
    ]);
  });
});
