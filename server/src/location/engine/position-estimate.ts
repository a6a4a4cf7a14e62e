/**
 * The tag's x/y: the likelihood-weighted mean of the decided room's hypothesis points (a
 * weighted estimate from the path-loss distances of every gateway hearing it), smoothed over
 * time and kept inside the room's walls. Smoothing restarts when the tag changes room.
 */
import type { CompiledSite } from './compiled-site.js';
import type { EngineConfig } from './engine-config.js';
import { clampIntoRing } from './flat-ring.js';
import type { RoomScorer } from './room-scoring.js';
import type { TagStates } from './tag-states.js';

/** How far inside its walls a clipped position is put (a tag is in a room, not in its wall). */
export const WALL_INSET_M = 0.2;

export class PositionEstimator {
  private readonly estimate = new Float64Array(2);
  private readonly clipped = new Float64Array(2);
  /** Exponential smoothing factor per tick: 1 − exp(−tick / time constant). */
  private readonly alpha: number;

  constructor(
    private readonly site: CompiledSite,
    config: Readonly<EngineConfig>,
  ) {
    this.alpha = 1 - Math.exp(-config.tickMs / config.positionSmoothingMs);
  }

  /** Moves the tag's position towards the scorer's estimate for `room`; `restart` snaps to it. */
  update(states: TagStates, tag: number, scorer: RoomScorer, room: number, restart: boolean): void {
    scorer.meanPosition(room, this.estimate);
    const x = restart ? this.estimate[0] : states.x[tag] + this.alpha * (this.estimate[0] - states.x[tag]);
    const y = restart ? this.estimate[1] : states.y[tag] + this.alpha * (this.estimate[1] - states.y[tag]);
    clampIntoRing(this.site.roomRing[room], x, y, WALL_INSET_M, this.clipped);
    states.x[tag] = this.clipped[0];
    states.y[tag] = this.clipped[1];
  }
}
