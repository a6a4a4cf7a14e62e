import { Prng, deriveSeed, hashGaussian, normalFromUint32, normalQuantile } from './prng.js';

function moments(values: readonly number[]): { mean: number; sd: number; kurtosis: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const m2 = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
  const m4 = values.reduce((a, v) => a + (v - mean) ** 4, 0) / values.length;
  return { mean, sd: Math.sqrt(m2), kurtosis: m4 / (m2 * m2) };
}

describe('Prng (xoshiro128**)', () => {
  it('matches the reference implementation from a known state', () => {
    // Blackman & Vigna's xoshiro128starstar.c, state {1, 2, 3, 4}, first six outputs (compiled and run).
    const prng = Prng.fromState(1, 2, 3, 4);
    expect(Array.from({ length: 6 }, () => prng.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => {
      const prng = new Prng(seed);
      return Array.from({ length: 20 }, () => prng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws uniforms in [0, 1) and integers in [0, n)', () => {
    const prng = new Prng(7);
    const counts = new Array<number>(5).fill(0);
    let outside = 0;
    for (let i = 0; i < 50_000; i++) {
      const u = prng.next();
      if (!(u >= 0 && u < 1)) outside++;
      counts[prng.int(5)]++;
    }
    expect(outside).toBe(0);
    // Each bucket expects 10,000 ± 89 (binomial sd); 4.5 sd is 400.
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  it('picks by weight, never a zero weight', () => {
    const prng = new Prng(9);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[prng.pickWeighted([1, 0, 3])]++;
    expect(counts[1]).toBe(0);
    // 7,500 expected for the first, sd 75.
    expect(Math.abs(counts[0] - 7_500)).toBeLessThan(340);
    expect(prng.pickWeighted([0, 0])).toBe(-1);
  });

  it('draws standard normal values: mean 0, sd 1, kurtosis 3, 5 % beyond ±1.96', () => {
    const prng = new Prng(11);
    const values = Array.from({ length: 200_000 }, () => prng.gaussian());
    const { mean, sd, kurtosis } = moments(values);
    // Standard errors at n = 200,000: mean 0.0022, sd 0.0016, kurtosis ~0.011.
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(sd - 1)).toBeLessThan(0.008);
    expect(Math.abs(kurtosis - 3)).toBeLessThan(0.06);
    const beyond = values.filter((v) => Math.abs(v) > 1.959964).length / values.length;
    expect(Math.abs(beyond - 0.05)).toBeLessThan(0.0025);
  });

  it('draws log-normal values around their median', () => {
    const prng = new Prng(12);
    const values = Array.from({ length: 20_001 }, () => prng.logNormal(3, 1)).sort((a, b) => a - b);
    expect(values[10_000]).toBeGreaterThan(2.85);
    expect(values[10_000]).toBeLessThan(3.15);
  });
});

describe('normal quantiles', () => {
  it('match tabulated values of the standard normal distribution', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 8);
    expect(normalQuantile(1e-9)).toBeCloseTo(-5.997807015007686, 7);
    expect(() => normalQuantile(0)).toThrow(RangeError);
  });

  it('are interpolated from the table to within 10⁻³ σ of the exact quantile', () => {
    let worst = 0;
    for (let i = 0; i < 200_000; i++) {
      const bits = Math.floor(((i + 0.37) / 200_000) * 4294967296);
      worst = Math.max(worst, Math.abs(normalFromUint32(bits) - normalQuantile((bits + 0.5) / 4294967296)));
    }
    expect(worst).toBeLessThan(1e-3);
  });
});

describe('derived seeds and hashed normals', () => {
  it('derive stable, distinct seeds per purpose', () => {
    expect(deriveSeed(1, 'radio', 'tag-1')).toBe(deriveSeed(1, 'radio', 'tag-1'));
    const seeds = new Set([
      deriveSeed(1, 'radio', 'tag-1'),
      deriveSeed(1, 'radio', 'tag-2'),
      deriveSeed(1, 'movement', 'tag-1'),
      deriveSeed(2, 'radio', 'tag-1'),
      deriveSeed(1, 'radio', 1),
    ]);
    expect(seeds.size).toBe(5);
  });

  it('hash integer coordinates to standard normal values, the same every time', () => {
    expect(hashGaussian(5, 1, -2, 3)).toBe(hashGaussian(5, 1, -2, 3));
    const values: number[] = [];
    for (let x = 0; x < 300; x++) for (let y = 0; y < 300; y++) values.push(hashGaussian(5, 0, x, y));
    const { mean, sd } = moments(values);
    expect(Math.abs(mean)).toBeLessThan(0.015);
    expect(Math.abs(sd - 1)).toBeLessThan(0.01);
  });
});
