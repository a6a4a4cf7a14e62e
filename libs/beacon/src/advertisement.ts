/**
 * Walks the AD structures of an advertisement or scan response (Bluetooth Core Specification, Vol 3,
 * Part C, §11: each structure is a length byte, then that many bytes: an AD type and its data).
 */
import type { BeaconFrame, UnknownFrame } from './beacon-frame.js';
import { int8At } from './bytes.js';
import { decodeHexInto } from './hex.js';
import { readManufacturerStructure } from './manufacturer-data.js';
import { readServiceDataStructure } from './service-data.js';

/** Why the walk stopped before the end of the bytes, or why there were no bytes to walk. */
export type MalformedReason =
  /** The hex text had an odd length or a character other than 0-9, a-f, A-F. */
  | 'invalid-hex'
  /** A structure's length byte runs past the end of the data. */
  | 'truncated-structure'
  /** A zero length byte (the spec's early terminator) followed by bytes that are not all zero padding. */
  | 'data-after-terminator';

export interface ParsedAdvertisement {
  /** Beacon frames in the order their structures appear (one advertisement may carry several). */
  readonly frames: readonly BeaconFrame[];
  /** Manufacturer and service data that is not a beacon frame, with the reason. */
  readonly unknown: readonly UnknownFrame[];
  /** Flags AD (type 0x01), e.g. 0x06 = LE General Discoverable, BR/EDR not supported. */
  readonly flags: number | undefined;
  /** Complete (0x09) or, failing that, shortened (0x08) local name. */
  readonly localName: string | undefined;
  /** Tx Power Level AD (type 0x0A), dBm. Not a beacon's calibrated power: see the frames for that. */
  readonly txPowerLevel: number | undefined;
  /** Set when the walk stopped early; the frames found before that point are still returned. */
  readonly malformed: MalformedReason | undefined;
}

const AD_FLAGS = 0x01;
const AD_SHORTENED_LOCAL_NAME = 0x08;
const AD_COMPLETE_LOCAL_NAME = 0x09;
const AD_TX_POWER_LEVEL = 0x0a;
const AD_SERVICE_DATA_16 = 0x16;
const AD_MANUFACTURER_DATA = 0xff;

const NONE: readonly never[] = Object.freeze<never[]>([]);

const INVALID_HEX: ParsedAdvertisement = Object.freeze({
  frames: NONE,
  unknown: NONE,
  flags: undefined,
  localName: undefined,
  txPowerLevel: undefined,
  malformed: 'invalid-hex',
});

/**
 * Reused for hex decoding so the hot path allocates no byte array: a legacy advertisement is 31 bytes,
 * an extended one rarely more than 255. Longer input gets its own array rather than growing this one.
 * Safe because parsing is synchronous and no frame keeps a view of the bytes.
 */
const scratch = new Uint8Array(256);

const utf8 = new TextDecoder('utf-8');

/**
 * Parses the hex of an advertisement's AD structures as gateways and BlueZ report it: contiguous hex
 * digits of either case, no separators or `0x` prefix. Never throws on the text's content: bad hex comes
 * back with `malformed: 'invalid-hex'` and no frames.
 * @throws TypeError when `hex` is not a string (a bug in the caller, not bad data).
 */
export function parseAdvertisementHex(hex: string): ParsedAdvertisement {
  if (typeof hex !== 'string') throw new TypeError('parseAdvertisementHex expects a string');
  if ((hex.length & 1) !== 0) return INVALID_HEX;
  const byteLength = hex.length >>> 1;
  const bytes = byteLength <= scratch.length ? scratch : new Uint8Array(byteLength);
  if (!decodeHexInto(hex, bytes)) return INVALID_HEX;
  return walkStructures(bytes, byteLength);
}

/**
 * Parses an advertisement's AD structures. Never throws on the bytes' content.
 * @throws TypeError when `bytes` is not a Uint8Array (Node's Buffer is one).
 */
export function parseAdvertisement(bytes: Uint8Array): ParsedAdvertisement {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('parseAdvertisement expects a Uint8Array');
  return walkStructures(bytes, bytes.length);
}

function walkStructures(bytes: Uint8Array, end: number): ParsedAdvertisement {
  let frames: BeaconFrame[] | undefined;
  let unknown: UnknownFrame[] | undefined;
  let flags: number | undefined;
  let localName: string | undefined;
  let txPowerLevel: number | undefined;
  let malformed: MalformedReason | undefined;

  let offset = 0;
  while (offset < end) {
    const length = bytes[offset];
    if (length === 0) {
      // Core spec Vol 3 Part C §11: a zero length ends the significant part early and the rest of the
      // 31 bytes is zero padding, which many controllers report as it is. Anything else is damage.
      if (!allZero(bytes, offset + 1, end)) malformed = 'data-after-terminator';
      break;
    }
    const dataStart = offset + 2;
    const next = offset + 1 + length;
    if (next > end) {
      malformed = 'truncated-structure';
      break;
    }
    let result: BeaconFrame | UnknownFrame | undefined;
    switch (bytes[offset + 1]) {
      case AD_MANUFACTURER_DATA:
        result = readManufacturerStructure(bytes, dataStart, next);
        break;
      case AD_SERVICE_DATA_16:
        // Eddystone asks for 0xFEAA in the 16-bit UUID list as well; that list exists for iOS background
        // scanning, and service data keyed 0xFEAA is unambiguous without it, so it is not required.
        result = readServiceDataStructure(bytes, dataStart, next);
        break;
      case AD_FLAGS:
        if (next > dataStart) flags = bytes[dataStart];
        break;
      case AD_COMPLETE_LOCAL_NAME:
        localName = utf8.decode(bytes.subarray(dataStart, next));
        break;
      case AD_SHORTENED_LOCAL_NAME:
        localName ??= utf8.decode(bytes.subarray(dataStart, next));
        break;
      case AD_TX_POWER_LEVEL:
        if (next > dataStart) txPowerLevel = int8At(bytes, dataStart);
        break;
    }
    if (result !== undefined) {
      if (result.type === 'unknown') (unknown ??= []).push(result);
      else (frames ??= []).push(result);
    }
    offset = next;
  }
  // Most advertisements carry one frame and no unknown data: share one frozen empty array for the rest.
  return { frames: frames ?? NONE, unknown: unknown ?? NONE, flags, localName, txPowerLevel, malformed };
}

function allZero(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] !== 0) return false;
  return true;
}
