import { pointInPolygon, type Point } from '../../floorplan/geometry/polygon.js';
import { clampIntoRing, flattenRing, ringContains } from './flat-ring.js';

const lShape: Point[] = [[0, 0], [10, 0], [10, 4], [4, 4], [4, 10], [0, 10], [0, 0]];
const ring = flattenRing(lShape);

describe('flat rings', () => {
  it('drop the closing vertex', () => {
    expect(ring).toHaveLength(12);
  });

  it('agree with the shared point-in-polygon test away from the walls', () => {
    for (const p of [[2, 2], [8, 2], [2, 8], [7, 7], [11, 1], [-1, 5]] as Point[]) {
      expect(ringContains(ring, p[0], p[1])).toBe(pointInPolygon(p, lShape));
    }
  });

  it('leave a point inside where it is', () => {
    const out = new Float64Array(2);
    expect(clampIntoRing(ring, 2, 3, 0.2, out)).toBe(false);
    expect(Array.from(out)).toEqual([2, 3]);
  });

  it('move a point outside to the nearest wall and a little further in', () => {
    const out = new Float64Array(2);
    expect(clampIntoRing(ring, 5, 9, 0.2, out)).toBe(true);
    expect(out[0]).toBeCloseTo(3.8);
    expect(out[1]).toBeCloseTo(9);
    expect(pointInPolygon([out[0], out[1]], lShape)).toBe(true);
  });

  it('move a point in the notch of an L across the nearer of the notch’s walls', () => {
    const out = new Float64Array(2);
    clampIntoRing(ring, 7, 4.5, 0.2, out);
    expect(out[0]).toBeCloseTo(7);
    expect(out[1]).toBeCloseTo(3.8);
  });

  it('move a point outside beyond a corner to just inside the corner', () => {
    const out = new Float64Array(2);
    clampIntoRing(ring, 11, -1, 0.2, out);
    expect(pointInPolygon([out[0], out[1]], lShape)).toBe(true);
    expect(Math.hypot(out[0] - 10, out[1])).toBeLessThan(0.3);
  });
});
