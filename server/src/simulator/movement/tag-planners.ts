/**
 * The three ways a simulated tag behaves, each a `TrackPlanner` drawing from the tag's own stream:
 * roaming by its kind's profile (the default), parked for good, or following a fixed itinerary
 * (scenario tests: "the pump goes from bay 3 to the depot at 10:00").
 */
import type { Point } from '../../floorplan/geometry/polygon.js';
import type { BuildingModel, BuildingRoom } from '../../floorplan/building/building-model.js';
import type { Prng } from '../prng.js';
import type { Place, WalkingGraph } from '../../floorplan/building/walking-graph.js';
import type { MovementProfile } from './movement-profile.js';
import { randomSpotInRoom } from './parking-spots.js';
import type { TagTrack, TrackPlanner } from './tag-track.js';
import { appendRoute, appendStay } from './track-builder.js';

/** Stays put at one place for ever (extended as far as asked). */
export class ParkedPlanner implements TrackPlanner {
  constructor(
    private readonly building: BuildingModel,
    private readonly place: Place,
  ) {}

  extend(track: TagTrack, untilTs: number): void {
    // Extend well past the request, so a long run is a handful of segments rather than one per step.
    appendStay(track, this.building, this.place.roomId, this.place.point, Math.max(untilTs + 1, track.endTs) + 86_400_000);
  }
}

export interface ItineraryStop {
  roomId: string;
  /** Where in the room; a random spot clear of the walls when omitted. */
  x?: number;
  y?: number;
  /** How long the tag stays; the last stop is kept for ever. */
  dwellMs: number;
}

/** Starts at the first stop, stays `dwellMs`, goes to the next, …, and stays at the last. */
export class ItineraryPlanner implements TrackPlanner {
  private next = 0;
  private current: Place | undefined;
  private readonly parked: Place[];

  constructor(
    private readonly building: BuildingModel,
    private readonly graph: WalkingGraph,
    private readonly profile: MovementProfile,
    private readonly prng: Prng,
    private readonly stops: readonly ItineraryStop[],
  ) {
    if (stops.length === 0) throw new RangeError('an itinerary needs at least one stop');
    this.parked = stops.map((stop) => placeIn(building.room(stop.roomId), stop.x, stop.y, prng, profile.parkingClearanceM));
  }

  extend(track: TagTrack, untilTs: number): void {
    if (this.next >= this.stops.length) {
      const last = this.parked[this.parked.length - 1];
      new ParkedPlanner(this.building, last).extend(track, untilTs);
      return;
    }
    const stop = this.stops[this.next];
    const place = this.parked[this.next];
    if (this.current) {
      const route = this.graph.route(this.current, place, { allowStairs: this.profile.allowStairs });
      if (!route) throw new RangeError(`itinerary stop ${stop.roomId} cannot be reached from ${this.current.roomId}`);
      appendRoute(track, this.building, route, drawSpeed(this.profile, this.prng), this.graph.timing, this.prng);
    }
    this.current = place;
    this.next++;
    const dwellMs = this.next >= this.stops.length ? 86_400_000 : stop.dwellMs;
    appendStay(track, this.building, place.roomId, place.point, track.endTs + Math.max(1, dwellMs));
  }
}

/**
 * Roams the building by the profile: dwells a log-normal time, then goes to a destination drawn by
 * room-type weight (on the same floor with `sameFloorProbability`), at a speed drawn per trip.
 */
export class RoamingPlanner implements TrackPlanner {
  private current: Place;
  private started = false;

  constructor(
    private readonly building: BuildingModel,
    private readonly graph: WalkingGraph,
    private readonly profile: MovementProfile,
    private readonly prng: Prng,
    start: Place,
    /** Rooms the tag may go to (reachable from the start), with their weights. */
    private readonly destinations: readonly Destination[],
  ) {
    this.current = start;
  }

  extend(track: TagTrack, untilTs: number): void {
    while (track.endTs <= untilTs) {
      if (!this.started) {
        // The tag was already somewhere when the simulation starts: it has been there for a while, so
        // only part of a dwell is left (otherwise every tag would leave at about the same time).
        this.started = true;
        appendStay(track, this.building, this.current.roomId, this.current.point, track.startTs + this.prng.next() * this.dwellMs());
        continue;
      }
      const destination = this.pickDestination();
      if (!destination) {
        appendStay(track, this.building, this.current.roomId, this.current.point, Math.max(untilTs + 1, track.endTs + this.dwellMs()));
        continue;
      }
      const target: Place = { roomId: destination.id, point: randomSpotInRoom(destination, this.prng, this.profile.parkingClearanceM) };
      const route = this.graph.route(this.current, target, { allowStairs: this.profile.allowStairs });
      if (!route) throw new Error(`no route from ${this.current.roomId} to ${destination.id}`);
      appendRoute(track, this.building, route, drawSpeed(this.profile, this.prng), this.graph.timing, this.prng);
      this.current = target;
      appendStay(track, this.building, target.roomId, target.point, track.endTs + this.dwellMs());
    }
  }

  private dwellMs(): number {
    return Math.max(this.profile.dwellMinMs, this.prng.logNormal(this.profile.dwellMedianMs, this.profile.dwellLogSigma));
  }

  private pickDestination(): BuildingRoom | undefined {
    const here = this.building.room(this.current.roomId);
    const elsewhere = this.destinations.filter((d) => d.room.id !== here.id);
    const sameFloor = elsewhere.filter((d) => d.room.floorIndex === here.floorIndex);
    const otherFloors = elsewhere.filter((d) => d.room.floorIndex !== here.floorIndex);
    let pool = this.prng.next() < this.profile.sameFloorProbability ? sameFloor : otherFloors;
    if (pool.length === 0) pool = elsewhere;
    const index = this.prng.pickWeighted(pool.map((d) => d.weight));
    return index < 0 ? undefined : pool[index].room;
  }
}

export interface Destination {
  room: BuildingRoom;
  weight: number;
}

/** The rooms of `reachable` that the profile goes to, with their weights. */
export function destinationsFor(building: BuildingModel, profile: MovementProfile, reachable: ReadonlySet<string>): Destination[] {
  return building.rooms
    .filter((room) => reachable.has(room.id))
    .map((room) => ({ room, weight: profile.destinationWeights[room.type] ?? 0 }))
    .filter((destination) => destination.weight > 0);
}

/** A place in the room: the given point, or a random spot clear of the walls. */
export function placeIn(room: BuildingRoom, x: number | undefined, y: number | undefined, prng: Prng, clearanceM: number): Place {
  const point: Point = x !== undefined && y !== undefined ? [x, y] : randomSpotInRoom(room, prng, clearanceM);
  return { roomId: room.id, point };
}

function drawSpeed(profile: MovementProfile, prng: Prng): number {
  return prng.uniform(profile.speedMinMps, profile.speedMaxMps);
}
