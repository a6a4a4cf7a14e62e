/**
 * How people and equipment get from room to room: through doors, and between floors through stairs
 * and elevators (rooms sharing a `verticalLink`). Nodes are the door points and one waiting point per
 * shaft; edges are in-room walks between the nodes of one room (see `RoomNavigator`) and rides between
 * the shafts of one link. Weights are seconds at a nominal walking speed, so that a detour of 50 m is
 * weighed against waiting for a lift.
 */
import type { Point } from '../geometry/polygon.js';
import type { BuildingModel, BuildingRoom } from './building-model.js';
import { roomInteriorPoint } from './room-interior-point.js';
import { RoomNavigator, polylineLength } from './room-paths.js';

/** Typical unhurried walking speed indoors (Fruin, Pedestrian Planning and Design, 1971: ~1.2–1.4 m/s). */
export const NOMINAL_WALKING_SPEED_MPS = 1.2;

/** Time spent changing floor, seconds. Assumptions for a busy hospital, not measurements. */
export interface VerticalTiming {
  /** One storey of stairs (about 4 m: two flights and a landing). */
  stairsPerLevelS: number;
  /** Waiting for an elevator: uniformly between these. */
  elevatorWaitMinS: number;
  elevatorWaitMaxS: number;
  /** Riding one storey, doors included. */
  elevatorPerLevelS: number;
}

export const DEFAULT_VERTICAL_TIMING: Readonly<VerticalTiming> = Object.freeze({
  stairsPerLevelS: 15,
  elevatorWaitMinS: 20,
  elevatorWaitMaxS: 90,
  elevatorPerLevelS: 6,
});

export type VerticalVia = 'stairs' | 'elevator';

export interface Place {
  roomId: string;
  point: Point;
}

/** A walk inside one room: `points[0]` is where it starts (a door, or the start), the last where it ends. */
export interface WalkLeg {
  kind: 'walk';
  floorId: string;
  roomId: string;
  points: Point[];
}

/** A change of floor from the waiting point of one shaft to that of the same shaft on another floor. */
export interface VerticalLeg {
  kind: 'vertical';
  via: VerticalVia;
  levels: number;
  from: { floorId: string; roomId: string; point: Point };
  to: { floorId: string; roomId: string; point: Point };
}

export type RouteLeg = WalkLeg | VerticalLeg;

export interface Route {
  legs: RouteLeg[];
  /** Metres walked (floor changes not included). */
  walkingM: number;
}

export interface RouteOptions {
  /** Equipment on wheels takes the elevator; people may use the stairs. */
  allowStairs: boolean;
}

interface Edge {
  to: number;
  costS: number;
  /** The room walked through, or null for a floor change. */
  roomId: string | null;
  via: VerticalVia | null;
  levels: number;
}

export class WalkingGraph {
  private readonly navigators = new Map<string, RoomNavigator>();
  private readonly nodePoints: Point[] = [];
  private readonly nodesByRoom = new Map<string, number[]>();
  private readonly edges: Edge[][] = [];
  private readonly shaftNode = new Map<string, number>();

  constructor(
    readonly building: BuildingModel,
    readonly timing: VerticalTiming = DEFAULT_VERTICAL_TIMING,
  ) {
    for (const room of building.rooms) this.navigators.set(room.id, new RoomNavigator(room));
    for (const door of building.doors) this.addNode([door.x, door.y], door.rooms);
    for (const room of building.rooms) {
      if (room.verticalLink !== null) this.shaftNode.set(room.id, this.addNode(roomInteriorPoint(room), [room.id]));
    }
    for (const room of building.rooms) this.connectWithinRoom(room);
    this.connectShafts();
  }

  navigator(roomId: string): RoomNavigator {
    const navigator = this.navigators.get(roomId);
    if (!navigator) throw new RangeError(`unknown room "${roomId}"`);
    return navigator;
  }

  /** Where a traveller waits in a stairwell or an elevator: the shaft's interior point. */
  shaftPoint(roomId: string): Point {
    const node = this.shaftNode.get(roomId);
    if (node === undefined) throw new RangeError(`room "${roomId}" is not a stair or elevator shaft`);
    return this.nodePoints[node];
  }

  /** Seconds a floor change is expected to take (for route choice; the movement draws the actual wait). */
  expectedVerticalS(via: VerticalVia, levels: number): number {
    const t = this.timing;
    return via === 'stairs'
      ? levels * t.stairsPerLevelS
      : (t.elevatorWaitMinS + t.elevatorWaitMaxS) / 2 + levels * t.elevatorPerLevelS;
  }

  /** The quickest route between two places, or null when none exists under `options`. */
  route(from: Place, to: Place, options: RouteOptions): Route | null {
    if (from.roomId === to.roomId) {
      const room = this.building.room(from.roomId);
      const points = this.navigator(room.id).path(from.point, to.point);
      return { legs: [{ kind: 'walk', floorId: room.floorId, roomId: room.id, points }], walkingM: polylineLength(points) };
    }
    const count = this.nodePoints.length;
    const cost = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
    const previous = new Int32Array(count).fill(-1);
    const arrivedBy = new Array<Edge | null>(count).fill(null);
    const settled = new Uint8Array(count);
    const fromNavigator = this.navigator(from.roomId);
    for (const node of this.nodesByRoom.get(from.roomId) ?? []) {
      cost[node] = fromNavigator.distance(from.point, this.nodePoints[node]) / NOMINAL_WALKING_SPEED_MPS;
    }
    const toNavigator = this.navigator(to.roomId);
    const toNodes = new Set(this.nodesByRoom.get(to.roomId) ?? []);
    let best = Number.POSITIVE_INFINITY;
    let bestNode = -1;
    for (;;) {
      let current = -1;
      for (let i = 0; i < count; i++) if (!settled[i] && (current < 0 || cost[i] < cost[current])) current = i;
      if (current < 0 || cost[current] >= best) break;
      settled[current] = 1;
      if (toNodes.has(current)) {
        const total = cost[current] + toNavigator.distance(this.nodePoints[current], to.point) / NOMINAL_WALKING_SPEED_MPS;
        if (total < best) {
          best = total;
          bestNode = current;
        }
      }
      for (const edge of this.edges[current]) {
        if (edge.via === 'stairs' && !options.allowStairs) continue;
        if (settled[edge.to] || cost[current] + edge.costS >= cost[edge.to]) continue;
        cost[edge.to] = cost[current] + edge.costS;
        previous[edge.to] = current;
        arrivedBy[edge.to] = edge;
      }
    }
    if (bestNode < 0) return null;
    const nodes: number[] = [];
    for (let node = bestNode; node >= 0; node = previous[node]) nodes.push(node);
    nodes.reverse();
    return this.legsThrough(from, to, nodes, arrivedBy);
  }

  /** Rooms reachable from `roomId` (itself included). */
  reachableRooms(roomId: string, options: RouteOptions): Set<string> {
    const seen = new Set<string>([roomId]);
    const queue = [roomId];
    while (queue.length > 0) {
      const current = queue.pop() as string;
      const next: string[] = this.building.doorsOf(current).map((door) => (door.rooms[0] === current ? door.rooms[1] : door.rooms[0]));
      const room = this.building.room(current);
      if (room.type === 'elevator' || (room.type === 'stairs' && options.allowStairs)) {
        next.push(...this.building.linkedShafts(current).map((shaft) => shaft.id));
      }
      for (const id of next) {
        if (seen.has(id)) continue;
        seen.add(id);
        queue.push(id);
      }
    }
    return seen;
  }

  private addNode(point: Point, rooms: readonly string[]): number {
    const node = this.nodePoints.length;
    this.nodePoints.push(point);
    this.edges.push([]);
    for (const roomId of rooms) {
      const list = this.nodesByRoom.get(roomId);
      if (list) list.push(node);
      else this.nodesByRoom.set(roomId, [node]);
    }
    return node;
  }

  private connectWithinRoom(room: BuildingRoom): void {
    const nodes = this.nodesByRoom.get(room.id) ?? [];
    const navigator = this.navigator(room.id);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const costS = navigator.distance(this.nodePoints[nodes[i]], this.nodePoints[nodes[j]]) / NOMINAL_WALKING_SPEED_MPS;
        this.edges[nodes[i]].push({ to: nodes[j], costS, roomId: room.id, via: null, levels: 0 });
        this.edges[nodes[j]].push({ to: nodes[i], costS, roomId: room.id, via: null, levels: 0 });
      }
    }
  }

  private connectShafts(): void {
    for (const [roomId, node] of this.shaftNode) {
      const room = this.building.room(roomId);
      const via: VerticalVia = room.type === 'stairs' ? 'stairs' : 'elevator';
      for (const other of this.building.linkedShafts(roomId)) {
        const levels = Math.abs(this.building.floors[other.floorIndex].level - this.building.floors[room.floorIndex].level);
        const to = this.shaftNode.get(other.id) as number;
        this.edges[node].push({ to, costS: this.expectedVerticalS(via, levels), roomId: null, via, levels });
      }
    }
  }

  /** Turns the node sequence of a search into walk and floor-change legs. */
  private legsThrough(from: Place, to: Place, nodes: readonly number[], arrivedBy: ReadonlyArray<Edge | null>): Route {
    const legs: RouteLeg[] = [];
    let walkingM = 0;
    const walk = (roomId: string, a: Point, b: Point) => {
      const points = this.navigator(roomId).path(a, b);
      walkingM += polylineLength(points);
      const last = legs[legs.length - 1];
      if (last?.kind === 'walk' && last.roomId === roomId) last.points.push(...points.slice(1));
      else legs.push({ kind: 'walk', floorId: this.building.room(roomId).floorId, roomId, points });
    };
    walk(from.roomId, from.point, this.nodePoints[nodes[0]]);
    for (let i = 1; i < nodes.length; i++) {
      const edge = arrivedBy[nodes[i]] as Edge;
      const a = this.nodePoints[nodes[i - 1]];
      const b = this.nodePoints[nodes[i]];
      if (edge.roomId !== null) {
        walk(edge.roomId, a, b);
        continue;
      }
      const fromRoom = this.roomOfShaftNode(nodes[i - 1]);
      const toRoom = this.roomOfShaftNode(nodes[i]);
      legs.push({
        kind: 'vertical',
        via: edge.via as VerticalVia,
        levels: edge.levels,
        from: { floorId: fromRoom.floorId, roomId: fromRoom.id, point: a },
        to: { floorId: toRoom.floorId, roomId: toRoom.id, point: b },
      });
    }
    walk(to.roomId, this.nodePoints[nodes[nodes.length - 1]], to.point);
    return { legs, walkingM };
  }

  private roomOfShaftNode(node: number): BuildingRoom {
    for (const [roomId, shaft] of this.shaftNode) if (shaft === node) return this.building.room(roomId);
    throw new Error(`node ${node} is not a shaft`);
  }
}
