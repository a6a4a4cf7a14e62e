/**
 * The ingest's pre-parsed beacon form, for gateways that decode advertisements themselves. It maps to the
 * same frame objects, and so the same tag identity, as the byte parsers (README, "Pre-parsed JSON").
 */
import { altBeaconFrame, eddystoneUidFrame, iBeaconFrame, type TagFrame } from './beacon-frame.js';
import { isHexOfLength, normalizeUuid } from './hex.js';

export interface BeaconJsonIssue {
  /** The property at fault, e.g. `major`. */
  readonly field: string;
  readonly message: string;
}

export type BeaconJsonResult =
  | { readonly ok: true; readonly frame: TagFrame }
  | { readonly ok: false; readonly issues: readonly BeaconJsonIssue[] };

const INT8 = { min: -128, max: 127 } as const;
const UINT8 = { min: 0, max: 0xff } as const;
const UINT16 = { min: 0, max: 0xffff } as const;

/**
 * Reads `{ "type": "ibeacon" | "altbeacon" | "eddystone-uid", … }`. Other properties (rssi, mac, …) are
 * ignored. Never throws: anything wrong comes back as issues naming the property.
 */
export function beaconFromJson(value: unknown): BeaconJsonResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, issues: [{ field: '', message: 'must be an object' }] };
  }
  const reader = new FieldReader(value as Record<string, unknown>);
  const type = reader.record['type'];
  let frame: TagFrame | undefined;
  if (type === 'ibeacon') frame = readIBeacon(reader);
  else if (type === 'altbeacon') frame = readAltBeacon(reader);
  else if (type === 'eddystone-uid') frame = readEddystoneUid(reader);
  else reader.fail('type', 'must be "ibeacon", "altbeacon" or "eddystone-uid"');
  return frame !== undefined && reader.issues.length === 0 ? { ok: true, frame } : { ok: false, issues: reader.issues };
}

function readIBeacon(reader: FieldReader): TagFrame | undefined {
  const uuid = reader.uuid('uuid');
  const major = reader.integer('major', UINT16);
  const minor = reader.integer('minor', UINT16);
  const txPower = reader.integer('txPower', INT8);
  if (uuid === undefined || major === undefined || minor === undefined || txPower === undefined) return undefined;
  return iBeaconFrame(uuid, major, minor, txPower);
}

/** `id` (40 hex digits), or the conventional split `uuid` + `major` + `minor` of the same 20 bytes. */
function readAltBeacon(reader: FieldReader): TagFrame | undefined {
  const hasId = reader.record['id'] !== undefined;
  const hasSplit = reader.record['uuid'] !== undefined;
  let beaconId: string | undefined;
  if (hasId && hasSplit) reader.fail('id', 'give either id or uuid, major and minor, not both');
  else if (hasSplit) beaconId = readSplitAltBeaconId(reader);
  else beaconId = reader.hex('id', 40);
  const txPower = reader.integer('txPower', INT8);
  const companyId = reader.optionalInteger('companyId', UINT16);
  const mfgReserved = reader.optionalInteger('mfgReserved', UINT8);
  if (beaconId === undefined || txPower === undefined) return undefined;
  return altBeaconFrame(beaconId, txPower, companyId, mfgReserved);
}

function readSplitAltBeaconId(reader: FieldReader): string | undefined {
  const uuid = reader.uuid('uuid');
  const major = reader.integer('major', UINT16);
  const minor = reader.integer('minor', UINT16);
  if (uuid === undefined || major === undefined || minor === undefined) return undefined;
  return uuid.replaceAll('-', '') + major.toString(16).padStart(4, '0') + minor.toString(16).padStart(4, '0');
}

function readEddystoneUid(reader: FieldReader): TagFrame | undefined {
  const namespace = reader.hex('namespace', 20);
  const instance = reader.hex('instance', 12);
  const txPower = reader.integer('txPower', INT8);
  if (namespace === undefined || instance === undefined || txPower === undefined) return undefined;
  return eddystoneUidFrame(namespace, instance, txPower);
}

class FieldReader {
  readonly issues: BeaconJsonIssue[] = [];

  constructor(readonly record: Record<string, unknown>) {}

  fail(field: string, message: string): undefined {
    this.issues.push({ field, message });
    return undefined;
  }

  integer(field: string, range: { min: number; max: number }): number | undefined {
    const value = this.record[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max) {
      return this.fail(field, `must be an integer from ${range.min} to ${range.max}`);
    }
    return value;
  }

  optionalInteger(field: string, range: { min: number; max: number }): number | null {
    return this.record[field] === undefined ? null : (this.integer(field, range) ?? null);
  }

  /** Lower-case hex of exactly `digits` digits (either case accepted). */
  hex(field: string, digits: number): string | undefined {
    const value = this.record[field];
    if (typeof value !== 'string' || !isHexOfLength(value, digits)) return this.fail(field, `must be ${digits} hex digits`);
    return value.toLowerCase();
  }

  uuid(field: string): string | undefined {
    const value = this.record[field];
    const uuid = typeof value === 'string' ? normalizeUuid(value) : undefined;
    return uuid ?? this.fail(field, 'must be a UUID (8-4-4-4-12 hex digits, or 32 hex digits)');
  }
}
