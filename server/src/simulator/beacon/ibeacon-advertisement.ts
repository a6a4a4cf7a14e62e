/**
 * Encodes an iBeacon advertisement as the hex of its AD structures, as gateways in raw mode report it
 * (`"adv"`). Layout (Apple, Proximity Beacon Specification r1; Bluetooth Core Specification Supplement
 * Part A §1.3 for Flags, §1.4 for manufacturer-specific data):
 *
 *   02 01 06              Flags AD: LE General Discoverable, BR/EDR not supported
 *   1a ff 4c 00           manufacturer-specific AD of 26 bytes, company 0x004C (Apple, little-endian)
 *   02 15                 iBeacon type 0x02, 0x15 = 21 bytes follow
 *   <uuid, 16 bytes> <major, 2 bytes big-endian> <minor, 2 bytes big-endian> <measured power, int8>
 *
 * 30 bytes, inside a legacy advertisement's 31.
 */

const FLAGS_AD = [0x02, 0x01, 0x06];
const IBEACON_PREFIX = [0x1a, 0xff, 0x4c, 0x00, 0x02, 0x15];
const UUID_PATTERN = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export interface IBeaconFields {
  /** 8-4-4-4-12 with dashes or 32 bare hex digits, either case. */
  uuid: string;
  major: number;
  minor: number;
  /** Calibrated RSSI at 1 m, dBm (signed byte). */
  measuredPower: number;
}

/**
 * The advertisement's bytes.
 * @throws RangeError for a malformed uuid, a major/minor outside 0..65535 or a power outside -128..127.
 */
export function iBeaconAdvertisementBytes(fields: IBeaconFields): Uint8Array {
  if (!UUID_PATTERN.test(fields.uuid)) throw new RangeError(`not a UUID: "${fields.uuid}"`);
  requireInteger('major', fields.major, 0, 0xffff);
  requireInteger('minor', fields.minor, 0, 0xffff);
  requireInteger('measuredPower', fields.measuredPower, -128, 127);
  const uuidHex = fields.uuid.replaceAll('-', '');
  const bytes = new Uint8Array(FLAGS_AD.length + IBEACON_PREFIX.length + 21);
  bytes.set(FLAGS_AD, 0);
  bytes.set(IBEACON_PREFIX, FLAGS_AD.length);
  let offset = FLAGS_AD.length + IBEACON_PREFIX.length;
  for (let i = 0; i < 16; i++) bytes[offset++] = Number.parseInt(uuidHex.slice(i * 2, i * 2 + 2), 16);
  bytes[offset++] = fields.major >>> 8;
  bytes[offset++] = fields.major & 0xff;
  bytes[offset++] = fields.minor >>> 8;
  bytes[offset++] = fields.minor & 0xff;
  bytes[offset] = fields.measuredPower & 0xff;
  return bytes;
}

/** The advertisement as lower-case hex, no separators: the ingest's `"adv"` form. */
export function iBeaconAdvertisementHex(fields: IBeaconFields): string {
  let hex = '';
  for (const byte of iBeaconAdvertisementBytes(fields)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function requireInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${name} must be an integer ${min}..${max}, got ${value}`);
}
