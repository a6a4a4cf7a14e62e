import { expiredUnits, expiringLots, expiryBucket } from './expiry.js';

const today = '2026-11-26';

describe('expiry buckets 30/60/90 days and expired stock still in a bin', () => {
  it('buckets by whole calendar days; a pack is usable through its expiry date', () => {
    expect(expiryBucket('2026-11-25', today)).toBe('expired');
    expect(expiryBucket('2026-11-26', today)).toBe('within_30');
    expect(expiryBucket('2026-12-26', today)).toBe('within_30'); // 30 days
    expect(expiryBucket('2026-12-27', today)).toBe('within_60'); // 31 days
    expect(expiryBucket('2027-01-25', today)).toBe('within_60'); // 60 days
    expect(expiryBucket('2027-01-26', today)).toBe('within_90');
    expect(expiryBucket('2027-02-24', today)).toBe('within_90'); // 90 days
    expect(expiryBucket('2027-02-25', today)).toBe('later');
    expect(expiryBucket(null, today)).toBe('unknown');
  });

  it('lists the lots expired or expiring within the window, soonest first, leaving empty and later lots out', () => {
    const lots = [
      { lotNumber: 'B', expiry: '2027-01-10', quantity: 5, where: 'bin 2' },
      { lotNumber: 'A', expiry: '2026-11-20', quantity: 2, where: 'bin 1' },
      { lotNumber: 'C', expiry: '2026-12-01', quantity: 0, where: 'bin 1' },
      { lotNumber: 'D', expiry: '2028-01-01', quantity: 9, where: 'bin 3' },
      { lotNumber: null, expiry: null, quantity: 3, where: 'bin 3' },
    ];
    expect(expiringLots(lots, today).map((lot) => [lot.lotNumber, lot.bucket, lot.daysLeft, lot.where])).toEqual([
      ['A', 'expired', -6, 'bin 1'],
      ['B', 'within_60', 45, 'bin 2'],
    ]);
    expect(expiringLots(lots, today, 30).map((lot) => lot.lotNumber)).toEqual(['A']);
  });

  it('counts the expired units still in a bin', () => {
    expect(expiredUnits([{ lotNumber: 'A', expiry: '2026-11-25', quantity: 4 }, { lotNumber: 'B', expiry: '2026-11-26', quantity: 6 }, { lotNumber: null, expiry: null, quantity: 1 }], today)).toBe(4);
  });
});
