import {
  distanceToBoundary,
  findSelfIntersection,
  isClosedRing,
  pointInPolygon,
  polygonArea,
  polygonCentroid,
  segmentsIntersect,
  signedArea,
  type Point,
} from './polygon.js';

const square: Point[] = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
// An L: a 6×6 square with its bottom-left 2.5×3 corner cut out (the isolation room shape).
const lShape: Point[] = [[0, 3], [2.5, 3], [2.5, 0], [6, 0], [6, 6], [0, 6], [0, 3]];

describe('polygon area and centroid', () => {
  it('gives a counter-clockwise square positive signed area and a clockwise one negative', () => {
    expect(signedArea(square)).toBe(16);
    expect(signedArea([...square].reverse())).toBe(-16);
    expect(polygonArea([...square].reverse())).toBe(16);
  });

  it('puts the centroid of a square at its centre', () => {
    expect(polygonCentroid(square)).toEqual([2, 2]);
  });

  it('weights the centroid of an L shape towards its larger arm', () => {
    expect(polygonArea(lShape)).toBe(36 - 7.5);
    const [cx, cy] = polygonCentroid(lShape);
    // Moments of the full square minus the cut-out corner, divided by the remaining area.
    expect(cx).toBeCloseTo((36 * 3 - 7.5 * 1.25) / 28.5, 9);
    expect(cy).toBeCloseTo((36 * 3 - 7.5 * 1.5) / 28.5, 9);
  });

  it('falls back to the vertex mean for a ring with no area', () => {
    expect(polygonCentroid([[0, 0], [2, 0], [4, 0], [0, 0]])).toEqual([2, 0]);
  });
});

describe('pointInPolygon', () => {
  it('finds a point inside and one outside', () => {
    expect(pointInPolygon([1, 1], square)).toBe(true);
    expect(pointInPolygon([5, 1], square)).toBe(false);
  });

  it('counts a point on a wall as inside (wall-mounted devices)', () => {
    expect(pointInPolygon([4, 2], square)).toBe(true);
    expect(pointInPolygon([0, 0], square)).toBe(true);
  });

  it('excludes the notch of an L shape', () => {
    expect(pointInPolygon([1, 1], lShape)).toBe(false);
    expect(pointInPolygon([1, 5], lShape)).toBe(true);
    expect(pointInPolygon([4, 1], lShape)).toBe(true);
  });

  it('counts a ray passing exactly through a vertex once', () => {
    const diamond: Point[] = [[0, 2], [2, 0], [4, 2], [2, 4], [0, 2]];
    expect(pointInPolygon([1, 2], diamond)).toBe(true); // the ray leaves through the vertex (4, 2)
    expect(pointInPolygon([-1, 3], lShape)).toBe(false); // the ray grazes two vertices of the notch
    expect(pointInPolygon([-1, 6], lShape)).toBe(false); // the ray runs along the top wall
  });
});

describe('distanceToBoundary', () => {
  it('measures to the nearest wall', () => {
    expect(distanceToBoundary([1, 2], square)).toBe(1);
    expect(distanceToBoundary([6, 4], square)).toBe(2);
  });
});

describe('segmentsIntersect', () => {
  it('detects crossing, touching and collinear overlapping segments', () => {
    expect(segmentsIntersect([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [2, 0], [2, 0], [3, 1])).toBe(true);
    expect(segmentsIntersect([0, 0], [2, 0], [1, 0], [3, 0])).toBe(true);
  });

  it('rejects parallel and disjoint collinear segments', () => {
    expect(segmentsIntersect([0, 0], [2, 0], [0, 1], [2, 1])).toBe(false);
    expect(segmentsIntersect([0, 0], [1, 0], [2, 0], [3, 0])).toBe(false);
  });
});

describe('findSelfIntersection', () => {
  it('accepts simple rings', () => {
    expect(findSelfIntersection(square)).toBeNull();
    expect(findSelfIntersection(lShape)).toBeNull();
  });

  it('finds the crossing edges of a bow tie', () => {
    expect(findSelfIntersection([[0, 0], [4, 4], [4, 0], [0, 4], [0, 0]])).toEqual([0, 2]);
  });

  it('finds a vertex touching a non-adjacent edge', () => {
    expect(findSelfIntersection([[0, 0], [4, 0], [4, 4], [2, 0], [0, 4], [0, 0]])).not.toBeNull();
  });

  it('finds an edge doubling back over its neighbour', () => {
    expect(findSelfIntersection([[0, 0], [4, 0], [2, 0], [2, 2], [0, 0]])).not.toBeNull();
  });

  it('finds a repeated position', () => {
    expect(findSelfIntersection([[0, 0], [4, 0], [4, 0], [4, 4], [0, 0]])).not.toBeNull();
  });
});

describe('isClosedRing', () => {
  it('needs the last position to repeat the first', () => {
    expect(isClosedRing(square)).toBe(true);
    expect(isClosedRing(square.slice(0, -1))).toBe(false);
  });
});
