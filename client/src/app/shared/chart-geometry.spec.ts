import { chartGeometry, niceTicks } from './chart-geometry';

// A 100 × 60 frame with 20 px for labels left and 10 below: the plot spans x 20–92 and y 8–50.
const FRAME = { width: 100, height: 60, left: 20, bottom: 10 };

describe('chartGeometry', () => {
  it('draws bars evenly in their slots, from the baseline up to their value, and leaves a gap for a null', () => {
    const geometry = chartGeometry(
      [
        { x: 0, value: 0.5, label: 'a' },
        { x: 1, value: null, label: 'b' },
        { x: 2, value: 1, label: 'c' },
      ],
      [],
      { ...FRAME, yDomain: [0, 1] },
      'bar',
    );
    // Slots of 24 px; a bar is 70 % of its slot, centred. 0.5 of 42 px is 21 px.
    expect(geometry.bars).toEqual([
      { x: 23.6, y: 29, width: expect.closeTo(16.8, 6), height: 21, label: 'a' },
      { x: 71.6, y: 8, width: expect.closeTo(16.8, 6), height: 42, label: 'c' },
    ]);
    expect(geometry.baseline).toBe(50);
    expect(geometry.yTicks.map((tick) => [tick.value, tick.at])).toEqual([
      [0, 50],
      [0.2, 41.6],
      [0.4, 33.2],
      [0.6, 24.8],
      [0.8, 16.4],
      [1, 8],
    ]);
  });

  it('places a line by x, breaks it at a null, and closes a band under each stretch', () => {
    const geometry = chartGeometry(
      [
        { x: 0, value: 2, low: 1, high: 3, label: 'a' },
        { x: 1, value: 3, low: 2, high: 4, label: 'b' },
        { x: 2, value: null, label: 'gap' },
        { x: 3, value: 1, low: 0, high: 2, label: 'c' },
      ],
      [],
      { ...FRAME, yDomain: [0, 4] },
      'line',
    );
    // x: 0 → 20, 1 → 44, 3 → 92; y: value v → 50 − v × 10.5.
    expect(geometry.line).toBe('M20,29L44,18.5M92,39.5');
    expect(geometry.band).toBe('M20,18.5L44,8L44,29L20,39.5ZM92,29L92,50Z');
    expect(geometry.dots.map((dot) => dot.label)).toEqual(['a', 'b', 'c']);
  });

  it('places a line within a given time window, so a short stretch of readings shows where it falls', () => {
    const geometry = chartGeometry(
      [
        { x: 60, value: 1, label: 'a' },
        { x: 90, value: 1, label: 'b' },
      ],
      [],
      { ...FRAME, yDomain: [0, 2], xDomain: [0, 120] },
      'line',
    );
    // 72 px for 120 units: 60 → 56, 90 → 74.
    expect(geometry.line).toBe('M56,29L74,29');
  });

  it('fits the data and the limits when no range is given, with a tenth of room either side, and drops limits outside a given range', () => {
    const fitted = chartGeometry([{ x: 0, value: 5, label: 'a' }], [{ value: 8, label: 'max 8' }], FRAME, 'line');
    // Data 5, limit 8: range 4.7–8.3, so the limit is 0.3 below the top.
    expect(fitted.references).toEqual([{ y: expect.closeTo(8 + (0.3 / 3.6) * 42, 6), label: 'max 8' }]);
    expect(fitted.line).toBe('M56,46.5');
    const clipped = chartGeometry([{ x: 0, value: 5, label: 'a' }], [{ value: 8, label: 'max 8' }], { ...FRAME, yDomain: [0, 6] }, 'line');
    expect(clipped.references).toEqual([]);
  });

  it('gives a flat series room of one either way, and an empty one a 0–1 range', () => {
    expect(chartGeometry([{ x: 0, value: 3, label: 'a' }, { x: 1, value: 3, label: 'b' }], [], FRAME, 'line').yTicks.map((tick) => tick.value)).toEqual([2, 2.5, 3, 3.5, 4]);
    expect(chartGeometry([], [], FRAME, 'line').line).toBe('');
  });
});

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten inside the range', () => {
    expect(niceTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(-3.2, 1.1)).toEqual([-3, -2, -1, 0, 1]);
    // 6.25 / 5 = 1.25 rounds up to a step of 2.
    expect(niceTicks(2.05, 8.3)).toEqual([4, 6, 8]);
  });
});
