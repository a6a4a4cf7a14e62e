/**
 * The simulator's entry point: tags moving through the floors, advertising, heard by the gateways
 * through the simulated radio, reported in the ingest's batch format.
 *
 *   const simulation = new Simulation({ floors, seed: 42, sigmaDb: 6, tags: [{ kind: 'equipment' }] });
 *   const batches = simulation.step(simulation.now + 60_000);   // one minute of event time
 *   simulation.groundTruth(simulation.tags[0].tagId).positionAt(ts);
 *
 * Time is event time passed in by the caller (no clock is read): `step(untilTs)` simulates every
 * report window that ends by `untilTs` and returns its batches, as fast as the CPU allows; a real-time
 * runner calls it with the wall clock. The same options and seed give the same batches, byte for byte.
 */
import type { ParsedFloorPlan } from '../floorplan/import/floorplan-format.js';
import { pointInPolygon } from '../floorplan/geometry/polygon.js';
import { iBeaconAdvertisementHex } from './beacon/ibeacon-advertisement.js';
import { SIMULATED_SITE_UUID, type TagIdentity, assignIdentities } from './beacon/tag-identity.js';
import { BuildingModel } from '../floorplan/building/building-model.js';
import { BatchBuilder, type GatewayBatch, type IBeaconJson, type ReportMode, clampRssi } from './gateway-reports.js';
import { MOVEMENT_PROFILES, type MovementProfile, type TagKind } from './movement/movement-profile.js';
import {
  type ItineraryStop,
  ItineraryPlanner,
  ParkedPlanner,
  RoamingPlanner,
  destinationsFor,
  placeIn,
} from './movement/tag-planners.js';
import { RoundsPlanner, type RoundsMovement } from './movement/rounds-planner.js';
import { type GroundTruth, TagTrack, type TrackPlanner } from './movement/tag-track.js';
import { Prng, deriveSeed } from './prng.js';
import { type RadioConfig, resolveRadioConfig } from './radio/radio-config.js';
import { RadioModel, type RadioPosition } from './radio/radio-model.js';
import type { SightingSink } from './sighting-sink.js';
import { DEFAULT_VERTICAL_TIMING, type Place, type VerticalTiming, WalkingGraph } from '../floorplan/building/walking-graph.js';
import { WindowSummarizer } from './window-summarizer.js';

/** Default start of event time: Monday 6 January 2025, 08:00 UTC (a fixed day, so runs repeat exactly). */
export const DEFAULT_SIMULATION_START_TS = Date.UTC(2025, 0, 6, 8, 0, 0);
/** Default report window of a gateway. */
export const DEFAULT_WINDOW_MS = 1000;

export type TagMovement = 'roam' | 'parked' | { itinerary: readonly ItineraryStop[] } | { rounds: RoundsMovement };

export interface TagSpec {
  kind: TagKind;
  /** For people reading results; `<kind>-<minor>` by default. */
  name?: string;
  /** iBeacon minor; the next free number of the kind by default (see `assignIdentities`). */
  minor?: number;
  /** Where the tag is at the start; a room drawn by the profile's weights and a random spot by default. */
  start?: { roomId: string; x?: number; y?: number };
  /**
   * 'roam' (default): moves by its profile; 'parked': never moves; a fixed itinerary, which starts
   * at its first stop (`start` is then not used); or rounds of visits to given rooms (ward staff), from
   * `start` (the first base by default).
   */
  movement?: TagMovement;
  /** Changes to the kind's movement profile. */
  profile?: Partial<MovementProfile>;
  /** How much stronger (dB) this tag really transmits than `referencePowerDbm` (added to the random spread). */
  txOffsetDb?: number;
  /** This tag's advertising interval, ms (default `radio.advertisingIntervalMs`; BLE allows ≥ 20). */
  advertisingIntervalMs?: number;
}

export interface SimulationOptions {
  /** Validated floor plans of one site (`validateFloorPlan(...).plan`). */
  floors: readonly ParsedFloorPlan[];
  /** Any integer; only its low 32 bits count. */
  seed: number;
  tags: readonly TagSpec[];
  /** Event time the simulation starts at, epoch ms (default `DEFAULT_SIMULATION_START_TS`). */
  startTs?: number;
  /** Shortcut for `radio.sigmaDb`. */
  sigmaDb?: number;
  /** Report window of every gateway (default 1000 ms). */
  windowMs?: number;
  /** 'summary' (default): median/n/rssiMax per tag per window; 'raw': every advertisement as hex. */
  mode?: ReportMode;
  /** Summary mode: include `rssiMax` (default true). */
  includeRssiMax?: boolean;
  radio?: Partial<RadioConfig>;
  verticalTiming?: Partial<VerticalTiming>;
  /** Proximity UUID of the simulated tags (default `SIMULATED_SITE_UUID`). */
  siteUuid?: string;
}

export interface SimulatedTag {
  /** `ibeacon:<uuid>:<major>:<minor>`: the id Wardwatch will know the tag by. */
  tagId: string;
  name: string;
  kind: TagKind;
  /** The tag's beacon as summary sightings carry it. */
  beacon: IBeaconJson;
  /** The tag's advertisement as raw sightings carry it. */
  adv: string;
}

export interface SimulationStats {
  windows: number;
  /** Advertisements the tags sent. */
  advertisements: number;
  /** Advertisement receptions by a gateway (one advertisement may be heard by many). */
  receptions: number;
  /** Sightings in the batches returned (summary: per tag, gateway and window; raw: = receptions). */
  sightings: number;
  batches: number;
}

interface TagRuntime {
  tag: SimulatedTag;
  track: TagTrack;
  advertising: Prng;
  noise: Prng;
  txOffsetDb: number;
  intervalMs: number;
  nextAdvertisementTs: number;
  segmentHint: number;
  /** Links of the last place the tag stood still at (a parked tag's links are worked out once). */
  cachedFloor: number;
  cachedX: number;
  cachedY: number;
  cachedGateways: Int32Array;
  cachedMeans: Float64Array;
  cachedCount: number;
}

export class Simulation {
  readonly building: BuildingModel;
  readonly radio: RadioModel;
  readonly walkingGraph: WalkingGraph;
  readonly tags: readonly SimulatedTag[];
  readonly startTs: number;
  readonly windowMs: number;
  readonly mode: ReportMode;
  readonly stats: SimulationStats = { windows: 0, advertisements: 0, receptions: 0, sightings: 0, batches: 0 };

  private readonly runtimes: TagRuntime[];
  private readonly runtimeById = new Map<string, TagRuntime>();
  private readonly batchBuilder: BatchBuilder;
  private readonly summarizer: WindowSummarizer;
  private readonly scratchGateways: Int32Array;
  private readonly scratchMeans: Float64Array;
  private readonly position: RadioPosition = { floorIndex: 0, x: 0, y: 0 };
  /** Where `linksAt` left the links of the current advertisement. */
  private linkGateways: Int32Array = new Int32Array(0);
  private linkMeans: Float64Array = new Float64Array(0);
  private windowStart: number;

  constructor(options: SimulationOptions) {
    const radioConfig = resolveRadioConfig({ ...options.radio, ...(options.sigmaDb !== undefined ? { sigmaDb: options.sigmaDb } : {}) });
    this.startTs = options.startTs ?? DEFAULT_SIMULATION_START_TS;
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.mode = options.mode ?? 'summary';
    // The ingest takes whole epoch milliseconds: keep window ends (summary timestamps) whole.
    if (!Number.isSafeInteger(this.startTs) || this.startTs < 0) throw new RangeError('startTs must be whole epoch milliseconds');
    if (!Number.isSafeInteger(this.windowMs) || this.windowMs < 1) throw new RangeError('windowMs must be a whole number ≥ 1');
    if (this.mode !== 'summary' && this.mode !== 'raw') throw new RangeError(`unknown mode "${String(this.mode)}"`);
    if (!Number.isSafeInteger(options.seed)) throw new RangeError('seed must be an integer');
    const seed = options.seed >>> 0;

    this.building = BuildingModel.fromFloorPlans(options.floors);
    this.radio = new RadioModel(this.building, radioConfig, seed);
    this.walkingGraph = new WalkingGraph(this.building, { ...DEFAULT_VERTICAL_TIMING, ...options.verticalTiming });
    this.windowStart = this.startTs;

    const identities = assignIdentities(options.tags, options.siteUuid ?? SIMULATED_SITE_UUID);
    const reachableCache = new Map<string, Set<string>>();
    this.runtimes = options.tags.map((spec, i) => this.runtimeFor(spec, identities[i], seed, reachableCache));
    for (const runtime of this.runtimes) this.runtimeById.set(runtime.tag.tagId, runtime);
    this.tags = this.runtimes.map((runtime) => runtime.tag);

    const gatewayIds = this.building.gateways.map((gateway) => gateway.id);
    this.batchBuilder = new BatchBuilder(gatewayIds, this.tags, this.mode, options.includeRssiMax ?? true);
    // Jitter only lengthens intervals, so a window holds at most ⌈window / interval⌉ + 1 advertisements.
    const shortestInterval = this.runtimes.reduce(
      (shortest, runtime) => Math.min(shortest, runtime.intervalMs),
      radioConfig.advertisingIntervalMs,
    );
    this.summarizer = new WindowSummarizer(gatewayIds.length, Math.ceil(this.windowMs / shortestInterval) + 1);
    this.scratchGateways = new Int32Array(gatewayIds.length);
    this.scratchMeans = new Float64Array(gatewayIds.length);
  }

  /** Event time simulated so far: the end of the last window stepped through (the start, at first). */
  get now(): number {
    return this.windowStart;
  }

  /**
   * Simulates every window that ends at or before `untilTs` and returns its batches, window by window,
   * gateways in plan order within a window. A window not yet complete waits for a later call.
   */
  step(untilTs: number): GatewayBatch[] {
    this.stream(untilTs, this.batchBuilder);
    const batches = this.batchBuilder.take();
    this.stats.batches += batches.length;
    return batches;
  }

  /**
   * `step` without the batches: hands every sighting to `sink` as numbers (see `SightingSink`). Both
   * advance the same simulation; mixing them is allowed, each window goes to one of them.
   */
  stream(untilTs: number, sink: SightingSink): void {
    while (this.windowStart + this.windowMs <= untilTs) {
      const end = this.windowStart + this.windowMs;
      this.simulateWindow(end, sink);
      sink.windowEnd(end);
      this.stats.windows++;
      this.windowStart = end;
    }
  }

  /** The ground truth of a tag: `positionAt(ts)`, `roomAt(ts)`, `transitionsBetween(from, to)`. */
  groundTruth(tagId: string): GroundTruth {
    return this.runtime(tagId).track;
  }

  tag(tagId: string): SimulatedTag {
    return this.runtime(tagId).tag;
  }

  private runtime(tagId: string): TagRuntime {
    const runtime = this.runtimeById.get(tagId);
    if (!runtime) throw new RangeError(`unknown simulated tag "${tagId}"`);
    return runtime;
  }

  private simulateWindow(end: number, sink: SightingSink): void {
    const config = this.radio.config;
    const jitter = config.advertisingJitterMs;
    const raw = this.mode === 'raw';
    const stats = this.stats;
    for (let tagIndex = 0; tagIndex < this.runtimes.length; tagIndex++) {
      const runtime = this.runtimes[tagIndex];
      while (runtime.nextAdvertisementTs < end) {
        const t = runtime.nextAdvertisementTs;
        runtime.nextAdvertisementTs = t + runtime.intervalMs + jitter * runtime.advertising.next();
        stats.advertisements++;
        const count = this.linksAt(runtime, t);
        const gateways = this.linkGateways;
        const means = this.linkMeans;
        const ts = Math.floor(t);
        for (let k = 0; k < count; k++) {
          const received = this.radio.receive(means[k], runtime.noise);
          if (Number.isNaN(received)) continue;
          const rssi = clampRssi(received);
          stats.receptions++;
          if (raw) {
            sink.sighting(gateways[k], tagIndex, ts, rssi, 1, rssi);
            stats.sightings++;
          } else {
            this.summarizer.add(gateways[k], rssi);
          }
        }
      }
      if (!raw) stats.sightings += this.summarizer.flush(sink, tagIndex, end);
    }
  }

  /**
   * Works out the links of the tag at `t` into `linkGateways` / `linkMeans` and returns their count:
   * from the tag's cache while it stands where it stood, else computed for where it walks now.
   */
  private linksAt(runtime: TagRuntime, t: number): number {
    const track = runtime.track;
    const index = track.segmentIndexAt(t, runtime.segmentHint);
    runtime.segmentHint = index;
    const segment = track.segment(index);
    const position = this.position;
    position.floorIndex = segment.floorIndex;
    if (segment.x0 === segment.x1 && segment.y0 === segment.y1) {
      const cached =
        runtime.cachedFloor === segment.floorIndex && runtime.cachedX === segment.x0 && runtime.cachedY === segment.y0;
      if (!cached) {
        position.x = segment.x0;
        position.y = segment.y0;
        const budget = this.radio.linkBudget(position, runtime.txOffsetDb);
        runtime.cachedFloor = segment.floorIndex;
        runtime.cachedX = segment.x0;
        runtime.cachedY = segment.y0;
        runtime.cachedGateways = budget.gateways;
        runtime.cachedMeans = budget.meanDbm;
        runtime.cachedCount = budget.count;
      }
      this.linkGateways = runtime.cachedGateways;
      this.linkMeans = runtime.cachedMeans;
      return runtime.cachedCount;
    }
    this.linkGateways = this.scratchGateways;
    this.linkMeans = this.scratchMeans;
    const f = (t - segment.t0) / (segment.t1 - segment.t0);
    position.x = segment.x0 + f * (segment.x1 - segment.x0);
    position.y = segment.y0 + f * (segment.y1 - segment.y0);
    return this.radio.linkBudgetInto(position, runtime.txOffsetDb, this.scratchGateways, this.scratchMeans);
  }

  private runtimeFor(spec: TagSpec, identity: TagIdentity, seed: number, reachableCache: Map<string, Set<string>>): TagRuntime {
    const config = this.radio.config;
    const measuredPower = config.advertisedMeasuredPowerDbm;
    const tag: SimulatedTag = {
      tagId: identity.tagId,
      name: spec.name ?? `${spec.kind}-${identity.minor}`,
      kind: spec.kind,
      beacon: { type: 'ibeacon', uuid: identity.uuid, major: identity.major, minor: identity.minor, txPower: measuredPower },
      adv: iBeaconAdvertisementHex({ ...identity, measuredPower }),
    };
    const intervalMs = spec.advertisingIntervalMs ?? config.advertisingIntervalMs;
    if (!(intervalMs >= 20) || !Number.isFinite(intervalMs)) {
      throw new RangeError(`advertisingIntervalMs of ${tag.name} must be ≥ 20 (the BLE minimum)`);
    }
    const advertising = new Prng(deriveSeed(seed, 'advertising', tag.tagId));
    const powerSpread = config.tagPowerSigmaDb * new Prng(deriveSeed(seed, 'tag-power', tag.tagId)).gaussian();
    return {
      tag,
      track: new TagTrack(tag.tagId, this.startTs, this.plannerFor(spec, tag.tagId, seed, reachableCache)),
      advertising,
      noise: new Prng(deriveSeed(seed, 'radio', tag.tagId)),
      txOffsetDb: (spec.txOffsetDb ?? 0) + powerSpread,
      intervalMs,
      // Tags were switched on at random moments: the first advertisement falls anywhere in an interval.
      nextAdvertisementTs: this.startTs + advertising.next() * intervalMs,
      segmentHint: 0,
      cachedFloor: -1,
      cachedX: Number.NaN,
      cachedY: Number.NaN,
      cachedGateways: new Int32Array(0),
      cachedMeans: new Float64Array(0),
      cachedCount: 0,
    };
  }

  private plannerFor(spec: TagSpec, tagId: string, seed: number, reachableCache: Map<string, Set<string>>): TrackPlanner {
    if (!(spec.kind in MOVEMENT_PROFILES)) throw new RangeError(`unknown tag kind "${String(spec.kind)}"`);
    const profile: MovementProfile = { ...MOVEMENT_PROFILES[spec.kind], ...spec.profile };
    const prng = new Prng(deriveSeed(seed, 'movement', tagId));
    const movement = spec.movement ?? 'roam';
    if (typeof movement === 'object' && 'itinerary' in movement) {
      return new ItineraryPlanner(this.building, this.walkingGraph, profile, prng, movement.itinerary);
    }
    if (typeof movement === 'object') {
      const start = spec.start === undefined ? { roomId: movement.rounds.bases[0] } : spec.start;
      return new RoundsPlanner(this.building, this.walkingGraph, profile, prng, this.startPlace({ ...spec, start }, profile, prng), movement.rounds);
    }
    const start = this.startPlace(spec, profile, prng);
    if (movement === 'parked') return new ParkedPlanner(this.building, start);
    if (movement !== 'roam') throw new RangeError(`unknown movement "${String(movement)}"`);
    const key = `${start.roomId}|${profile.allowStairs}`;
    let reachable = reachableCache.get(key);
    if (!reachable) {
      reachable = this.walkingGraph.reachableRooms(start.roomId, { allowStairs: profile.allowStairs });
      reachableCache.set(key, reachable);
    }
    const destinations = destinationsFor(this.building, profile, reachable);
    return new RoamingPlanner(this.building, this.walkingGraph, profile, prng, start, destinations);
  }

  private startPlace(spec: TagSpec, profile: MovementProfile, prng: Prng): Place {
    if (spec.start) {
      const room = this.building.room(spec.start.roomId);
      const { x, y } = spec.start;
      if ((x === undefined) !== (y === undefined)) throw new RangeError('start needs both x and y, or neither');
      if (x !== undefined && y !== undefined && !pointInPolygon([x, y], room.polygon)) {
        throw new RangeError(`start (${x}, ${y}) is not inside room ${room.id}`);
      }
      return placeIn(room, x, y, prng, profile.parkingClearanceM);
    }
    const candidates = destinationsFor(this.building, profile, new Set(this.building.rooms.map((room) => room.id)));
    const index = prng.pickWeighted(candidates.map((candidate) => candidate.weight));
    if (index < 0) throw new RangeError(`the ${spec.kind} profile names no room type this building has`);
    return placeIn(candidates[index].room, undefined, undefined, prng, profile.parkingClearanceM);
  }
}
