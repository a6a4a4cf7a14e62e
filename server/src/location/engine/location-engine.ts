/**
 * The location engine: sightings in, positions and room transitions out. Pure and
 * single-threaded; time is the sightings' own event time, so a recording replays faster than
 * real time with the same result. See README.md for the model and its tuning.
 *
 * Event time: each tag has a watermark (the newest event time seen for it); the caller may
 * raise a global one with `advanceTo`. A tick of `tickMs` is evaluated once it lies more than
 * `allowedLatenessMs` behind the watermark; a sighting for a tick already evaluated is late
 * and dropped. Everything earlier is merged exactly, whatever the arrival order.
 */
import { ChangeQueue } from './change-queue.js';
import { compileSite, type CompiledSite } from './compiled-site.js';
import { resolveEngineConfig, type EngineConfig } from './engine-config.js';
import type { EngineChanges, EngineStats, PositionUpdate, Sighting } from './engine-types.js';
import { EvidenceSnapshot } from './evidence-snapshot.js';
import { GatewayEvidence, NO_PENDING, QUARTER_DB } from './gateway-evidence.js';
import { distanceForRssi } from './path-loss.js';
import type { SiteModel } from './site-model.js';
import { TagDirectory } from './tag-directory.js';
import { TagEvaluator } from './tag-evaluator.js';
import { NO_ROOM, TagStates } from './tag-states.js';

/** One gateway's current evidence for a tag, for diagnostics ("why is it there?"). */
export interface GatewayReading {
  gatewayId: string;
  /** Filtered RSSI with the gateway's offset applied, dBm. */
  rssi: number;
  /** Slant distance the path-loss model reads from it, metres. */
  distanceM: number;
  /** 1 while heard within the window, falling to 0 at the gateway timeout. */
  freshness: number;
}

export class LocationEngine {
  readonly config: Readonly<EngineConfig>;
  private readonly site: CompiledSite;
  private readonly states = new TagStates();
  private readonly evidence: GatewayEvidence;
  private readonly directory: TagDirectory;
  private readonly changes: ChangeQueue;
  private readonly evaluator: TagEvaluator;
  private readonly configuredReferencePower: ReadonlyMap<string, number>;
  /** Tick numbers are stored relative to this one so they fit 32-bit columns. */
  private epochTick: number | undefined;
  private globalWatermark = -Infinity;
  private readonly counters: Omit<EngineStats, 'tagsTracked'> = {
    sightingsProcessed: 0,
    lateDropped: 0,
    unknownGateway: 0,
    invalidDropped: 0,
    gatewayOverflowDropped: 0,
  };

  constructor(siteModel: SiteModel, overrides: Partial<EngineConfig> = {}) {
    const config = resolveEngineConfig(overrides);
    this.config = config;
    this.site = compileSite(siteModel, config);
    const windowTicks = Math.ceil(config.rssiWindowMs / config.tickMs);
    // When tick T is evaluated no stored reading is later than T + ⌈lateness / tick⌉ (else T
    // would have closed earlier), so a ring of window + that many ticks never overwrites a
    // bucket the window still needs.
    const bucketsPerSlot = windowTicks + Math.ceil(config.allowedLatenessMs / config.tickMs);
    this.evidence = new GatewayEvidence(
      {
        slotsPerTag: config.maxGatewaysPerTag,
        bucketsPerSlot,
        windowTicks,
        timeoutTicks: Math.ceil(config.gatewayTimeoutMs / config.tickMs),
        rssiNoiseDb: config.rssiNoiseDb,
        modelErrorDb: config.modelErrorDb,
        outlierRejectDb: config.outlierRejectDb,
      },
      this.site.gatewayOffsetDb,
    );
    this.directory = new TagDirectory((capacity) => {
      this.states.resize(capacity);
      this.evidence.resize(capacity);
    });
    this.changes = new ChangeQueue(this.site, config);
    this.evaluator = new TagEvaluator(this.site, config, this.states, this.evidence, this.changes, this.directory);
    this.configuredReferencePower = new Map(Object.entries(config.tagReferencePowerDbm));
  }

  /** Applies one sighting (or counts why not). Amortized O(1); allocates only for a new tag. */
  ingest(sighting: Sighting): void {
    const gateway = this.site.gatewayIndex.get(sighting.gatewayId);
    if (gateway === undefined) {
      this.counters.unknownGateway++;
      return;
    }
    const { ts, rssi } = sighting;
    if (!Number.isFinite(ts) || !Number.isFinite(rssi)) {
      this.counters.invalidDropped++;
      return;
    }
    const known = this.directory.indexOf(sighting.tagId);
    const watermark = Math.max(this.globalWatermark, known === undefined ? -Infinity : this.states.watermark[known]);
    if (ts < watermark - this.config.allowedLatenessMs) {
      this.counters.lateDropped++;
      return;
    }
    const tag = known ?? this.addTag(sighting.tagId, ts);
    const tick = this.relativeTick(ts);
    if (tick <= this.states.finalizedTick[tag]) {
      this.counters.lateDropped++;
      return;
    }
    this.counters.sightingsProcessed++;
    const txPower = sighting.txPowerAt1m;
    if (txPower !== undefined && Number.isFinite(txPower) && this.states.referenceConfigured[tag] === 0) {
      this.states.referencePower[tag] = txPower;
    }
    if (ts > this.states.watermark[tag]) {
      this.states.watermark[tag] = ts;
      // Before adding: the ticks this closes all lie before the sighting's own tick.
      this.finalize(tag);
    }
    // A report always stands for at least one advertisement.
    const samples = sighting.n >= 1 ? Math.round(sighting.n) : 1;
    if (!this.evidence.add(tag, gateway, tick, Math.round(rssi * QUARTER_DB), samples)) {
      this.counters.gatewayOverflowDropped++;
      return;
    }
    if (tick < this.states.pendingTick[tag]) this.states.pendingTick[tag] = tick;
  }

  ingestAll(sightings: Iterable<Sighting>): void {
    for (const sighting of sightings) this.ingest(sighting);
  }

  /**
   * Declares that event time has reached `ts` for every tag: ticks more than the lateness
   * behind it are evaluated (so silent tags age out) and sightings behind it become late.
   * Live ingest calls this on a timer with its clock; a replay calls it with the recording's
   * end. O(tags).
   */
  advanceTo(ts: number): void {
    if (!(ts > this.globalWatermark)) return;
    this.globalWatermark = ts;
    this.ensureEpoch(ts);
    for (const tag of this.directory.indices()) this.finalize(tag);
  }

  /** Positions that changed materially and transitions since the last drain. */
  drainChanges(): EngineChanges {
    return this.changes.drain(this.states, this.directory);
  }

  /**
   * Seeds tags with persisted positions after a restart, so a tag that has not moved produces
   * no transition and no update. Sightings up to a position's `ts` count as already applied.
   * Skips tags already tracked and rooms the site no longer has; returns how many it seeded.
   */
  restore(positions: Iterable<PositionUpdate>): number {
    let restored = 0;
    for (const position of positions) {
      const room = this.site.roomIndex.get(position.roomId);
      if (room === undefined || this.directory.indexOf(position.tagId) !== undefined || !Number.isFinite(position.ts)) continue;
      const tag = this.addTag(position.tagId, position.ts);
      const states = this.states;
      states.finalizedTick[tag] = this.relativeTick(position.ts);
      states.watermark[tag] = position.ts;
      states.stateTs[tag] = position.ts;
      states.enteredAt[tag] = position.ts;
      states.room[tag] = states.reportedRoom[tag] = room;
      states.floor[tag] = this.site.roomFloor[room];
      states.unplaced[tag] = 0;
      states.x[tag] = states.reportedX[tag] = position.x;
      states.y[tag] = states.reportedY[tag] = position.y;
      states.confidence[tag] = position.confidence;
      this.changes.acknowledgeBand(states, tag);
      restored++;
    }
    return restored;
  }

  stats(): EngineStats {
    return { tagsTracked: this.directory.size, ...this.counters };
  }

  /** Drops everything known about the tag (unpaired, retired). Returns whether it was tracked. */
  forget(tagId: string): boolean {
    const tag = this.directory.remove(tagId);
    if (tag === undefined) return false;
    this.states.reset(tag);
    this.evidence.clearTag(tag);
    return true;
  }

  /** Newest event time a sighting of the tag carried (or its restored position's time). */
  lastSeen(tagId: string): number | undefined {
    const tag = this.directory.indexOf(tagId);
    return tag === undefined ? undefined : this.states.watermark[tag];
  }

  /** The tag's current position, whether or not it has been drained; undefined until placed. */
  position(tagId: string): PositionUpdate | undefined {
    const tag = this.directory.indexOf(tagId);
    if (tag === undefined || this.states.room[tag] === NO_ROOM) return undefined;
    return this.changes.position(this.states, tag, tagId);
  }

  /** The gateway evidence behind the tag's last evaluation. */
  gatewayReadings(tagId: string): GatewayReading[] {
    const tag = this.directory.indexOf(tagId);
    if (tag === undefined) return [];
    const snapshot = new EvidenceSnapshot(this.config.maxGatewaysPerTag);
    this.evidence.inspect(tag, this.states.finalizedTick[tag], snapshot);
    const reference = Number.isNaN(this.states.referencePower[tag]) ? this.config.defaultReferencePowerDbm : this.states.referencePower[tag];
    return Array.from({ length: snapshot.count }, (_, i) => ({
      gatewayId: this.site.gatewayIds[snapshot.gateway[i]],
      rssi: snapshot.rssi[i],
      distanceM: distanceForRssi(snapshot.rssi[i], reference, this.config.pathLossExponent),
      freshness: snapshot.freshness[i],
    }));
  }

  private addTag(tagId: string, firstTs: number): number {
    this.ensureEpoch(firstTs);
    const tag = this.directory.add(tagId);
    this.states.reset(tag);
    const configured = this.configuredReferencePower.get(tagId);
    if (configured !== undefined) {
      this.states.referencePower[tag] = configured;
      this.states.referenceConfigured[tag] = 1;
    }
    // Nothing before the lateness bound can still arrive for it; start just before that.
    const openFrom = Math.max(this.globalWatermark, firstTs) - this.config.allowedLatenessMs;
    this.states.finalizedTick[tag] = this.relativeTick(openFrom) - 1;
    return tag;
  }

  /** Evaluates the tag's ticks that the lateness bound has closed. */
  private finalize(tag: number): void {
    const states = this.states;
    const limit = Math.max(states.watermark[tag], this.globalWatermark) - this.config.allowedLatenessMs;
    // Ticks ending strictly before `limit` are closed: every sighting still accepted is at or after it.
    const lastClosed = this.relativeTick(limit) - 1;
    while (states.finalizedTick[tag] < lastClosed) {
      let next = states.finalizedTick[tag] + 1;
      if (states.live[tag] === 0 && states.pendingTick[tag] > next) {
        // No evidence to age and no data before the pending tick: nothing to evaluate until then.
        const pending = states.pendingTick[tag];
        if (pending === NO_PENDING || pending > lastClosed) {
          states.finalizedTick[tag] = lastClosed;
          break;
        }
        next = pending;
      }
      this.evaluator.evaluate(tag, next, this.tickEnd(next));
      states.finalizedTick[tag] = next;
    }
  }

  private ensureEpoch(ts: number): void {
    if (this.epochTick === undefined) this.epochTick = Math.ceil(ts / this.config.tickMs);
  }

  /** The tick containing `ts` (ticks are (end − tickMs, end]), relative to the epoch. */
  private relativeTick(ts: number): number {
    return Math.ceil(ts / this.config.tickMs) - (this.epochTick ?? 0);
  }

  private tickEnd(relativeTick: number): number {
    return (relativeTick + (this.epochTick ?? 0)) * this.config.tickMs;
  }
}
