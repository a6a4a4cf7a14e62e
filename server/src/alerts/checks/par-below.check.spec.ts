import { parBelowMinimum, type ParShortfall } from './par-below.check.js';

const par = (overrides: Partial<ParShortfall> = {}): ParShortfall => ({
  parId: 'icu:infusion-pump',
  placeName: 'ICU',
  typeName: 'Infusion pump',
  minimum: 6,
  available: 4,
  unlocated: 1,
  floorId: 'f-2',
  roomId: null,
  ...overrides,
});

describe('parBelowMinimum', () => {
  it('raises a warning with the shortfall while some are left', () => {
    expect(parBelowMinimum([par()])).toEqual([
      {
        kind: 'equipment.par_below',
        key: 'equipment.par_below:par:icu:infusion-pump',
        severity: 'warning',
        title: 'Infusion pump below PAR at ICU: 4 of 6',
        detail: { placeName: 'ICU', typeName: 'Infusion pump', minimum: 6, available: 4, shortfall: 2, unlocated: 1 },
        subjectType: 'par',
        subjectId: 'icu:infusion-pump',
        floorId: 'f-2',
        roomId: null,
      },
    ]);
  });

  it('is critical when none is left', () => {
    expect(parBelowMinimum([par({ available: 0 })])[0]).toMatchObject({ severity: 'critical', detail: { shortfall: 6 } });
  });

  it('says nothing for a level that is met (exactly at the minimum, or above)', () => {
    expect(parBelowMinimum([par({ available: 6 }), par({ available: 9 })])).toEqual([]);
  });

  it('keeps one condition per PAR level', () => {
    const keys = parBelowMinimum([par(), par({ parId: 'icu:ventilator', typeName: 'Ventilator', minimum: 2, available: 1 })]).map((c) => c.key);
    expect(keys).toEqual(['equipment.par_below:par:icu:infusion-pump', 'equipment.par_below:par:icu:ventilator']);
  });
});
