/**
 * Which floor a tag is on. A concrete slab typically costs a 2.4 GHz signal 10–20 dB, so the
 * floor whose best gateway is loudest is the tag's floor; the margin and dwell keep a tag
 * under a stairwell opening from hopping. Floors change quicker from stairs and elevators.
 */
import { challenge, type SwitchRule } from './challenger-test.js';
import type { CompiledSite } from './compiled-site.js';
import type { EngineConfig } from './engine-config.js';
import type { EvidenceSnapshot } from './evidence-snapshot.js';
import type { TagStates } from './tag-states.js';

/** A gateway about to time out counts this much weaker than a fresh one. */
const STALE_PENALTY_DB = 10;
/** Strong evidence may switch floors in a quarter of the dwell. */
const FAST_SWITCH_FRACTION = 0.25;

export class FloorDecision {
  /** Loudest fresh-weighted gateway per floor this tick (dBm), -Infinity where none. */
  private readonly score: Float64Array;
  private readonly anywhere: SwitchRule;
  private readonly fromVerticalLink: SwitchRule;

  constructor(
    private readonly site: CompiledSite,
    config: Readonly<EngineConfig>,
  ) {
    this.score = new Float64Array(site.floorIds.length);
    this.anywhere = rule(config.floorMarginDb, config.floorDwellMs);
    this.fromVerticalLink = rule(config.floorMarginDb, config.verticalLinkFloorDwellMs);
  }

  /** Scores the floors from this tick's evidence; returns the loudest floor (-1 with no evidence). */
  scoreFloors(snapshot: EvidenceSnapshot): number {
    this.score.fill(-Infinity);
    let best = -1;
    for (let i = 0; i < snapshot.count; i++) {
      const floor = this.site.gatewayFloor[snapshot.gateway[i]];
      const value = snapshot.rssi[i] - STALE_PENALTY_DB * (1 - snapshot.freshness[i]);
      if (value > this.score[floor]) this.score[floor] = value;
      if (best < 0 || this.score[floor] > this.score[best]) best = floor;
    }
    return best;
  }

  /**
   * One tick of the floor test for a placed tag, after `scoreFloors`. Returns the floor to
   * move to now, or -1 to stay; the challenger's start is in `states.floorChallenge.since`.
   */
  decide(states: TagStates, tag: number, best: number, tickS: number, now: number): number {
    const current = states.floor[tag];
    const challenger = best === current ? -1 : best;
    const inShaft = states.room[tag] >= 0 && this.site.roomIsVerticalLink[states.room[tag]] === 1;
    const switchRule = inShaft ? this.fromVerticalLink : this.anywhere;
    return challenge(states.floorChallenge, tag, challenger, this.lead(challenger, current), switchRule, tickS, now);
  }

  /** How much louder `floor` is than `current` (+Infinity when only `floor` is heard). */
  private lead(floor: number, current: number): number {
    if (floor < 0 || this.score[floor] === -Infinity) return -Infinity;
    return this.score[floor] - this.score[current];
  }
}

function rule(marginDb: number, dwellMs: number): SwitchRule {
  const dwellS = dwellMs / 1000;
  return { margin: marginDb, dwellS, strongLead: Infinity, minDwellS: dwellS * FAST_SWITCH_FRACTION };
}
