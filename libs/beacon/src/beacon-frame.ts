/**
 * What the parsers return: one object per beacon frame, plain data (no methods, no byte views), so a
 * frame can be logged, sent over MQTT or kept in a map as it is.
 *
 * Signed power values keep the name their specification gives them, because they are measured at
 * different distances; `rssiAt1m` converts any of them for the location engine.
 */

/** Frame types that identify a tag; their `tagId` is the tag's key everywhere (see README). */
export type TagFrameType = 'ibeacon' | 'altbeacon' | 'eddystone-uid';

/** Apple iBeacon: manufacturer data of company 0x004C, type 0x02, length 0x15. */
export interface IBeaconFrame {
  readonly type: 'ibeacon';
  /** `ibeacon:<uuid>:<major>:<minor>` */
  readonly tagId: string;
  /** Proximity UUID, lower case with dashes. */
  readonly uuid: string;
  readonly major: number;
  readonly minor: number;
  /** Calibrated RSSI at 1 m, dBm. */
  readonly measuredPower: number;
}

/** AltBeacon (github.com/AltBeacon/spec): manufacturer data of any company, beacon code 0xBEAC. */
export interface AltBeaconFrame {
  readonly type: 'altbeacon';
  /** `altbeacon:<beaconId>` */
  readonly tagId: string;
  /** The 20-byte beacon id as 40 lower-case hex digits (by convention a 16-byte UUID, then 2 + 2 bytes). */
  readonly beaconId: string;
  /** Average RSSI at 1 m, dBm. */
  readonly referenceRssi: number;
  /** Bluetooth SIG company identifier of the advertiser; null when the source (pre-parsed JSON) lacks it. */
  readonly companyId: number | null;
  /** The manufacturer's reserved byte; null when the source (pre-parsed JSON) lacks it. */
  readonly mfgReserved: number | null;
}

/** Eddystone-UID: service data of UUID 0xFEAA, frame type 0x00. */
export interface EddystoneUidFrame {
  readonly type: 'eddystone-uid';
  /** `eddystone-uid:<namespace>:<instance>` */
  readonly tagId: string;
  /** 10-byte namespace as 20 lower-case hex digits. */
  readonly namespace: string;
  /** 6-byte instance as 12 lower-case hex digits. */
  readonly instance: string;
  /** Calibrated transmit power at 0 m, dBm. */
  readonly txPowerAt0m: number;
}

/** Eddystone-URL: frame type 0x10. Carries no tag identity: many tags broadcast the same URL. */
export interface EddystoneUrlFrame {
  readonly type: 'eddystone-url';
  /** The expanded URL, e.g. `https://goo.gl/S6zT6P`. */
  readonly url: string;
  /** Calibrated transmit power at 0 m, dBm. */
  readonly txPowerAt0m: number;
}

/** Unencrypted Eddystone-TLM (frame type 0x20, version 0x00). No identity: see TlmCorrelator. */
export interface EddystoneTlmFrame {
  readonly type: 'eddystone-tlm';
  /** Battery voltage in millivolts; null when the beacon reports 0 (not supported, e.g. mains powered). */
  readonly batteryMv: number | null;
  /** Beacon temperature in °C (signed 8.8 fixed point on air); null for 0x8000 (not supported). */
  readonly temperatureC: number | null;
  /** Advertising PDUs sent since power-on or reboot. */
  readonly advertisementCount: number;
  /** Time since power-on or reboot, seconds (sent in 0.1 s units). */
  readonly uptimeSeconds: number;
}

/**
 * Encrypted Eddystone-TLM (frame type 0x20, version 0x01). Decrypting needs the beacon's EID identity
 * key, which Wardwatch does not manage, so the frame is reported as received.
 */
export interface EddystoneEncryptedTlmFrame {
  readonly type: 'eddystone-tlm-encrypted';
  /** The 12 encrypted bytes as 24 lower-case hex digits. */
  readonly encryptedHex: string;
  readonly salt: number;
  /** 16-bit message integrity check. */
  readonly mic: number;
}

export type TagFrame = IBeaconFrame | AltBeaconFrame | EddystoneUidFrame;

export type BeaconFrame = TagFrame | EddystoneUrlFrame | EddystoneTlmFrame | EddystoneEncryptedTlmFrame;

/** Why manufacturer or service data was not reported as a beacon frame. */
export type UnknownFrameReason =
  /** Not a format this library parses (most phones, headphones and watches). */
  | 'unrecognized'
  /** A beacon format's marker bytes with a length the format does not allow. */
  | 'wrong-length'
  /** A beacon format with a value its specification forbids (reserved URL scheme or character). */
  | 'invalid-value'
  /** An Eddystone frame type or TLM version this library does not decode (e.g. EID, 0x30). */
  | 'unsupported-frame';

/** Manufacturer or service data that is not a beacon frame: counted by callers, never fatal. */
export interface UnknownFrame {
  readonly type: 'unknown';
  readonly source: 'manufacturer-data' | 'service-data';
  /** Company identifier of manufacturer data; undefined for service data or when too short to hold one. */
  readonly companyId: number | undefined;
  /** Service UUID of service data (`feaa` for 16-bit ones, else lower case with dashes); else undefined. */
  readonly serviceUuid: string | undefined;
  readonly reason: UnknownFrameReason;
}

/** What one piece of manufacturer or service data turned out to be. */
export type FrameResult = BeaconFrame | UnknownFrame;

export function isTagFrame(frame: FrameResult): frame is TagFrame {
  return frame.type === 'ibeacon' || frame.type === 'altbeacon' || frame.type === 'eddystone-uid';
}

/** `ibeacon:<uuid lower case with dashes>:<major>:<minor>`, major and minor in decimal. */
export function iBeaconTagId(uuid: string, major: number, minor: number): string {
  // Only uint16 pairs make a unique key; anything else (never from the parsers) is built each time.
  if (!isUint16(major) || !isUint16(minor)) return `ibeacon:${uuid}:${major}:${minor}`;
  let byNumber = internedIBeaconIds.get(uuid);
  if (byNumber === undefined) {
    if (internedIBeaconIdCount >= MAX_INTERNED_TAG_IDS) clearInternedIBeaconIds();
    byNumber = new Map();
    internedIBeaconIds.set(uuid, byNumber);
  }
  const key = major * 0x10000 + minor;
  let tagId = byNumber.get(key);
  if (tagId === undefined) {
    if (internedIBeaconIdCount >= MAX_INTERNED_TAG_IDS) clearInternedIBeaconIds();
    tagId = `ibeacon:${uuid}:${major}:${minor}`;
    byNumber.set(key, tagId);
    internedIBeaconIdCount++;
  }
  return tagId;
}

/**
 * Tag ids are map keys on every hot path (the location engine, the registry), hundreds of thousands of
 * times a second. A fresh id per sighting costs a concatenation, and its first use as a key a flatten
 * and a hash of ~56 characters; handing out the same string object for a tag seen before costs two map
 * lookups by the (already hashed) uuid and a number, and later lookups of the id find its hash cached.
 * Bounded, since anyone in radio range can advertise any number of ids: cleared when full.
 */
const MAX_INTERNED_TAG_IDS = 200_000;
const internedIBeaconIds = new Map<string, Map<number, string>>();
let internedIBeaconIdCount = 0;

function isUint16(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 0xffff;
}

function clearInternedIBeaconIds(): void {
  internedIBeaconIds.clear();
  internedIBeaconIdCount = 0;
}

/** `altbeacon:<40 lower-case hex digits>`. The company id is not part of it: the beacon id is unique. */
export function altBeaconTagId(beaconId: string): string {
  return `altbeacon:${beaconId}`;
}

/** `eddystone-uid:<20 hex digits>:<12 hex digits>`, lower case. */
export function eddystoneUidTagId(namespace: string, instance: string): string {
  return `eddystone-uid:${namespace}:${instance}`;
}

/**
 * Free-space path loss over the first metre, as the Eddystone specification states it
 * (eddystone-uid/README.md, "Tx Power": "41dBm is the signal loss that occurs over 1 meter").
 */
export const EDDYSTONE_LOSS_AT_1M_DB = 41;

/** The RSSI a receiver 1 m from the beacon should see, dBm, whatever distance the frame's own value refers to. */
export function rssiAt1m(frame: TagFrame | EddystoneUrlFrame): number {
  switch (frame.type) {
    case 'ibeacon':
      return frame.measuredPower;
    case 'altbeacon':
      return frame.referenceRssi;
    case 'eddystone-uid':
    case 'eddystone-url':
      return frame.txPowerAt0m - EDDYSTONE_LOSS_AT_1M_DB;
  }
}

// Constructors shared by the byte parsers and beaconFromJson, so both build the same identity and the
// same object shape (one hidden class per frame type on the hot path).

export function iBeaconFrame(uuid: string, major: number, minor: number, measuredPower: number): IBeaconFrame {
  return { type: 'ibeacon', tagId: iBeaconTagId(uuid, major, minor), uuid, major, minor, measuredPower };
}

export function altBeaconFrame(
  beaconId: string,
  referenceRssi: number,
  companyId: number | null,
  mfgReserved: number | null,
): AltBeaconFrame {
  return { type: 'altbeacon', tagId: altBeaconTagId(beaconId), beaconId, referenceRssi, companyId, mfgReserved };
}

export function eddystoneUidFrame(namespace: string, instance: string, txPowerAt0m: number): EddystoneUidFrame {
  return { type: 'eddystone-uid', tagId: eddystoneUidTagId(namespace, instance), namespace, instance, txPowerAt0m };
}

export function unknownManufacturerData(companyId: number | undefined, reason: UnknownFrameReason): UnknownFrame {
  return { type: 'unknown', source: 'manufacturer-data', companyId, serviceUuid: undefined, reason };
}

export function unknownServiceData(serviceUuid: string | undefined, reason: UnknownFrameReason): UnknownFrame {
  return { type: 'unknown', source: 'service-data', companyId: undefined, serviceUuid, reason };
}
