/**
 * How ward staff move: rounds of visits to the rooms they care for, with stops at a base (nurse
 * station, medication room, office) between rounds. Unlike the roaming profile, which wanders the whole
 * building, a person on rounds stays within the rooms given: their own unit's.
 */
import type { BuildingModel } from '../../floorplan/building/building-model.js';
import type { Place, WalkingGraph } from '../../floorplan/building/walking-graph.js';
import type { Prng } from '../prng.js';
import type { MovementProfile } from './movement-profile.js';
import { placeIn } from './tag-planners.js';
import type { TagTrack, TrackPlanner } from './tag-track.js';
import { appendRoute, appendStay } from './track-builder.js';

/** A range drawn uniformly: [min, max]. */
export type UniformRange = readonly [min: number, max: number];

export interface RoundsMovement {
  /** The rooms visited on rounds (a unit's patient rooms). */
  visits: readonly string[];
  /** Visit `visits` in their order, round and round (a cleaner's schedule), instead of at random. */
  inTurn?: boolean;
  /** How long a visit lasts, ms. */
  visitDwellMs: UniformRange;
  /** Visits in a row before going back to a base (whole numbers). */
  visitsPerRound: UniformRange;
  /** Where the person goes between rounds, drawn at random. */
  bases: readonly string[];
  /** How long a stop at a base lasts, ms. */
  baseDwellMs: UniformRange;
}

/**
 * Starts at its start place (part of a stay already done, so people do not all leave at once), then:
 * `visitsPerRound` visits, a base, `visitsPerRound` visits, a base, … Random visits never repeat the
 * room just left; visits in turn carry on from the start of `visits`.
 */
export class RoundsPlanner implements TrackPlanner {
  private current: Place;
  private started = false;
  private visitsLeft = 0;
  private nextInTurn = 0;

  constructor(
    private readonly building: BuildingModel,
    private readonly graph: WalkingGraph,
    private readonly profile: MovementProfile,
    private readonly prng: Prng,
    start: Place,
    private readonly rounds: RoundsMovement,
  ) {
    checkRounds(building, rounds);
    this.current = start;
  }

  extend(track: TagTrack, untilTs: number): void {
    while (track.endTs <= untilTs) {
      if (!this.started) {
        this.started = true;
        const dwell = this.rounds.visits.includes(this.current.roomId) ? this.rounds.visitDwellMs : this.rounds.baseDwellMs;
        appendStay(track, this.building, this.current.roomId, this.current.point, track.endTs + 1 + this.prng.next() * this.draw(dwell));
        this.visitsLeft = this.roundLength();
        continue;
      }
      const visiting = this.visitsLeft > 0;
      const roomId = visiting ? this.nextVisit() : this.pickOtherThanCurrent(this.rounds.bases);
      this.visitsLeft = visiting ? this.visitsLeft - 1 : this.roundLength();
      const dwellMs = this.draw(visiting ? this.rounds.visitDwellMs : this.rounds.baseDwellMs);
      if (roomId === this.current.roomId) {
        appendStay(track, this.building, roomId, this.current.point, track.endTs + dwellMs);
        continue;
      }
      const target = placeIn(this.building.room(roomId), undefined, undefined, this.prng, this.profile.parkingClearanceM);
      const route = this.graph.route(this.current, target, { allowStairs: this.profile.allowStairs });
      if (!route) throw new Error(`no route from ${this.current.roomId} to ${roomId}`);
      appendRoute(track, this.building, route, this.prng.uniform(this.profile.speedMinMps, this.profile.speedMaxMps), this.graph.timing, this.prng);
      this.current = target;
      appendStay(track, this.building, roomId, target.point, track.endTs + dwellMs);
    }
  }

  private nextVisit(): string {
    if (!this.rounds.inTurn) return this.pickOtherThanCurrent(this.rounds.visits);
    const roomId = this.rounds.visits[this.nextInTurn % this.rounds.visits.length];
    this.nextInTurn++;
    return roomId;
  }

  private pickOtherThanCurrent(rooms: readonly string[]): string {
    const others = rooms.filter((roomId) => roomId !== this.current.roomId);
    const pool = others.length > 0 ? others : rooms;
    return pool[this.prng.int(pool.length)];
  }

  private roundLength(): number {
    const [min, max] = this.rounds.visitsPerRound;
    return min + this.prng.int(max - min + 1);
  }

  private draw([min, max]: UniformRange): number {
    return this.prng.uniform(min, max);
  }
}

function checkRounds(building: BuildingModel, rounds: RoundsMovement): void {
  if (rounds.visits.length === 0) throw new RangeError('rounds need at least one room to visit');
  if (rounds.bases.length === 0) throw new RangeError('rounds need at least one base');
  for (const roomId of [...rounds.visits, ...rounds.bases]) building.room(roomId);
  for (const [name, [min, max]] of [['visitDwellMs', rounds.visitDwellMs], ['baseDwellMs', rounds.baseDwellMs], ['visitsPerRound', rounds.visitsPerRound]] as const) {
    if (!(min > 0 && max >= min && Number.isFinite(max))) throw new RangeError(`${name} must be a range of positive numbers, min ≤ max`);
  }
  if (!Number.isInteger(rounds.visitsPerRound[0]) || !Number.isInteger(rounds.visitsPerRound[1])) throw new RangeError('visitsPerRound must be whole numbers');
}
