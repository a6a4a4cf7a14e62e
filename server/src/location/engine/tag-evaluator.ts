/**
 * One tick of one tag: evidence → floor → room → position → confidence → queued change.
 * Runs only on finalized ticks, in event-time order, from data that no longer changes, so
 * its outcome does not depend on how sightings were batched or ordered on arrival.
 */
import { challenge, type SwitchRule } from './challenger-test.js';
import type { ChangeQueue } from './change-queue.js';
import type { CompiledSite } from './compiled-site.js';
import { ConfidenceEstimator, evidenceStrength } from './confidence.js';
import type { EngineConfig } from './engine-config.js';
import { EvidenceSnapshot } from './evidence-snapshot.js';
import { FloorDecision } from './floor-decision.js';
import type { GatewayEvidence } from './gateway-evidence.js';
import { PositionEstimator } from './position-estimate.js';
import { RoomScorer } from './room-scoring.js';
import type { TagDirectory } from './tag-directory.js';
import { NO_ROOM, type TagStates } from './tag-states.js';

export class TagEvaluator {
  private readonly snapshot: EvidenceSnapshot;
  private readonly floors: FloorDecision;
  private readonly rooms: RoomScorer;
  private readonly positions: PositionEstimator;
  private readonly confidences: ConfidenceEstimator;
  private readonly roomRule: SwitchRule;
  private readonly tickS: number;
  /**
   * The windowed RSSI estimate trails the tag by about half a window, so a challenger that
   * starts leading at t entered about then; transitions are dated accordingly.
   */
  private readonly estimateLagMs: number;

  constructor(
    private readonly site: CompiledSite,
    private readonly config: Readonly<EngineConfig>,
    private readonly states: TagStates,
    private readonly evidence: GatewayEvidence,
    private readonly changes: ChangeQueue,
    private readonly directory: TagDirectory,
  ) {
    this.snapshot = new EvidenceSnapshot(config.maxGatewaysPerTag);
    this.floors = new FloorDecision(site, config);
    this.rooms = new RoomScorer(site, config);
    this.positions = new PositionEstimator(site, config);
    this.confidences = new ConfidenceEstimator(config);
    this.roomRule = {
      margin: config.roomMarginNats,
      dwellS: config.roomDwellMs / 1000,
      strongLead: config.strongRoomLeadNats,
      minDwellS: config.minRoomDwellMs / 1000,
    };
    this.tickS = config.tickMs / 1000;
    this.estimateLagMs = config.rssiWindowMs / 2;
  }

  /** Evaluates the tag at relative tick `tick`, which ends at event time `now`. */
  evaluate(tag: number, tick: number, now: number): void {
    const states = this.states;
    states.pendingTick[tag] = this.evidence.snapshot(tag, tick, this.snapshot);
    states.stateTs[tag] = now;
    if (this.snapshot.count === 0) {
      this.loseEvidence(tag);
      return;
    }
    if (states.live[tag] === 0) {
      states.live[tag] = 1;
      if (states.unplaced[tag] === 1) states.heardSince[tag] = now;
    }
    const bestFloor = this.floors.scoreFloors(this.snapshot);
    if (states.unplaced[tag] === 1) {
      if (now - states.heardSince[tag] >= this.config.initialSettleMs) this.place(tag, bestFloor);
      return;
    }
    const newFloor = this.floors.decide(states, tag, bestFloor, this.tickS, now);
    let moved = false;
    if (newFloor >= 0 && this.rooms.score(newFloor, this.snapshot, this.referencePower(tag), NO_ROOM) && this.rooms.best >= 0) {
      const since = states.floorChallenge.since[tag];
      states.floorChallenge.clear(tag);
      this.enter(tag, this.rooms.best, since - this.estimateLagMs);
      moved = true;
    } else if (this.rooms.score(states.floor[tag], this.snapshot, this.referencePower(tag), states.room[tag])) {
      moved = this.decideRoom(tag, now);
    } else {
      // Nothing on this floor hears the tag while the floor test runs: hold, losing confidence.
      this.confidences.update(states, tag, 0, false);
      this.changes.queueIfMaterial(states, tag);
      return;
    }
    this.positions.update(states, tag, this.rooms, states.room[tag], moved);
    this.confidences.update(states, tag, this.rawConfidence(tag), false);
    this.changes.queueIfMaterial(states, tag);
  }

  /** First placement, or placement after the tag was lost: no dwell, the best room now. */
  private place(tag: number, floor: number): void {
    const states = this.states;
    if (floor < 0 || !this.rooms.score(floor, this.snapshot, this.referencePower(tag), NO_ROOM) || this.rooms.best < 0) return;
    states.unplaced[tag] = 0;
    states.floorChallenge.clear(tag);
    const room = this.rooms.best;
    if (room !== states.room[tag]) this.enter(tag, room, states.heardSince[tag]);
    this.positions.update(states, tag, this.rooms, room, true);
    this.confidences.update(states, tag, this.rawConfidence(tag), true);
    this.changes.queueIfMaterial(states, tag);
  }

  /** One tick of the room test; returns whether the tag changed room. */
  private decideRoom(tag: number, now: number): boolean {
    const states = this.states;
    const current = states.room[tag];
    const currentScore = this.rooms.scoreOf(current);
    let best = -1;
    let bestLead = -Infinity;
    for (let i = 0; i < this.rooms.candidates; i++) {
      const room = this.rooms.candidate(i);
      if (room === current) continue;
      const lead = this.rooms.scoreOf(room) - currentScore - this.transitionPenalty(current, room);
      if (lead > bestLead) {
        best = room;
        bestLead = lead;
      }
    }
    const winner = challenge(states.roomChallenge, tag, best, bestLead, this.roomRule, this.tickS, now);
    if (winner < 0) return false;
    const since = states.roomChallenge.since[tag];
    this.enter(tag, winner, since - this.estimateLagMs);
    return true;
  }

  private enter(tag: number, room: number, enteredAt: number): void {
    const states = this.states;
    const from = states.room[tag];
    const at = Math.max(enteredAt, states.enteredAt[tag]);
    states.room[tag] = room;
    states.floor[tag] = this.site.roomFloor[room];
    states.enteredAt[tag] = at;
    states.roomChallenge.clear(tag);
    if (from === room) return;
    this.changes.recordTransition({
      tagId: this.directory.idOf(tag),
      fromRoomId: from === NO_ROOM ? null : this.site.roomIds[from],
      toRoomId: this.site.roomIds[room],
      floorId: this.site.floorIds[states.floor[tag]],
      enteredAt: at,
    });
  }

  /** Moving between rooms not linked by a door or opening needs extra evidence. */
  private transitionPenalty(from: number, to: number): number {
    const { linkStart, links } = this.site;
    for (let i = linkStart[from]; i < linkStart[from + 1]; i++) if (links[i] === to) return 0;
    return this.config.nonAdjacentPenaltyNats;
  }

  private rawConfidence(tag: number): number {
    let fresh = 0;
    const floor = this.states.floor[tag];
    for (let i = 0; i < this.snapshot.count; i++) {
      if (this.site.gatewayFloor[this.snapshot.gateway[i]] === floor) fresh += this.snapshot.freshness[i];
    }
    return this.rooms.posterior(this.states.room[tag]) * evidenceStrength(fresh);
  }

  /** No gateway hears the tag any more: keep its last room, with no confidence, until it is heard again. */
  private loseEvidence(tag: number): void {
    const states = this.states;
    if (states.live[tag] === 0) return;
    states.live[tag] = 0;
    states.unplaced[tag] = 1;
    states.floorChallenge.clear(tag);
    states.roomChallenge.clear(tag);
    if (states.room[tag] === NO_ROOM) return;
    this.confidences.update(states, tag, 0, true);
    this.changes.queueIfMaterial(states, tag);
  }

  private referencePower(tag: number): number {
    const power = this.states.referencePower[tag];
    return Number.isNaN(power) ? this.config.defaultReferencePowerDbm : power;
  }
}
