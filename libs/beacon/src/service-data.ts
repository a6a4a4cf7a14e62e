/**
 * Service data (AD type 0x16; BlueZ's ServiceData property): Eddystone, the service data of UUID 0xFEAA.
 * Frame layouts and values from github.com/google/eddystone (protocol-specification.md and the
 * eddystone-uid, eddystone-url and eddystone-tlm folders). Multi-byte fields are big-endian.
 */
import {
  eddystoneUidFrame,
  type FrameResult,
  type UnknownFrameReason,
  unknownServiceData,
} from './beacon-frame.js';
import { int16BigEndianAt, int8At, uint16BigEndianAt, uint16LittleEndianAt, uint32BigEndianAt } from './bytes.js';
import { byteHex, hexOf, isHexOfLength } from './hex.js';

export const EDDYSTONE_SERVICE_UUID = 0xfeaa;

const FRAME_UID = 0x00;
const FRAME_URL = 0x10;
const FRAME_TLM = 0x20;

/** UID: frame type, tx power, namespace (10), instance (6), then 2 RFU bytes that early beacons omit. */
const UID_LENGTH = 20;
const UID_LENGTH_WITHOUT_RFU = 18;
/** URL: frame type, tx power, scheme, then 0-17 encoded bytes. */
const URL_MIN_LENGTH = 3;
const URL_MAX_LENGTH = 20;
const TLM_VERSION_PLAIN = 0x00;
const TLM_VERSION_ENCRYPTED = 0x01;
const TLM_PLAIN_LENGTH = 14;
const TLM_ENCRYPTED_LENGTH = 18;
/** TLM temperature value meaning "not supported" (-128 °C in 8.8 fixed point). */
const TEMPERATURE_NOT_SUPPORTED = -0x8000;

const URL_SCHEMES: readonly string[] = ['http://www.', 'https://www.', 'http://', 'https://'];
/** URL expansion codes 0x00-0x0D; 0x0E-0x20 and 0x7F-0xFF are reserved. */
const URL_EXPANSIONS: readonly string[] = [
  '.com/', '.org/', '.edu/', '.net/', '.info/', '.biz/', '.gov/',
  '.com', '.org', '.edu', '.net', '.info', '.biz', '.gov',
];
const FIRST_RESERVED_URL_CODE = URL_EXPANSIONS.length;
const LAST_RESERVED_LOW_URL_CODE = 0x20;
const FIRST_RESERVED_HIGH_URL_CODE = 0x7f;

/** The Bluetooth Base UUID's tail: a 128-bit UUID `0000xxxx` + this is the 16-bit UUID `xxxx`. */
const BASE_UUID_SUFFIX = '-0000-1000-8000-00805f9b34fb';

/**
 * Parses one service data value as BlueZ reports it over D-Bus (`serviceUuid` as the 128-bit string
 * BlueZ uses, e.g. `0000feaa-0000-1000-8000-00805f9b34fb`, or as 4 hex digits or a number for a 16-bit
 * UUID). Never throws on the content: an unreadable UUID string is reported as unrecognized data.
 * @throws TypeError when a numeric `serviceUuid` is not an integer 0-0xFFFF or `data` is not a Uint8Array.
 */
export function parseServiceData(serviceUuid: string | number, data: Uint8Array): FrameResult {
  if (!(data instanceof Uint8Array)) throw new TypeError('service data must be a Uint8Array');
  if (typeof serviceUuid === 'number') {
    if (!Number.isInteger(serviceUuid) || serviceUuid < 0 || serviceUuid > 0xffff) {
      throw new TypeError(`a numeric service UUID must be an integer 0-65535, got ${serviceUuid}`);
    }
    return readServiceData16(serviceUuid, data, 0, data.length);
  }
  if (typeof serviceUuid !== 'string') throw new TypeError('serviceUuid must be a string or a number');
  const uuid16 = uuid16Of(serviceUuid);
  if (uuid16 === undefined) return unknownServiceData(serviceUuid.toLowerCase(), 'unrecognized');
  return readServiceData16(uuid16, data, 0, data.length);
}

/** `bytes[start, end)` is the data of a 16-bit-UUID service data AD structure: the UUID, then its data. */
export function readServiceDataStructure(bytes: Uint8Array, start: number, end: number): FrameResult {
  if (end - start < 2) return unknownServiceData(undefined, 'wrong-length');
  return readServiceData16(uint16LittleEndianAt(bytes, start), bytes, start + 2, end);
}

/** `bytes[start, end)` is the service data after its 16-bit UUID. */
function readServiceData16(uuid16: number, bytes: Uint8Array, start: number, end: number): FrameResult {
  if (uuid16 !== EDDYSTONE_SERVICE_UUID) return unknownServiceData(uuid16Hex(uuid16), 'unrecognized');
  const length = end - start;
  if (length < 1) return unknownEddystone('wrong-length');
  switch (bytes[start]) {
    case FRAME_UID:
      if (length !== UID_LENGTH && length !== UID_LENGTH_WITHOUT_RFU) return unknownEddystone('wrong-length');
      return eddystoneUidFrame(hexOf(bytes, start + 2, start + 12), hexOf(bytes, start + 12, start + 18), int8At(bytes, start + 1));
    case FRAME_URL:
      if (length < URL_MIN_LENGTH || length > URL_MAX_LENGTH) return unknownEddystone('wrong-length');
      return readUrl(bytes, start, end);
    case FRAME_TLM:
      return readTlm(bytes, start, length);
    default:
      return unknownEddystone('unsupported-frame');
  }
}

function readUrl(bytes: Uint8Array, start: number, end: number): FrameResult {
  const scheme = URL_SCHEMES[bytes[start + 2]];
  if (scheme === undefined) return unknownEddystone('invalid-value');
  let url = scheme;
  for (let i = start + 3; i < end; i++) {
    const code = bytes[i];
    if (code < FIRST_RESERVED_URL_CODE) url += URL_EXPANSIONS[code];
    else if (code <= LAST_RESERVED_LOW_URL_CODE || code >= FIRST_RESERVED_HIGH_URL_CODE) return unknownEddystone('invalid-value');
    else url += String.fromCharCode(code);
  }
  return { type: 'eddystone-url', url, txPowerAt0m: int8At(bytes, start + 1) };
}

function readTlm(bytes: Uint8Array, start: number, length: number): FrameResult {
  if (length < 2) return unknownEddystone('wrong-length');
  const version = bytes[start + 1];
  if (version === TLM_VERSION_PLAIN) {
    if (length !== TLM_PLAIN_LENGTH) return unknownEddystone('wrong-length');
    const batteryMv = uint16BigEndianAt(bytes, start + 2);
    const temperature = int16BigEndianAt(bytes, start + 4);
    return {
      type: 'eddystone-tlm',
      batteryMv: batteryMv === 0 ? null : batteryMv,
      // Signed 8.8 fixed point: the high byte is whole degrees, the low byte 1/256ths.
      temperatureC: temperature === TEMPERATURE_NOT_SUPPORTED ? null : temperature / 256,
      advertisementCount: uint32BigEndianAt(bytes, start + 6),
      // Division, not * 0.1: 3 * 0.1 is 0.30000000000000004, 3 / 10 is the double nearest 0.3.
      uptimeSeconds: uint32BigEndianAt(bytes, start + 10) / 10,
    };
  }
  if (version === TLM_VERSION_ENCRYPTED) {
    if (length !== TLM_ENCRYPTED_LENGTH) return unknownEddystone('wrong-length');
    return {
      type: 'eddystone-tlm-encrypted',
      encryptedHex: hexOf(bytes, start + 2, start + 14),
      salt: uint16BigEndianAt(bytes, start + 14),
      mic: uint16BigEndianAt(bytes, start + 16),
    };
  }
  return unknownEddystone('unsupported-frame');
}

function unknownEddystone(reason: UnknownFrameReason): FrameResult {
  return unknownServiceData('feaa', reason);
}

function uuid16Hex(uuid16: number): string {
  return byteHex(uuid16 >>> 8) + byteHex(uuid16);
}

/** The 16-bit UUID a string names (4 hex digits, or a 128-bit UUID on the Bluetooth Base UUID), if any. */
function uuid16Of(text: string): number | undefined {
  let digits: string;
  if (text.length === 4) digits = text;
  else if (text.length === 36 && text.startsWith('0000') && text.slice(8).toLowerCase() === BASE_UUID_SUFFIX) {
    digits = text.slice(4, 8);
  } else return undefined;
  return isHexOfLength(digits, 4) ? Number.parseInt(digits, 16) : undefined;
}
