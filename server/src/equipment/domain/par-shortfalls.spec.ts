import { countParLevels, countedUnit, parShortfalls, type ParAsset, type ParLevelRule } from './par-levels.js';

const ICU = 'Intensive care unit';
const WARD = 'Medical ward';

let nextId = 1;
function pump(overrides: Partial<ParAsset> = {}): ParAsset {
  return { id: nextId++, typeCode: 'infusion_pump', available: true, homeUnit: ICU, tracked: true, locatedUnit: ICU, ...overrides };
}

describe('PAR shortfalls', () => {
  const levels: ParLevelRule[] = [
    { unit: ICU, typeCode: 'infusion_pump', minAvailable: 4 },
    { unit: WARD, typeCode: 'infusion_pump', minAvailable: 2 },
    { unit: ICU, typeCode: 'ventilator', minAvailable: 1 },
  ];

  it('counts available assets where they are, not where they belong', () => {
    const inIcu = pump();
    const borrowedByWard = pump({ locatedUnit: WARD });
    const counts = countParLevels(levels, [inIcu, borrowedByWard]);
    expect(counts[0]).toMatchObject({ available: 1, shortfall: 3, availableAssetIds: [inIcu.id] });
    expect(counts[1]).toMatchObject({ available: 1, shortfall: 1, availableAssetIds: [borrowedByWard.id] });
  });

  it('does not count assets in use, soiled or of another type', () => {
    const counts = countParLevels(levels, [pump({ available: false }), pump({ typeCode: 'syringe_driver' }), pump()]);
    expect(counts[0].available).toBe(1);
    expect(counts[2]).toMatchObject({ available: 0, shortfall: 1 });
  });

  it('counts an untracked asset at its home unit, and a tracked one in a corridor nowhere', () => {
    expect(countedUnit(pump({ tracked: false, locatedUnit: undefined, homeUnit: WARD }))).toBe(WARD);
    expect(countedUnit(pump({ locatedUnit: null }))).toBeNull();
  });

  it('lists tracked assets without a fresh position under their home unit as unlocated, without counting them', () => {
    const silent = pump({ locatedUnit: undefined });
    const [icu] = countParLevels(levels, [silent, pump(), pump(), pump()]);
    expect(icu).toMatchObject({ available: 3, shortfall: 1, unlocatedAssetIds: [silent.id] });
  });

  it('reports only the levels below minimum, largest shortfall first', () => {
    const assets = [pump(), pump(), pump(), pump(), pump({ typeCode: 'ventilator' }), pump({ locatedUnit: WARD })];
    expect(parShortfalls(levels, assets).map((s) => [s.unit, s.typeCode, s.shortfall])).toEqual([[WARD, 'infusion_pump', 1]]);
    expect(parShortfalls(levels, []).map((s) => [s.unit, s.typeCode, s.shortfall])).toEqual([
      [ICU, 'infusion_pump', 4],
      [WARD, 'infusion_pump', 2],
      [ICU, 'ventilator', 1],
    ]);
  });

  it('is satisfied by a level of zero', () => {
    expect(parShortfalls([{ unit: WARD, typeCode: 'bed', minAvailable: 0 }], [])).toEqual([]);
  });
});
