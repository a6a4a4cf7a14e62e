/**
 * Hypothesis points inside a room: where the engine asks "if the tag were here, would the
 * gateways hear what they hear?". A regular grid keeps rooms of every size comparable; the
 * cap bounds the per-evaluation work (points × gateways hearing the tag).
 */
import { boundingBox, distanceToBoundary, pointInPolygon, polygonArea, polygonCentroid, type Point } from '../../floorplan/geometry/polygon.js';

export interface SamplingOptions {
  /** Upper bound per room; a long corridor may get up to half again as many. */
  maxPoints: number;
  /** No finer than this: RSSI cannot tell points a metre apart. */
  minSpacingM: number;
}

export const DEFAULT_SAMPLING: SamplingOptions = { maxPoints: 12, minSpacingM: 1 };

/** Grid cell centres strictly inside the ring (at least one point, even for a sliver). */
export function roomSamplePoints(ring: readonly Point[], options: SamplingOptions = DEFAULT_SAMPLING): Point[] {
  const [minX, minY, maxX, maxY] = boundingBox(ring);
  let spacing = Math.max(options.minSpacingM, Math.sqrt(polygonArea(ring) / options.maxPoints));
  for (let attempt = 0; attempt < 8; attempt++) {
    const points = gridInside(ring, minX, minY, maxX, maxY, spacing);
    if (points.length > options.maxPoints * 1.5) spacing *= 1.25;
    else if (points.length === 0) spacing /= 2;
    else return points;
  }
  return [polygonCentroid(ring)];
}

function gridInside(ring: readonly Point[], minX: number, minY: number, maxX: number, maxY: number, spacing: number): Point[] {
  const columns = Math.max(1, Math.round((maxX - minX) / spacing));
  const rows = Math.max(1, Math.round((maxY - minY) / spacing));
  const points: Point[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const point: Point = [minX + ((column + 0.5) * (maxX - minX)) / columns, minY + ((row + 0.5) * (maxY - minY)) / rows];
      if (pointInPolygon(point, ring, 0) && distanceToBoundary(point, ring) > 0.05) points.push(point);
    }
  }
  return points;
}
