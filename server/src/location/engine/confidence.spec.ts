import { confidenceBand, evidenceStrength } from './confidence.js';
import { NO_BAND } from './tag-states.js';

const EDGES = [0.4, 0.75];

describe('confidenceBand', () => {
  it('places a first value by the edges, conservatively', () => {
    expect(confidenceBand(0.2, NO_BAND, EDGES, 0.1)).toBe(0);
    expect(confidenceBand(0.55, NO_BAND, EDGES, 0.1)).toBe(1);
    expect(confidenceBand(0.8, NO_BAND, EDGES, 0.1)).toBe(1);
    expect(confidenceBand(0.9, NO_BAND, EDGES, 0.1)).toBe(2);
  });

  it('holds the band until the value is past an edge by the hysteresis', () => {
    expect(confidenceBand(0.7, 2, EDGES, 0.1)).toBe(2);
    expect(confidenceBand(0.64, 2, EDGES, 0.1)).toBe(1);
    expect(confidenceBand(0.84, 1, EDGES, 0.1)).toBe(1);
    expect(confidenceBand(0.86, 1, EDGES, 0.1)).toBe(2);
  });

  it('can drop more than one band at once', () => {
    expect(confidenceBand(0, 2, EDGES, 0.1)).toBe(0);
  });
});

describe('evidenceStrength', () => {
  it('is half for one fresh gateway and full from two', () => {
    expect(evidenceStrength(0)).toBe(0);
    expect(evidenceStrength(1)).toBe(0.5);
    expect(evidenceStrength(2)).toBe(1);
    expect(evidenceStrength(5)).toBe(1);
  });
});
