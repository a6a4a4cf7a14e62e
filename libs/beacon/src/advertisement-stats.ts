/**
 * Counters for what parsing found, so the ingest and the scanner can report how much was unknown or
 * damaged instead of failing on it. The parsers stay pure; callers record their results here.
 */
import type { BeaconFrame, FrameResult, UnknownFrameReason } from './beacon-frame.js';
import type { MalformedReason, ParsedAdvertisement } from './advertisement.js';

export type BeaconFrameType = BeaconFrame['type'];

export interface AdvertisementStatsSnapshot {
  readonly advertisements: number;
  readonly malformed: Readonly<Record<MalformedReason, number>>;
  readonly frames: Readonly<Record<BeaconFrameType, number>>;
  readonly unknown: Readonly<Record<UnknownFrameReason, number>>;
}

export class AdvertisementStats {
  private advertisements = 0;
  private malformed = zeroMalformed();
  private frames = zeroFrames();
  private unknown = zeroUnknown();

  /** Counts one parsed advertisement, its frames and its unknown data. */
  record(advertisement: ParsedAdvertisement): void {
    this.advertisements++;
    if (advertisement.malformed !== undefined) this.malformed[advertisement.malformed]++;
    for (const frame of advertisement.frames) this.frames[frame.type]++;
    for (const unknown of advertisement.unknown) this.unknown[unknown.reason]++;
  }

  /** Counts one result of parseManufacturerData or parseServiceData (the D-Bus path). */
  recordFrame(result: FrameResult): void {
    if (result.type === 'unknown') this.unknown[result.reason]++;
    else this.frames[result.type]++;
  }

  snapshot(): AdvertisementStatsSnapshot {
    return {
      advertisements: this.advertisements,
      malformed: { ...this.malformed },
      frames: { ...this.frames },
      unknown: { ...this.unknown },
    };
  }

  /** Starts counting from zero, e.g. after each periodic report. */
  reset(): void {
    this.advertisements = 0;
    this.malformed = zeroMalformed();
    this.frames = zeroFrames();
    this.unknown = zeroUnknown();
  }
}

function zeroMalformed(): Record<MalformedReason, number> {
  return { 'invalid-hex': 0, 'truncated-structure': 0, 'data-after-terminator': 0 };
}

function zeroFrames(): Record<BeaconFrameType, number> {
  return {
    ibeacon: 0,
    altbeacon: 0,
    'eddystone-uid': 0,
    'eddystone-url': 0,
    'eddystone-tlm': 0,
    'eddystone-tlm-encrypted': 0,
  };
}

function zeroUnknown(): Record<UnknownFrameReason, number> {
  return { unrecognized: 0, 'wrong-length': 0, 'invalid-value': 0, 'unsupported-frame': 0 };
}
