/**
 * What St Mary's simulated gateways send, in real time: the simulator's batches with seqs that keep
 * increasing across restarts, and without the failing tag once it has failed. Pure: event time is
 * passed in (the wall clock, in the demo).
 */
import type { ParsedFloorPlan } from '../../floorplan/import/floorplan-format.js';
import { Simulation, type GatewayBatch, type GatewaySighting, type SimulatedTag, type TagSpec } from '../../simulator/index.js';

/** Any fixed seed: the same start rooms, spots and radio on every start. */
const DEMO_SEED = 0x57_4d_41_52; // "WMAR"

/** Shadowing σ, dB: the simulator's indoor default (radio-config.ts), a typical ward. */
const DEMO_SIGMA_DB = 4;

/** Report window of the simulated gateways: one summary batch per gateway a second (the simulator's default). */
const DEMO_WINDOW_MS = 1000;

export interface DemoGatewayFeedOptions {
  floors: readonly ParsedFloorPlan[];
  tags: readonly TagSpec[];
  /** Event time of the start, whole epoch ms. */
  startTs: number;
  /**
   * Added to the simulator's seqs (1, 2, … per gateway). The wall clock in ms at the start, as
   * docs/ingest-ble.md recommends to gateways without storage: a gateway sends at most about one batch
   * a second and the clock gains 1000 ms a second, so every start continues above the last one's seqs,
   * which the ingest remembers across server restarts.
   */
  seqBase: number;
  /** A tag that stops transmitting at `atTs` (event time), as a tag with a dead battery does. */
  failure?: { tagId: string; atTs: number };
}

export class DemoGatewayFeed {
  readonly simulation: Simulation;
  private readonly seqBase: number;
  private readonly failure: { major: number; minor: number; atTs: number } | undefined;

  constructor(options: DemoGatewayFeedOptions) {
    if (!Number.isSafeInteger(options.seqBase) || options.seqBase < 0) throw new RangeError('seqBase must be a whole number ≥ 0');
    this.simulation = new Simulation({
      floors: options.floors,
      seed: DEMO_SEED,
      sigmaDb: DEMO_SIGMA_DB,
      tags: options.tags,
      windowMs: DEMO_WINDOW_MS,
      mode: 'summary',
      startTs: options.startTs,
    });
    this.seqBase = options.seqBase;
    if (options.failure) {
      const { major, minor } = this.simulation.tag(options.failure.tagId).beacon;
      this.failure = { major, minor, atTs: options.failure.atTs };
    }
  }

  /** Event time simulated so far. */
  get now(): number {
    return this.simulation.now;
  }

  get tags(): readonly SimulatedTag[] {
    return this.simulation.tags;
  }

  /**
   * The batches of every report window ending by `untilTs`, window by window. A gateway that heard
   * nothing but the failed tag sends nothing, so its seq is skipped (the ingest allows gaps).
   */
  batchesUntil(untilTs: number): GatewayBatch[] {
    const batches: GatewayBatch[] = [];
    for (const batch of this.simulation.step(untilTs)) {
      const sightings = this.failure === undefined ? batch.sightings : batch.sightings.filter((sighting) => !this.failed(sighting));
      if (sightings.length > 0) batches.push({ ...batch, seq: this.seqBase + batch.seq, sightings });
    }
    return batches;
  }

  private failed(sighting: GatewaySighting): boolean {
    const failure = this.failure;
    return (
      failure !== undefined &&
      sighting.ts >= failure.atTs &&
      'beacon' in sighting &&
      sighting.beacon.minor === failure.minor &&
      sighting.beacon.major === failure.major
    );
  }
}
