import { distanceForRssi, distanceTermDb, expectedRssi } from './path-loss.js';

describe('log-distance path loss', () => {
  it('predicts the reference power at 1 m and 10·η dB less per decade', () => {
    expect(expectedRssi(-59, 2.5, distanceTermDb(1, 0, 0.5))).toBeCloseTo(-59);
    expect(expectedRssi(-59, 2.5, distanceTermDb(10, 0, 0.5))).toBeCloseTo(-84);
  });

  it('measures slant distance to a ceiling antenna', () => {
    expect(distanceTermDb(4, 3, 0.5)).toBeCloseTo(10 * Math.log10(5));
  });

  it('does not resolve distances below the minimum', () => {
    expect(distanceTermDb(0, 0, 0.5)).toBeCloseTo(10 * Math.log10(0.5));
  });

  it('inverts: the distance for the expected RSSI is the distance', () => {
    for (const d of [0.7, 3, 12.5]) expect(distanceForRssi(expectedRssi(-62, 2.2, distanceTermDb(d, 0, 0.1)), -62, 2.2)).toBeCloseTo(d);
  });
});
