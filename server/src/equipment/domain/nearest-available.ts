/**
 * "The nearest available infusion pump to room R": candidates ranked by the time to walk from R to
 * them through doors, corridors and, between floors, stairs or elevators (the simulator's
 * WalkingGraph), never by straight lines through walls. Pure: the service passes the graph, the
 * candidates with their positions, and the time.
 *
 * Only `available` assets that are not soiled by their movements (hygiene/cleaning/equipment-hygiene.ts)
 * and have a fresh position are ranked; the rest are returned separately with the reason, so a caller
 * can say "3 more are in use, 2 are soiled, 1 has not been heard for 2 h".
 * Ties: walking times within the same whole second count as equal; then the more confident position
 * wins, then the more recently heard tag, then the asset key (so the order is stable).
 */
import type { Point } from '../../floorplan/geometry/polygon.js';
import { roomInteriorPoint } from '../../floorplan/building/room-interior-point.js';
import { NOMINAL_WALKING_SPEED_MPS, type Place, type Route, type WalkingGraph } from '../../floorplan/building/walking-graph.js';
import type { AssetStatus } from './asset-status.js';
import { isFresh, type AssetPosition } from './asset-position.js';

export interface NearestCandidate<A> {
  asset: A;
  /** Stable tie-breaker, e.g. the asset number. */
  key: string;
  status: AssetStatus;
  /** Soiled by where it went (left an isolation room, entered a soiled utility room), whatever its status says. */
  soiled: boolean;
  position: AssetPosition | null;
  /** After this long without being heard a position no longer counts (the type's missing-after time). */
  staleAfterMs: number;
}

export interface NearestQuery {
  fromRoomId: string;
  now: number;
  limit: number;
  /**
   * Whether the route may take the stairs. Equipment on wheels comes back by elevator, so the service
   * passes false; a carried device (a bladder scanner) could use them.
   */
  allowStairs: boolean;
}

export interface RankedAsset<A> {
  asset: A;
  position: AssetPosition;
  walkingMetres: number;
  /** Walking at the nominal speed plus the expected time of each floor change. */
  walkingSeconds: number;
  /** Storeys climbed or descended on the way. */
  floorsChanged: number;
}

export type ExclusionReason = 'not_available' | 'soiled' | 'no_position' | 'stale_position' | 'unreachable';

export interface ExcludedAsset<A> {
  asset: A;
  status: AssetStatus;
  reason: ExclusionReason;
}

export interface NearestResult<A> {
  nearest: RankedAsset<A>[];
  excluded: ExcludedAsset<A>[];
}

/**
 * Ranks the candidates by walking time from the middle of `query.fromRoomId`.
 * @throws RangeError when the graph does not know the room.
 */
export function rankNearestAvailable<A>(graph: WalkingGraph, query: NearestQuery, candidates: readonly NearestCandidate<A>[]): NearestResult<A> {
  const from: Place = { roomId: query.fromRoomId, point: roomInteriorPoint(graph.building.room(query.fromRoomId)) };
  const ranked: Array<RankedAsset<A> & { key: string }> = [];
  const excluded: ExcludedAsset<A>[] = [];
  for (const candidate of candidates) {
    const { asset, status, position } = candidate;
    const reason = exclusionBeforeRouting(candidate, query.now);
    if (reason) {
      excluded.push({ asset, status, reason });
      continue;
    }
    const route = routeTo(graph, from, position as AssetPosition, query.allowStairs);
    if (!route) {
      excluded.push({ asset, status, reason: 'unreachable' });
      continue;
    }
    ranked.push({ asset, key: candidate.key, position: position as AssetPosition, ...measure(graph, route) });
  }
  ranked.sort(
    (a, b) =>
      Math.round(a.walkingSeconds) - Math.round(b.walkingSeconds) ||
      b.position.confidence - a.position.confidence ||
      b.position.lastSeenAt - a.position.lastSeenAt ||
      a.key.localeCompare(b.key),
  );
  return { nearest: ranked.slice(0, Math.max(0, query.limit)).map(({ key: _key, ...rest }) => rest), excluded };
}

function exclusionBeforeRouting<A>(candidate: NearestCandidate<A>, now: number): ExclusionReason | null {
  if (candidate.status !== 'available') return 'not_available';
  if (candidate.soiled) return 'soiled';
  if (!candidate.position) return 'no_position';
  if (!isFresh(candidate.position, now, candidate.staleAfterMs)) return 'stale_position';
  return null;
}

/** The route to a position; a position the engine left just outside its room's walls is taken to the room's middle. */
function routeTo(graph: WalkingGraph, from: Place, position: AssetPosition, allowStairs: boolean): Route | null {
  if (!graph.building.hasRoom(position.roomId)) return null;
  const point: Point = [position.x, position.y];
  try {
    return graph.route(from, { roomId: position.roomId, point }, { allowStairs });
  } catch {
    return graph.route(from, { roomId: position.roomId, point: roomInteriorPoint(graph.building.room(position.roomId)) }, { allowStairs });
  }
}

function measure(graph: WalkingGraph, route: Route): { walkingMetres: number; walkingSeconds: number; floorsChanged: number } {
  let verticalS = 0;
  let floorsChanged = 0;
  for (const leg of route.legs) {
    if (leg.kind !== 'vertical') continue;
    verticalS += graph.expectedVerticalS(leg.via, leg.levels);
    floorsChanged += leg.levels;
  }
  return { walkingMetres: route.walkingM, walkingSeconds: route.walkingM / NOMINAL_WALKING_SPEED_MPS + verticalS, floorsChanged };
}
