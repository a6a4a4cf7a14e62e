/**
 * The site model turned into dense indices and typed arrays once, so that evaluating a tag
 * touches no strings and no maps: rooms, floors and gateways become integers, every room
 * gets hypothesis points, and the distance term from every point to every gateway of its
 * floor is precomputed.
 */
import { distanceToBoundary, pointInPolygon, type Point } from '../../floorplan/geometry/polygon.js';
import { WallGrid } from '../../floorplan/geometry/walls/wall-grid.js';
import { buildWallSegments } from '../../floorplan/geometry/walls/wall-segments.js';
import type { EngineConfig } from './engine-config.js';
import { flattenRing, type FlatRing } from './flat-ring.js';
import { distanceTermDb } from './path-loss.js';
import { roomSamplePoints } from './room-sample-points.js';
import { adjacencyRows, touchingRoomPairs } from './room-links.js';
import { SiteModelError, type SiteModel } from './site-model.js';

/** Per floor: the hypothesis points of its rooms and the modelled loss from each to each of its gateways. */
export interface CompiledFloor {
  gatewayCount: number;
  pointX: Float64Array;
  pointY: Float64Array;
  /**
   * pathLossDb[point * gatewayCount + floor-local gateway] = η·10·log10(slant distance) + the walls
   * between them: the expected RSSI there is P₁ₘ − pathLossDb.
   */
  pathLossDb: Float32Array;
}

export interface CompiledSite {
  floorIds: readonly string[];
  floorIndex: ReadonlyMap<string, number>;
  floors: readonly CompiledFloor[];

  roomIds: readonly string[];
  roomIndex: ReadonlyMap<string, number>;
  roomFloor: Int32Array;
  roomIsVerticalLink: Uint8Array;
  roomRing: readonly FlatRing[];
  /** The room's points are [roomPointStart[r], roomPointEnd[r]) of its floor's point arrays. */
  roomPointStart: Int32Array;
  roomPointEnd: Int32Array;
  linkStart: Int32Array;
  links: Int32Array;

  gatewayIds: readonly string[];
  gatewayIndex: ReadonlyMap<string, number>;
  gatewayFloor: Int32Array;
  gatewayLocal: Int32Array;
  gatewayOffsetDb: Float64Array;
  /** Rooms near gateway g: nearRooms.subarray(nearStart[g], nearStart[g + 1]). */
  nearStart: Int32Array;
  nearRooms: Int32Array;
  /** Most hypothesis points any one floor has (sizes the evaluation scratch). */
  maxFloorPoints: number;
}

type GeometryConfig = Pick<
  EngineConfig,
  | 'antennaHeightDeltaM'
  | 'minDistanceM'
  | 'candidateRadiusM'
  | 'pathLossExponent'
  | 'wallLossDb'
  | 'heavyWallLossDb'
  | 'wallLossByRoomTypeDb'
  | 'doorLossDb'
  | 'doorWidthM'
  | 'openPlanRoomTypes'
>;

/** Cell of the wall index (metres): a few rooms' worth of walls per cell. */
const WALL_GRID_CELL_M = 4;

/**
 * Walls beyond this much loss are not counted further. A tag behind that many walls is out of a gateway's
 * range (−59 dBm at 1 m, a ~−95 dBm receiver: the whole budget is gone at 10 m), so only a freak reading
 * could come from there, and the cap keeps it from ruling a room out on its own; it also lets the trace
 * stop early, which keeps building an engine for St Mary's near a tenth of a second.
 */
const MAX_WALL_LOSS_DB = 24;

export function compileSite(site: SiteModel, config: GeometryConfig): CompiledSite {
  const floorIndex = indexIds('floor', site.floors.map((f) => f.id));
  const roomIndex = indexIds('room', site.rooms.map((r) => r.id));
  const gatewayIndex = indexIds('gateway', site.gateways.map((g) => g.id));
  const floorOf = (what: string, floorId: string) => {
    const index = floorIndex.get(floorId);
    if (index === undefined) throw new SiteModelError(`${what} is on unknown floor ${JSON.stringify(floorId)}`);
    return index;
  };

  const roomFloor = Int32Array.from(site.rooms, (room) => floorOf(`room ${room.id}`, room.floorId));
  site.rooms.forEach((room) => {
    if (room.polygon.length < 3) throw new SiteModelError(`room ${room.id} has fewer than three corners`);
  });
  const gatewayFloor = Int32Array.from(site.gateways, (gateway) => floorOf(`gateway ${gateway.id}`, gateway.floorId));
  const gatewayLocal = new Int32Array(site.gateways.length);
  const floorGatewayCount = new Int32Array(site.floors.length);
  gatewayFloor.forEach((floor, g) => (gatewayLocal[g] = floorGatewayCount[floor]++));

  const roomPointStart = new Int32Array(site.rooms.length);
  const roomPointEnd = new Int32Array(site.rooms.length);
  const floors = site.floors.map((_, floor) => {
    const points: Point[] = [];
    site.rooms.forEach((room, r) => {
      if (roomFloor[r] !== floor) return;
      roomPointStart[r] = points.length;
      points.push(...roomSamplePoints(room.polygon));
      roomPointEnd[r] = points.length;
    });
    const floorGateways = site.gateways.filter((_, g) => gatewayFloor[g] === floor);
    return compileFloor(points, floorGateways, wallsOf(site, floor, roomFloor, config), config);
  });

  const links = adjacencyRows(site.rooms.length, roomLinkPairs(site, roomIndex, roomFloor));
  const near = nearRoomRows(site, roomIndex, roomFloor, gatewayFloor, config.candidateRadiusM);
  return {
    floorIds: site.floors.map((f) => f.id),
    floorIndex,
    floors,
    roomIds: site.rooms.map((r) => r.id),
    roomIndex,
    roomFloor,
    roomIsVerticalLink: Uint8Array.from(site.rooms, (r) => (r.verticalLink ? 1 : 0)),
    roomRing: site.rooms.map((r) => flattenRing(r.polygon)),
    roomPointStart,
    roomPointEnd,
    linkStart: links.start,
    links: links.neighbours,
    gatewayIds: site.gateways.map((g) => g.id),
    gatewayIndex,
    gatewayFloor,
    gatewayLocal,
    gatewayOffsetDb: Float64Array.from(site.gateways, (g) => g.rssiOffsetDb ?? 0),
    nearStart: near.start,
    nearRooms: near.rooms,
    maxFloorPoints: Math.max(0, ...floors.map((f) => f.pointX.length)),
  };
}

function compileFloor(points: Point[], gateways: SiteModel['gateways'], walls: WallGrid | null, config: GeometryConfig): CompiledFloor {
  const pathLossDb = new Float32Array(points.length * gateways.length);
  points.forEach(([x, y], p) => {
    gateways.forEach((gateway, local) => {
      const horizontal = Math.hypot(x - gateway.x, y - gateway.y);
      const distanceLoss = config.pathLossExponent * distanceTermDb(horizontal, config.antennaHeightDeltaM, config.minDistanceM);
      const wallLoss = walls === null ? 0 : Math.min(walls.lossAlong(x, y, gateway.x, gateway.y, MAX_WALL_LOSS_DB), MAX_WALL_LOSS_DB);
      pathLossDb[p * gateways.length + local] = distanceLoss + wallLoss;
    });
  });
  return {
    gatewayCount: gateways.length,
    pointX: Float64Array.from(points, (p) => p[0]),
    pointY: Float64Array.from(points, (p) => p[1]),
    pathLossDb,
  };
}

/** The floor's walls from its room outlines and doors; null when the wall term is off. */
function wallsOf(site: SiteModel, floor: number, roomFloor: Int32Array, config: GeometryConfig): WallGrid | null {
  if (config.wallLossDb === 0 && config.heavyWallLossDb === 0) return null;
  const floorId = site.floors[floor].id;
  const rooms = site.rooms.filter((_, r) => roomFloor[r] === floor);
  const doors = (site.doors ?? []).filter((door) => door.floorId === floorId);
  const { widthM, heightM } = site.floors[floor];
  return new WallGrid(buildWallSegments(rooms, doors, config), widthM, heightM, WALL_GRID_CELL_M);
}

function indexIds(what: string, ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (index.has(id)) throw new SiteModelError(`${what} id ${JSON.stringify(id)} appears twice`);
    index.set(id, i);
  });
  return index;
}

function roomLinkPairs(site: SiteModel, roomIndex: Map<string, number>, roomFloor: Int32Array): Array<[number, number]> {
  if (!site.roomLinks) {
    return touchingRoomPairs(site.rooms.map((room, r) => ({ floor: roomFloor[r], ring: room.polygon })));
  }
  return site.roomLinks.map(([a, b]) => {
    const ia = roomIndex.get(a);
    const ib = roomIndex.get(b);
    if (ia === undefined || ib === undefined) throw new SiteModelError(`room link ${a}–${b} names an unknown room`);
    return [ia, ib];
  });
}

/** Per gateway, the rooms of its floor it stands in, or within `radiusM` of. */
function nearRoomRows(
  site: SiteModel,
  roomIndex: Map<string, number>,
  roomFloor: Int32Array,
  gatewayFloor: Int32Array,
  radiusM: number,
): { start: Int32Array; rooms: Int32Array } {
  const start = new Int32Array(site.gateways.length + 1);
  const rows: number[] = [];
  site.gateways.forEach((gateway, g) => {
    const position: Point = [gateway.x, gateway.y];
    const declared = gateway.roomId == null ? undefined : roomIndex.get(gateway.roomId);
    if (gateway.roomId != null && declared === undefined) {
      throw new SiteModelError(`gateway ${gateway.id} is in unknown room ${JSON.stringify(gateway.roomId)}`);
    }
    site.rooms.forEach((room, r) => {
      if (roomFloor[r] !== gatewayFloor[g]) return;
      const near = r === declared || pointInPolygon(position, room.polygon) || distanceToBoundary(position, room.polygon) <= radiusM;
      if (near) rows.push(r);
    });
    start[g + 1] = rows.length;
  });
  return { start, rooms: Int32Array.from(rows) };
}
