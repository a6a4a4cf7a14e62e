/**
 * Manufacturer-specific data (AD type 0xFF; BlueZ's ManufacturerData property): iBeacon and AltBeacon.
 * Offsets below count from the first byte after the little-endian company identifier.
 */
import { altBeaconFrame, iBeaconFrame, type FrameResult, unknownManufacturerData } from './beacon-frame.js';
import { int8At, uint16BigEndianAt, uint16LittleEndianAt } from './bytes.js';
import { hexOf, uuidAt } from './hex.js';

/** Apple Inc. in the Bluetooth SIG company identifier list. */
export const APPLE_COMPANY_ID = 0x004c;

/** Apple's proximity-beacon (iBeacon) type byte, followed by its length byte 0x15 (21 bytes follow). */
const IBEACON_TYPE = 0x02;
const IBEACON_PAYLOAD_LENGTH = 0x15;
/** Type, length, then uuid (16), major (2), minor (2), measured power (1). */
const IBEACON_DATA_LENGTH = 2 + IBEACON_PAYLOAD_LENGTH;

/** AltBeacon spec: beacon code 0xBEAC (big-endian), beacon id (20), reference RSSI (1), mfg reserved (1). */
const ALTBEACON_CODE_HIGH = 0xbe;
const ALTBEACON_CODE_LOW = 0xac;
const ALTBEACON_DATA_LENGTH = 24;

/**
 * Parses one manufacturer data value as BlueZ reports it over D-Bus: the company identifier separately,
 * `data` the bytes after it. Never throws on the bytes' content.
 * @throws TypeError when `companyId` is not an integer 0-0xFFFF or `data` is not a Uint8Array (a bug, not data).
 */
export function parseManufacturerData(companyId: number, data: Uint8Array): FrameResult {
  if (!Number.isInteger(companyId) || companyId < 0 || companyId > 0xffff) {
    throw new TypeError(`companyId must be an integer 0-65535, got ${companyId}`);
  }
  if (!(data instanceof Uint8Array)) throw new TypeError('manufacturer data must be a Uint8Array');
  return readManufacturerData(companyId, data, 0, data.length);
}

/** `bytes[start, end)` is the data of a manufacturer-specific AD structure: company identifier, then its data. */
export function readManufacturerStructure(bytes: Uint8Array, start: number, end: number): FrameResult {
  if (end - start < 2) return unknownManufacturerData(undefined, 'wrong-length');
  return readManufacturerData(uint16LittleEndianAt(bytes, start), bytes, start + 2, end);
}

/** `bytes[start, end)` is the manufacturer data after the company identifier. */
function readManufacturerData(companyId: number, bytes: Uint8Array, start: number, end: number): FrameResult {
  const length = end - start;
  if (companyId === APPLE_COMPANY_ID && length >= 1 && bytes[start] === IBEACON_TYPE) {
    if (length !== IBEACON_DATA_LENGTH || bytes[start + 1] !== IBEACON_PAYLOAD_LENGTH) {
      return unknownManufacturerData(companyId, 'wrong-length');
    }
    return iBeaconFrame(
      uuidAt(bytes, start + 2),
      uint16BigEndianAt(bytes, start + 18),
      uint16BigEndianAt(bytes, start + 20),
      int8At(bytes, start + 22),
    );
  }
  if (length >= 2 && bytes[start] === ALTBEACON_CODE_HIGH && bytes[start + 1] === ALTBEACON_CODE_LOW) {
    if (length !== ALTBEACON_DATA_LENGTH) return unknownManufacturerData(companyId, 'wrong-length');
    return altBeaconFrame(hexOf(bytes, start + 2, start + 22), int8At(bytes, start + 22), companyId, bytes[start + 23]);
  }
  return unknownManufacturerData(companyId, 'unrecognized');
}
