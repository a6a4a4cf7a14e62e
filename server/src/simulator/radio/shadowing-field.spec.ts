import { ShadowingField } from './shadowing-field.js';

function correlation(pairs: ReadonlyArray<[number, number]>): number {
  const n = pairs.length;
  const mean = (k: 0 | 1) => pairs.reduce((sum, pair) => sum + pair[k], 0) / n;
  const [ma, mb] = [mean(0), mean(1)];
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (const [a, b] of pairs) {
    cov += (a - ma) * (b - mb);
    va += (a - ma) ** 2;
    vb += (b - mb) ** 2;
  }
  return cov / Math.sqrt(va * vb);
}

describe('ShadowingField', () => {
  const field = new ShadowingField(42, 4, 3, 6);

  it('gives the same value at the same place, whenever asked', () => {
    expect(field.valueDb(1, 0, 12.3, 45.6)).toBe(new ShadowingField(42, 4, 3, 6).valueDb(1, 0, 12.3, 45.6));
    expect(field.valueDb(1, 0, 12.3, 45.6)).not.toBe(new ShadowingField(43, 4, 3, 6).valueDb(1, 0, 12.3, 45.6));
  });

  it('has the configured standard deviation everywhere', () => {
    const values: number[] = [];
    for (let i = 0; i < 40_000; i++) values.push(field.valueDb(i % 4, 0, ((i * 7.31) % 1000) + 0.5, ((i * 3.77) % 900) + 0.25));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
    expect(Math.abs(mean)).toBeLessThan(0.1);
    expect(sd).toBeGreaterThan(2.85);
    expect(sd).toBeLessThan(3.15);
  });

  it('changes little over centimetres and is independent beyond two cells', () => {
    const near: Array<[number, number]> = [];
    const far: Array<[number, number]> = [];
    const otherGateway: Array<[number, number]> = [];
    const otherFloor: Array<[number, number]> = [];
    for (let i = 0; i < 5000; i++) {
      const x = (i * 13.7) % 2000;
      const y = (i * 5.3) % 2000;
      near.push([field.valueDb(0, 0, x, y), field.valueDb(0, 0, x + 0.05, y)]);
      far.push([field.valueDb(0, 0, x, y), field.valueDb(0, 0, x + 13, y)]);
      otherGateway.push([field.valueDb(0, 0, x, y), field.valueDb(1, 0, x, y)]);
      otherFloor.push([field.valueDb(0, 0, x, y), field.valueDb(0, 1, x, y)]);
    }
    expect(correlation(near)).toBeGreaterThan(0.98);
    // Sampling error of a correlation over 5000 pairs is about 0.014.
    expect(Math.abs(correlation(far))).toBeLessThan(0.05);
    expect(Math.abs(correlation(otherGateway))).toBeLessThan(0.05);
    expect(Math.abs(correlation(otherFloor))).toBeLessThan(0.05);
  });

  it('is zero when the static share of the shadowing is zero', () => {
    expect(new ShadowingField(42, 4, 0, 6).valueDb(2, 0, 5, 5)).toBe(0);
  });
});
