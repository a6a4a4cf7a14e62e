import { medianAnchoredMean, type RobustMean } from './robust-mean.js';

function robustMean(values: number[], weights: number[], rejectDb = 8): RobustMean {
  const out: RobustMean = { value: 0, weight: 0 };
  medianAnchoredMean(Float64Array.from(values), Float64Array.from(weights), values.length, rejectDb, out);
  return out;
}

describe('medianAnchoredMean', () => {
  it('is the weighted mean when every reading is near the median', () => {
    expect(robustMean([-70, -72, -74], [1, 1, 2])).toEqual({ value: -72.5, weight: 4 });
  });

  it('leaves out a reading far from the weighted median (a body in the way)', () => {
    expect(robustMean([-70, -71, -69, -90], [3, 3, 3, 3])).toEqual({ value: -70, weight: 9 });
  });

  it('takes the median by weight, so many advertisements outvote one', () => {
    // Median by weight is -80 (10 of 12 advertisements): -70 is 10 dB away and dropped.
    expect(robustMean([-70, -80, -81], [2, 5, 5])).toEqual({ value: -80.5, weight: 10 });
  });

  it('does not depend on the order of the readings', () => {
    const forward = robustMean([-60, -75, -66, -64, -90], [1, 2, 3, 2, 1]);
    const backward = robustMean([-90, -64, -66, -75, -60], [1, 2, 3, 2, 1]);
    expect(backward).toEqual(forward);
  });
});
