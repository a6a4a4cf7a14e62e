import { type Point, boundingBox, distanceToBoundary, pointInPolygon } from '../geometry/polygon.js';
import type { BuildingRoom } from './building-model.js';

/** Grid step of the search for a room's most central point. */
const CENTRE_SEARCH_STEP_M = 0.25;

/**
 * A point well inside the room: its centroid when that is at least 0.5 m from every wall, otherwise
 * the point of a 25 cm grid farthest from the walls. Where walking routes start and end in a room, and the spot a shaft's traveller waits at.
 */
export function roomInteriorPoint(room: BuildingRoom): Point {
  const centroid = room.centroid;
  if (pointInPolygon(centroid, room.polygon, 0) && distanceToBoundary(centroid, room.polygon) >= 0.5) return centroid;
  const [minX, minY, maxX, maxY] = boundingBox(room.polygon);
  let best: Point = room.polygon[0];
  let bestDistance = -1;
  for (let x = minX + CENTRE_SEARCH_STEP_M / 2; x < maxX; x += CENTRE_SEARCH_STEP_M) {
    for (let y = minY + CENTRE_SEARCH_STEP_M / 2; y < maxY; y += CENTRE_SEARCH_STEP_M) {
      if (!pointInPolygon([x, y], room.polygon, 0)) continue;
      const distance = distanceToBoundary([x, y], room.polygon);
      if (distance > bestDistance) {
        best = [x, y];
        bestDistance = distance;
      }
    }
  }
  return best;
}
