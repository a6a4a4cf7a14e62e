import { binStatus, daysOfSupply, levelIssues } from './bin-status.js';

const levels = { par: 20, reorderPoint: 6, maximum: 30 };

describe('bin status and days of supply from recent usage', () => {
  it('names the most urgent status that holds', () => {
    expect(binStatus(0, levels)).toBe('stock_out');
    expect(binStatus(-2, levels)).toBe('stock_out');
    expect(binStatus(6, levels)).toBe('below_reorder');
    expect(binStatus(7, levels)).toBe('below_par');
    expect(binStatus(19, levels)).toBe('below_par');
    expect(binStatus(20, levels)).toBe('ok');
    expect(binStatus(30, levels)).toBe('ok');
    expect(binStatus(31, levels)).toBe('overstock');
  });

  it('refuses levels out of order, naming the field', () => {
    expect(levelIssues(levels)).toEqual([]);
    expect(levelIssues({ par: 10, reorderPoint: 10, maximum: 9 })).toEqual([
      { field: 'reorderPoint', message: 'must be below par (10)' },
      { field: 'maximum', message: 'must be at least par (10)' },
    ]);
  });

  it('divides the stock by the units used per day over the window (withdrawn + wasted − returned)', () => {
    // 7 days: 30 withdrawn, 2 wasted, 4 returned = 4 a day; 18 on hand = 4.5 days.
    expect(daysOfSupply(18, { withdrawn: 30, wasted: 2, returned: 4, days: 7 })).toBe(4.5);
    expect(daysOfSupply(18, { withdrawn: 0, wasted: 0, returned: 0, days: 7 })).toBeNull();
    expect(daysOfSupply(18, { withdrawn: 1, wasted: 0, returned: 3, days: 7 })).toBeNull();
    expect(daysOfSupply(0, { withdrawn: 30, wasted: 0, returned: 0, days: 7 })).toBe(0);
  });
});
