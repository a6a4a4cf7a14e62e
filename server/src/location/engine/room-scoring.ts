/**
 * How well each candidate room explains what the gateways of one floor hear.
 *
 * For a hypothesis point p the log-likelihood of the filtered RSSIs r_g is Gaussian around
 * the path-loss prediction μ_g(p) = P₁ₘ − η·10·log10(d(p, g)) − walls(p, g), with the tag's power bias b
 * (orientation, body, mis-calibration) profiled out under a N(0, σ_b²) prior:
 *   ℓ(p) = −½ [ Σ w_g e_g² − (Σ w_g e_g)² / (Σ w_g + 1/σ_b²) ],  e_g = r_g − μ_g(p)
 * A room's score is the log of its points' mean likelihood (uniform position inside the
 * room). Candidates are the rooms near the loudest gateways plus the current room, which
 * bounds the work per evaluation to a few hundred point × gateway terms.
 */
import type { CompiledSite } from './compiled-site.js';
import type { EngineConfig } from './engine-config.js';
import type { EvidenceSnapshot } from './evidence-snapshot.js';

/** Rooms near this many of the loudest gateways are scored. */
const CANDIDATE_GATEWAYS = 3;

export class RoomScorer {
  /** Log-likelihood of each hypothesis point of the scored floor, by floor point index. */
  private readonly pointLogLikelihood: Float64Array;
  /** Score (log mean likelihood) of each candidate room, by room index. */
  private readonly roomScore: Float64Array;
  /** roomStamp[r] === stamp ⇔ room r is a candidate of the current scoring. */
  private readonly roomStamp: Int32Array;
  private stamp = 0;
  private readonly candidateRooms: Int32Array;
  private candidateCount = 0;
  private readonly gatewayGlobal: Int32Array;
  private readonly gatewayLocal: Int32Array;
  private readonly gatewayRssi: Float64Array;
  private readonly gatewayPrecision: Float64Array;
  private readonly gatewayLoudness: Float64Array;
  private gatewayCount = 0;
  private readonly biasPrecision: number;
  private floor = -1;
  /** log Σ exp(score) over the candidates: normalizes the room posterior. */
  private logTotal = -Infinity;
  /** Best-scoring candidate, -1 when the floor has no evidence. */
  best = -1;


  constructor(
    private readonly site: CompiledSite,
    private readonly config: Readonly<EngineConfig>,
  ) {
    const rooms = site.roomIds.length;
    this.pointLogLikelihood = new Float64Array(site.maxFloorPoints);
    this.roomScore = new Float64Array(rooms);
    this.roomStamp = new Int32Array(rooms);
    this.candidateRooms = new Int32Array(rooms);
    const slots = config.maxGatewaysPerTag;
    this.gatewayGlobal = new Int32Array(slots);
    this.gatewayLocal = new Int32Array(slots);
    this.gatewayRssi = new Float64Array(slots);
    this.gatewayPrecision = new Float64Array(slots);
    this.gatewayLoudness = new Float64Array(slots);
    this.biasPrecision = 1 / (config.tagPowerUncertaintyDb * config.tagPowerUncertaintyDb);
  }

  /**
   * Scores the candidate rooms on `floor` for a tag of `referencePower`, always including
   * `currentRoom` (if ≥ 0 and on that floor). Returns false when no gateway of the floor
   * hears the tag (nothing scored).
   */
  score(floor: number, snapshot: EvidenceSnapshot, referencePower: number, currentRoom: number): boolean {
    this.floor = floor;
    this.best = -1;
    this.logTotal = -Infinity;
    this.candidateCount = 0;
    this.stamp++;
    if (!this.selectGateways(floor, snapshot)) return false;
    this.collectCandidates(floor, currentRoom);
    for (let c = 0; c < this.candidateCount; c++) {
      const room = this.candidateRooms[c];
      const score = this.scoreRoom(room, referencePower);
      this.roomScore[room] = score;
      this.logTotal = logAddExp(this.logTotal, score);
      if (this.best < 0 || score > this.roomScore[this.best]) this.best = room;
    }
    return true;
  }

  isCandidate(room: number): boolean {
    return room >= 0 && this.roomStamp[room] === this.stamp;
  }

  /** Log mean likelihood of a candidate room (-Infinity for any other room). */
  scoreOf(room: number): number {
    return this.isCandidate(room) ? this.roomScore[room] : -Infinity;
  }

  /** Number of candidate rooms of the last scoring; `candidate(i)` is the i-th. */
  get candidates(): number {
    return this.candidateCount;
  }

  candidate(i: number): number {
    return this.candidateRooms[i];
  }

  /** Probability of `room` among the candidates. */
  posterior(room: number): number {
    return this.isCandidate(room) ? Math.exp(this.roomScore[room] - this.logTotal) : 0;
  }

  /** Likelihood-weighted mean of the room's hypothesis points (a candidate of the last scoring). */
  meanPosition(room: number, out: Float64Array): void {
    const { pointX, pointY } = this.site.floors[this.floor];
    const start = this.site.roomPointStart[room];
    const end = this.site.roomPointEnd[room];
    let peak = -Infinity;
    for (let p = start; p < end; p++) peak = Math.max(peak, this.pointLogLikelihood[p]);
    let sumWeight = 0;
    let sumX = 0;
    let sumY = 0;
    for (let p = start; p < end; p++) {
      const weight = Math.exp(this.pointLogLikelihood[p] - peak);
      sumWeight += weight;
      sumX += weight * pointX[p];
      sumY += weight * pointY[p];
    }
    out[0] = sumX / sumWeight;
    out[1] = sumY / sumWeight;
  }

  private selectGateways(floor: number, snapshot: EvidenceSnapshot): boolean {
    this.gatewayCount = 0;
    for (let i = 0; i < snapshot.count; i++) {
      const gateway = snapshot.gateway[i];
      if (this.site.gatewayFloor[gateway] !== floor) continue;
      const k = this.gatewayCount++;
      this.gatewayGlobal[k] = gateway;
      this.gatewayLocal[k] = this.site.gatewayLocal[gateway];
      this.gatewayRssi[k] = snapshot.rssi[i];
      this.gatewayPrecision[k] = snapshot.precision[i];
      this.gatewayLoudness[k] = snapshot.rssi[i] + 10 * Math.log10(snapshot.freshness[i]);
    }
    return this.gatewayCount > 0;
  }

  private collectCandidates(floor: number, currentRoom: number): void {
    if (currentRoom >= 0 && this.site.roomFloor[currentRoom] === floor) this.addCandidate(currentRoom);
    // The loudest few gateways, picked without sorting (there are at most a handful).
    const picked = Math.min(CANDIDATE_GATEWAYS, this.gatewayCount);
    let previousLoudness = Infinity;
    let previousIndex = -1;
    for (let round = 0; round < picked; round++) {
      let loudest = -1;
      for (let k = 0; k < this.gatewayCount; k++) {
        const loudness = this.gatewayLoudness[k];
        const beforePrevious = loudness < previousLoudness || (loudness === previousLoudness && k > previousIndex);
        if (beforePrevious && (loudest < 0 || loudness > this.gatewayLoudness[loudest])) loudest = k;
      }
      previousLoudness = this.gatewayLoudness[loudest];
      previousIndex = loudest;
      this.addNearRooms(this.gatewayGlobal[loudest]);
    }
  }

  private addNearRooms(gateway: number): void {
    for (let i = this.site.nearStart[gateway]; i < this.site.nearStart[gateway + 1]; i++) this.addCandidate(this.site.nearRooms[i]);
  }

  private addCandidate(room: number): void {
    if (this.roomStamp[room] === this.stamp) return;
    this.roomStamp[room] = this.stamp;
    this.candidateRooms[this.candidateCount++] = room;
  }

  private scoreRoom(room: number, referencePower: number): number {
    const { gatewayCount: columns, pathLossDb } = this.site.floors[this.floor];
    let totalPrecision = this.biasPrecision;
    for (let k = 0; k < this.gatewayCount; k++) totalPrecision += this.gatewayPrecision[k];
    const start = this.site.roomPointStart[room];
    const end = this.site.roomPointEnd[room];
    let peak = -Infinity;
    for (let p = start; p < end; p++) {
      let weightedError = 0;
      let weightedSquare = 0;
      const row = p * columns;
      for (let k = 0; k < this.gatewayCount; k++) {
        const error = this.gatewayRssi[k] - referencePower + pathLossDb[row + this.gatewayLocal[k]];
        const precision = this.gatewayPrecision[k];
        weightedError += precision * error;
        weightedSquare += precision * error * error;
      }
      const logLikelihood = -0.5 * (weightedSquare - (weightedError * weightedError) / totalPrecision);
      this.pointLogLikelihood[p] = logLikelihood;
      if (logLikelihood > peak) peak = logLikelihood;
    }
    let sum = 0;
    for (let p = start; p < end; p++) sum += Math.exp(this.pointLogLikelihood[p] - peak);
    return peak + Math.log(sum / (end - start));
  }
}

function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  const high = Math.max(a, b);
  return high + Math.log(Math.exp(a - high) + Math.exp(b - high));
}
