/**
 * Aggregates what one gateway hears over a window, per tag: the median RSSI (see rssi-median.ts), the
 * count, the strongest RSSI, the device address and the latest Eddystone-TLM telemetry, paired to the
 * tag by libs/beacon's TlmCorrelator. Pure: receive times come in as arguments.
 */
import { TlmCorrelator, type EddystoneTlmFrame, type TagFrame, type TlmCorrelatorOptions } from '../../../libs/beacon/index.js';
import { beaconJsonOf } from './beacon-json.js';
import type { IngestBeacon, IngestSighting } from './ingest-batch.js';
import { medianRssi } from './rssi-median.js';

/** The ingest's RSSI range (docs/schemas/ble-ingest.schema.json); HCI reports 127 for "not available". */
export const MIN_RSSI = -127;
export const MAX_RSSI = 20;

export interface TagWindowLimits {
  /** Tags per window at most; sightings of further tags are counted in `overflow` and dropped. */
  readonly maxTags: number;
  /** RSSI samples kept per tag per window for the median; the count and maximum cover all of them. */
  readonly maxSamplesPerTag: number;
  readonly tlm: TlmCorrelatorOptions;
}

/**
 * TLM pairing as the server does it (server/src/ingest/ble/gateway-ingest-tracker.ts): Eddystone beacons
 * interleave TLM with UID frames every few to tens of seconds, so a minute-old binding is the same beacon.
 */
export const DEFAULT_WINDOW_LIMITS: TagWindowLimits = { maxTags: 5000, maxSamplesPerTag: 512, tlm: { maxDevices: 2048, maxAgeMs: 60_000 } };

interface TagAccumulator {
  readonly beacon: IngestBeacon;
  mac: string;
  samples: Int8Array;
  stored: number;
  count: number;
  max: number;
  batteryMv: number | undefined;
  temperatureC: number | undefined;
}

interface Telemetry {
  readonly batteryMv: number | undefined;
  readonly temperatureC: number | undefined;
}

export class TagWindows {
  private tags = new Map<string, TagAccumulator>();
  /** Telemetry of tags not heard yet in this window: given to their next sighting. */
  private pendingTelemetry = new Map<string, Telemetry>();
  private readonly tlm: TlmCorrelator;
  /** Sightings dropped because the window already held maxTags tags. */
  overflow = 0;

  constructor(private readonly limits: TagWindowLimits = DEFAULT_WINDOW_LIMITS) {
    this.tlm = new TlmCorrelator(limits.tlm);
  }

  /** Tags heard in the current window. */
  get size(): number {
    return this.tags.size;
  }

  /** One reception of a tag frame from `mac` with `rssi` (already checked to be in range) at `atMs`. */
  addSighting(frame: TagFrame, mac: string, rssi: number, atMs: number): void {
    if (frame.type === 'eddystone-uid') this.tlm.observe(mac, frame, atMs);
    let tag = this.tags.get(frame.tagId);
    if (tag === undefined) {
      if (this.tags.size >= this.limits.maxTags) {
        this.overflow++;
        return;
      }
      const telemetry = this.pendingTelemetry.get(frame.tagId);
      this.pendingTelemetry.delete(frame.tagId);
      tag = {
        beacon: beaconJsonOf(frame),
        mac,
        samples: new Int8Array(8),
        stored: 0,
        count: 0,
        max: rssi,
        batteryMv: telemetry?.batteryMv,
        temperatureC: telemetry?.temperatureC,
      };
      this.tags.set(frame.tagId, tag);
    }
    tag.count++;
    tag.mac = mac;
    if (rssi > tag.max) tag.max = rssi;
    if (tag.stored < this.limits.maxSamplesPerTag) {
      if (tag.stored === tag.samples.length) {
        const grown = new Int8Array(Math.min(tag.samples.length * 2, this.limits.maxSamplesPerTag));
        grown.set(tag.samples);
        tag.samples = grown;
      }
      tag.samples[tag.stored++] = rssi;
    }
  }

  /** An Eddystone-TLM frame from `mac`: its telemetry goes to the tag whose UID frames came from that address. */
  addTelemetry(mac: string, frame: EddystoneTlmFrame, atMs: number): boolean {
    const telemetry = this.tlm.observe(mac, frame, atMs);
    if (telemetry === undefined) return false;
    const values: Telemetry = {
      batteryMv: telemetry.batteryMv ?? undefined,
      // The ingest takes -128 … 128 °C; the 8.8 fixed point reaches 127.996.
      temperatureC: telemetry.temperatureC === null ? undefined : Math.round(telemetry.temperatureC * 100) / 100,
    };
    const tag = this.tags.get(telemetry.tagId);
    if (tag !== undefined) {
      tag.batteryMv = values.batteryMv ?? tag.batteryMv;
      tag.temperatureC = values.temperatureC ?? tag.temperatureC;
    } else {
      // Bounded like the windows: a flood of telemetry for unheard tags must not grow memory.
      if (this.pendingTelemetry.size >= this.limits.maxTags) this.pendingTelemetry.clear();
      this.pendingTelemetry.set(telemetry.tagId, values);
    }
    return true;
  }

  /** Ends the window at `endMs`: one sighting per tag heard (in the order first heard), and starts the next. */
  close(endMs: number): IngestSighting[] {
    const sightings: IngestSighting[] = [];
    for (const tag of this.tags.values()) {
      const rssi = medianRssi(tag.samples.subarray(0, tag.stored)) as number;
      sightings.push({
        ts: endMs,
        rssi,
        n: tag.count,
        rssiMax: tag.max,
        mac: tag.mac,
        beacon: tag.beacon,
        ...(tag.batteryMv === undefined ? {} : { batteryMv: tag.batteryMv }),
        ...(tag.temperatureC === undefined ? {} : { temperatureC: tag.temperatureC }),
      });
    }
    this.tags = new Map();
    return sightings;
  }
}
