/**
 * Pairs Eddystone-TLM frames, which carry no identity, with the Eddystone-UID frames of the same device.
 * The Eddystone spec leaves this to the receiver, by device address (eddystone-tlm/tlm-plain.md,
 * "Interleaving Telemetry"). Pure: time comes in with each observation, memory is bounded by
 * `maxDevices` (least recently identified forgotten first) and identities older than `maxAgeMs` are
 * neither matched nor kept, which also covers beacons that rotate their address.
 */
import type { BeaconFrame, EddystoneTlmFrame } from './beacon-frame.js';
import { nibbleAt } from './hex.js';

const COLON = 0x3a;
const DASH = 0x2d;

export interface TlmCorrelatorOptions {
  /** How many device addresses to remember at most. */
  readonly maxDevices: number;
  /** How long after its last UID frame a device's identity may still be given to its TLM frames, ms. */
  readonly maxAgeMs: number;
}

/** Telemetry of a tracked tag: a TLM frame's values under the tag identity of its device's UID frame. */
export interface TagTelemetry {
  readonly tagId: string;
  readonly mac: string;
  readonly batteryMv: EddystoneTlmFrame['batteryMv'];
  readonly temperatureC: EddystoneTlmFrame['temperatureC'];
  readonly advertisementCount: number;
  readonly uptimeSeconds: number;
  /** When the TLM frame was received, as passed to `observe`. */
  readonly atMs: number;
}

interface KnownDevice {
  readonly tagId: string;
  readonly seenAtMs: number;
}

export class TlmCorrelator {
  /** Insertion order is the order of last identification: the first entry is the stalest. */
  private readonly devices = new Map<string, KnownDevice>();
  private readonly maxDevices: number;
  private readonly maxAgeMs: number;

  /** @throws RangeError for a `maxDevices` below 1 or a negative `maxAgeMs`. */
  constructor(options: TlmCorrelatorOptions) {
    if (!Number.isInteger(options.maxDevices) || options.maxDevices < 1) {
      throw new RangeError(`maxDevices must be a positive integer, got ${options.maxDevices}`);
    }
    if (!(options.maxAgeMs >= 0)) throw new RangeError(`maxAgeMs must be zero or more, got ${options.maxAgeMs}`);
    this.maxDevices = options.maxDevices;
    this.maxAgeMs = options.maxAgeMs;
  }

  /** How many device addresses are remembered. */
  get size(): number {
    return this.devices.size;
  }

  /**
   * Feeds one frame received from `mac` at `atMs`. A UID frame (re)binds the address to its tag; a TLM
   * frame from a bound address returns its telemetry under that tag; anything else returns undefined.
   * Addresses are compared as given: normalize them first (see normalizeMac) if sources spell them differently.
   */
  observe(mac: string, frame: BeaconFrame, atMs: number): TagTelemetry | undefined {
    this.forgetOlderThan(atMs - this.maxAgeMs);
    if (frame.type === 'eddystone-uid') {
      this.remember(mac, frame.tagId, atMs);
      return undefined;
    }
    if (frame.type !== 'eddystone-tlm') return undefined;
    const device = this.devices.get(mac);
    // Reports from several gateways arrive slightly out of order, so "recent" works both ways.
    if (device === undefined || Math.abs(atMs - device.seenAtMs) > this.maxAgeMs) return undefined;
    return {
      tagId: device.tagId,
      mac,
      batteryMv: frame.batteryMv,
      temperatureC: frame.temperatureC,
      advertisementCount: frame.advertisementCount,
      uptimeSeconds: frame.uptimeSeconds,
      atMs,
    };
  }

  private remember(mac: string, tagId: string, atMs: number): void {
    const known = this.devices.get(mac);
    // A late report of an older UID frame must not undo a newer binding.
    if (known !== undefined && atMs < known.seenAtMs) return;
    // Delete first so that the address moves to the end of the insertion order.
    this.devices.delete(mac);
    this.devices.set(mac, { tagId, seenAtMs: atMs });
    if (this.devices.size > this.maxDevices) this.devices.delete(this.devices.keys().next().value as string);
  }

  /** Drops stale bindings from the front; stops at the first recent one, so each call costs little. */
  private forgetOlderThan(oldestKeptMs: number): void {
    for (const [mac, device] of this.devices) {
      if (device.seenAtMs >= oldestKeptMs) return;
      this.devices.delete(mac);
    }
  }
}

/**
 * A device address as lower-case hex pairs joined by colons, from `AA:BB:CC:DD:EE:FF`, `aa-bb-…` or
 * `aabbccddeeff`; undefined for anything else.
 */
export function normalizeMac(mac: string): string | undefined {
  const separated = mac.length === 17;
  if (!separated && mac.length !== 12) return undefined;
  const separator = separated ? mac.charCodeAt(2) : 0;
  if (separated && separator !== COLON && separator !== DASH) return undefined;
  const step = separated ? 3 : 2;
  let normalized = '';
  for (let i = 0; i < 6; i++) {
    const at = i * step;
    if (nibbleAt(mac, at) < 0 || nibbleAt(mac, at + 1) < 0) return undefined;
    if (separated && i < 5 && mac.charCodeAt(at + 2) !== separator) return undefined;
    normalized += (i === 0 ? '' : ':') + mac.slice(at, at + 2);
  }
  return normalized.toLowerCase();
}
