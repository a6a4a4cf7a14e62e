import { ReceptionTable, receptionFloorDbm, receptionProbability } from './packet-reception.js';

const parameters = { sensitivityDbm: -95, waterfallWidthDb: 1, baseLossProbability: 0.05 };

describe('packet reception', () => {
  it('loses 30.8 % at the sensitivity (the BLE definition), before the fixed loss', () => {
    expect(receptionProbability(-95, { ...parameters, baseLossProbability: 0 })).toBeCloseTo(0.692, 6);
    expect(receptionProbability(-95, parameters)).toBeCloseTo(0.692 * 0.95, 6);
  });

  it('rises monotonically from nothing far below the sensitivity to 1 − base loss far above it', () => {
    expect(receptionProbability(-130, parameters)).toBe(0);
    expect(receptionProbability(-40, parameters)).toBeCloseTo(0.95, 12);
    let previous = -1;
    for (let rssi = -120; rssi <= -60; rssi += 0.1) {
      const p = receptionProbability(rssi, parameters);
      expect(p).toBeGreaterThanOrEqual(previous);
      previous = p;
    }
    // The waterfall: from 10 % to 90 % of the maximum within about 4.4 widths.
    const level = (fraction: number) => {
      let rssi = -120;
      while (receptionProbability(rssi, parameters) < fraction * 0.95) rssi += 0.01;
      return rssi;
    };
    expect(level(0.9) - level(0.1)).toBeCloseTo(4.39, 1);
  });

  it('puts the floor where fewer than one advertisement in 1,000 gets through', () => {
    const floor = receptionFloorDbm(parameters);
    expect(receptionProbability(floor, { ...parameters, baseLossProbability: 0 })).toBeCloseTo(0.001, 6);
    expect(floor).toBeCloseTo(-95 - 7.7, 1);
  });

  it('is tabulated to within 10⁻⁵ of the formula', () => {
    const table = new ReceptionTable(parameters);
    let worst = 0;
    for (let rssi = -130; rssi <= -50; rssi += 0.0037) {
      worst = Math.max(worst, Math.abs(table.probability(rssi) - receptionProbability(rssi, parameters)));
    }
    expect(worst).toBeLessThan(1e-5);
  });
});
