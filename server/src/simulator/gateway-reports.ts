/**
 * What simulated gateways send: batches in the ingest's format, one per gateway per report window.
 *
 *   { "gatewayId": "main-0-gw-001", "seq": 7, "sentAt": "2025-01-06T08:00:07.000Z",
 *     "sightings": [ { "ts": 1736150407000, "rssi": -67, "n": 5, "rssiMax": -63,
 *                      "beacon": { "type": "ibeacon", "uuid": "…", "major": 1, "minor": 42, "txPower": -59 } } ] }
 *
 * The schema is docs/schemas/ble-ingest.schema.json. Summary mode (gateways that decode and
 * aggregate): one sighting per tag heard in the window, with the median RSSI of the advertisements
 * heard (rounded to whole dBm), how many (`n`) and the strongest (`rssiMax`), at the window's end
 * (`ts`, as the schema asks of a window). Raw mode (gateways that forward every packet): one sighting
 * per advertisement at the time it was heard, `n: 1`, carrying the advertisement's AD structures as
 * hex (`adv`) instead of the decoded beacon. `seq` counts each gateway's batches from 1; `sentAt` is
 * the end of the window. A window with more sightings than a batch may carry goes out as several.
 */
import type { SightingSink } from './sighting-sink.js';

/** Most sightings in one batch (the schema's `sightings.maxItems`; more is answered 413). */
export const MAX_SIGHTINGS_PER_BATCH = 5000;
/** RSSI range the schema accepts, dBm. */
const RSSI_MIN_DBM = -127;
const RSSI_MAX_DBM = 20;

/** Clamps a reading into the range the schema accepts (a radio saturates at both ends). */
export function clampRssi(rssi: number): number {
  return rssi < RSSI_MIN_DBM ? RSSI_MIN_DBM : rssi > RSSI_MAX_DBM ? RSSI_MAX_DBM : rssi;
}

export type ReportMode = 'summary' | 'raw';

/** The ingest's pre-parsed iBeacon form (libs/beacon `beaconFromJson`). */
export interface IBeaconJson {
  readonly type: 'ibeacon';
  readonly uuid: string;
  readonly major: number;
  readonly minor: number;
  /** Measured power: the tag's calibrated RSSI at 1 m, dBm. */
  readonly txPower: number;
}

export interface SummarySighting {
  /** End of the window, epoch ms. */
  ts: number;
  /** Median RSSI of the window, dBm. */
  rssi: number;
  /** Advertisements heard in the window. */
  n: number;
  /** Strongest RSSI of the window, dBm. */
  rssiMax?: number;
  beacon: IBeaconJson;
}

export interface RawSighting {
  /** When the advertisement was heard, epoch ms. */
  ts: number;
  rssi: number;
  n: 1;
  /** The advertisement's AD structures, lower-case hex. */
  adv: string;
}

export type GatewaySighting = SummarySighting | RawSighting;

/** What a tag puts into sightings: its decoded beacon (summary mode) or its advertisement (raw mode). */
export interface ReportedTag {
  readonly beacon: IBeaconJson;
  readonly adv: string;
}

export interface GatewayBatch {
  gatewayId: string;
  seq: number;
  sentAt: string;
  sightings: GatewaySighting[];
}

/**
 * Builds gateway batches from the simulation's stream of sightings: collects each gateway's sightings
 * of the window and, at its end, closes them into batches with the gateway's next `seq`.
 */
export class BatchBuilder implements SightingSink {
  private pending: GatewaySighting[][];
  private readonly nextSeq: Float64Array;
  private ready: GatewayBatch[] = [];

  constructor(
    private readonly gatewayIds: readonly string[],
    private readonly tags: readonly ReportedTag[],
    private readonly mode: ReportMode,
    private readonly includeRssiMax: boolean,
  ) {
    this.pending = gatewayIds.map(() => []);
    this.nextSeq = new Float64Array(gatewayIds.length).fill(1);
  }

  sighting(gatewayIndex: number, tagIndex: number, ts: number, rssi: number, n: number, rssiMax: number): void {
    const tag = this.tags[tagIndex];
    let sighting: GatewaySighting;
    if (this.mode === 'raw') sighting = { ts, rssi, n: 1, adv: tag.adv };
    else if (this.includeRssiMax) sighting = { ts, rssi, n, rssiMax, beacon: tag.beacon };
    else sighting = { ts, rssi, n, beacon: tag.beacon };
    this.pending[gatewayIndex].push(sighting);
  }

  /** One batch per gateway with sightings (more when they exceed a batch), in gateway order. */
  windowEnd(windowEndTs: number): void {
    let sentAt: string | undefined;
    for (let g = 0; g < this.pending.length; g++) {
      const sightings = this.pending[g];
      if (sightings.length === 0) continue;
      // Raw receptions arrive tag by tag; a gateway forwards them in the order it heard them.
      if (this.mode === 'raw') sightings.sort((a, b) => a.ts - b.ts);
      sentAt ??= new Date(windowEndTs).toISOString();
      const gatewayId = this.gatewayIds[g];
      for (let i = 0; i < sightings.length; i += MAX_SIGHTINGS_PER_BATCH) {
        const part = sightings.length <= MAX_SIGHTINGS_PER_BATCH ? sightings : sightings.slice(i, i + MAX_SIGHTINGS_PER_BATCH);
        this.ready.push({ gatewayId, seq: this.nextSeq[g]++, sentAt, sightings: part });
      }
      this.pending[g] = [];
    }
  }

  /** The batches closed since the last call, oldest window first. */
  take(): GatewayBatch[] {
    const batches = this.ready;
    this.ready = [];
    return batches;
  }
}
