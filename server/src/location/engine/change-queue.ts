/**
 * What persistence has not been told yet. Evaluations queue a tag when its position changed
 * materially (another room, a move beyond `positionChangeM`, another confidence band); the
 * drain turns the queue into rows. A stationary tag therefore costs no writes however often
 * it is heard: writes grow with movement, not with the sighting rate.
 */
import type { CompiledSite } from './compiled-site.js';
import { confidenceBand } from './confidence.js';
import type { EngineConfig } from './engine-config.js';
import type { EngineChanges, PositionUpdate, RoomTransition } from './engine-types.js';
import type { TagDirectory } from './tag-directory.js';
import { NO_ROOM, type TagStates } from './tag-states.js';

export class ChangeQueue {
  private queuedTags: number[] = [];
  private transitions: RoomTransition[] = [];

  constructor(
    private readonly site: CompiledSite,
    private readonly config: Readonly<EngineConfig>,
  ) {}

  recordTransition(transition: RoomTransition): void {
    this.transitions.push(transition);
  }

  /** Queues the tag if what it would report differs materially from what it last reported. */
  queueIfMaterial(states: TagStates, tag: number): void {
    if (states.queued[tag] === 1 || states.room[tag] === NO_ROOM) return;
    const moved = Math.hypot(states.x[tag] - states.reportedX[tag], states.y[tag] - states.reportedY[tag]);
    const band = this.bandOf(states, tag);
    if (states.room[tag] !== states.reportedRoom[tag] || moved > this.config.positionChangeM || band !== states.reportedBand[tag]) {
      states.queued[tag] = 1;
      this.queuedTags.push(tag);
    }
  }

  drain(states: TagStates, directory: TagDirectory): EngineChanges {
    const positions: PositionUpdate[] = [];
    for (const tag of this.queuedTags) {
      // A tag forgotten since it was queued has its flag reset (and maybe a new owner).
      if (states.queued[tag] === 0) continue;
      states.queued[tag] = 0;
      states.reportedRoom[tag] = states.room[tag];
      states.reportedX[tag] = states.x[tag];
      states.reportedY[tag] = states.y[tag];
      states.reportedBand[tag] = this.bandOf(states, tag);
      positions.push(this.position(states, tag, directory.idOf(tag)));
    }
    const transitions = this.transitions;
    this.queuedTags = [];
    this.transitions = [];
    return { positions, transitions };
  }

  /** Takes the tag's current confidence band as already reported (restored positions). */
  acknowledgeBand(states: TagStates, tag: number): void {
    states.reportedBand[tag] = this.bandOf(states, tag);
  }

  /** The tag's current position as a row (the tag must be placed). */
  position(states: TagStates, tag: number, tagId: string): PositionUpdate {
    const room = states.room[tag];
    return {
      tagId,
      floorId: this.site.floorIds[this.site.roomFloor[room]],
      roomId: this.site.roomIds[room],
      x: roundCm(states.x[tag]),
      y: roundCm(states.y[tag]),
      confidence: Math.round(states.confidence[tag] * 1000) / 1000,
      ts: states.stateTs[tag],
    };
  }

  private bandOf(states: TagStates, tag: number): number {
    const { confidenceBandEdges, confidenceBandHysteresis } = this.config;
    return confidenceBand(states.confidence[tag], states.reportedBand[tag], confidenceBandEdges, confidenceBandHysteresis);
  }
}

/** Floor plans are drawn to the centimetre; more digits would only be noise in the rows. */
function roundCm(metres: number): number {
  return Math.round(metres * 100) / 100;
}
