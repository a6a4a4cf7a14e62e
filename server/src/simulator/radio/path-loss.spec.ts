import { floorLossDb, logDistanceRssi } from './path-loss.js';

describe('log-distance path loss', () => {
  it('gives P₁ₘ at 1 m and loses 10·n dB per decade of distance', () => {
    // P₁ₘ −59 dBm, n 2.2: 10 m → −59 − 22·1 = −81; 100 m → −59 − 22·2 = −103; 4 m → −59 − 22·0.60206 = −72.245.
    expect(logDistanceRssi(-59, 2.2, 1, 0.5)).toBeCloseTo(-59, 12);
    expect(logDistanceRssi(-59, 2.2, 10, 0.5)).toBeCloseTo(-81, 12);
    expect(logDistanceRssi(-59, 2.2, 100, 0.5)).toBeCloseTo(-103, 12);
    expect(logDistanceRssi(-59, 2.2, 4, 0.5)).toBeCloseTo(-72.2453, 4);
    // Free space (n = 2): doubling the distance costs 6.02 dB.
    expect(logDistanceRssi(-59, 2, 6, 0.5) - logDistanceRssi(-59, 2, 12, 0.5)).toBeCloseTo(6.0206, 4);
  });

  it('falls monotonically with distance and is clamped below the minimum distance', () => {
    let previous = Number.POSITIVE_INFINITY;
    for (let d = 0.5; d <= 120; d += 0.25) {
      const rssi = logDistanceRssi(-59, 2.2, d, 0.5);
      expect(rssi).toBeLessThan(previous);
      previous = rssi;
    }
    // Below 0.5 m everything reads as 0.5 m: −59 − 22·log10(0.5) = −52.377.
    expect(logDistanceRssi(-59, 2.2, 0.1, 0.5)).toBeCloseTo(-52.3773, 4);
    expect(logDistanceRssi(-59, 2.2, 0, 0.5)).toBe(logDistanceRssi(-59, 2.2, 0.5, 0.5));
  });
});

describe('floor loss (COST 231 multi-wall model)', () => {
  it('costs nothing on the same floor, L_f through one slab and less for each further one', () => {
    expect(floorLossDb(0, 18.3, 0.46)).toBe(0);
    expect(floorLossDb(1, 18.3, 0.46)).toBeCloseTo(18.3, 12);
    // Two slabs: 18.3 · 2^((2+2)/(2+1) − 0.46) = 18.3 · 2^0.87333 = 18.3 · 1.83176 = 33.521.
    expect(floorLossDb(2, 18.3, 0.46)).toBeCloseTo(33.521, 2);
    expect(floorLossDb(3, 18.3, 0.46) - floorLossDb(2, 18.3, 0.46)).toBeLessThan(floorLossDb(2, 18.3, 0.46) - 18.3);
  });
});
