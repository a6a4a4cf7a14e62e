import { pointInPolygon, type Point } from '../../floorplan/geometry/polygon.js';
import { roomSamplePoints } from './room-sample-points.js';

const rectangle = (w: number, h: number): Point[] => [[0, 0], [w, 0], [w, h], [0, h], [0, 0]];

describe('roomSamplePoints', () => {
  it('spreads about a dozen points over a patient room', () => {
    const points = roomSamplePoints(rectangle(6, 6));
    expect(points.length).toBeGreaterThanOrEqual(9);
    expect(points.length).toBeLessThanOrEqual(18);
  });

  it('puts no two points closer than a metre in a small room', () => {
    const points = roomSamplePoints(rectangle(2, 2));
    expect(points).toHaveLength(4);
  });

  it('lines a long corridor with points along its length', () => {
    const points = roomSamplePoints(rectangle(40, 3));
    const xs = points.map(([x]) => x);
    expect(Math.min(...xs)).toBeLessThan(3);
    expect(Math.max(...xs)).toBeGreaterThan(37);
  });

  it('keeps every point inside an L-shaped room', () => {
    const lShape: Point[] = [[0, 0], [10, 0], [10, 4], [4, 4], [4, 10], [0, 10], [0, 0]];
    const points = roomSamplePoints(lShape);
    expect(points.length).toBeGreaterThan(4);
    expect(points.every((p) => pointInPolygon(p, lShape))).toBe(true);
  });

  it('finds at least one point in a sliver', () => {
    expect(roomSamplePoints(rectangle(8, 0.3)).length).toBeGreaterThan(0);
  });
});
