/**
 * Advertisements as gateways report them, for the ingest's tests. Written in the specifications' byte
 * notation (the same vectors libs/beacon's specs decode by hand) and compacted without the library's
 * own hex code.
 */
import { compactHex } from '../../../../../libs/beacon/test-support/spec-bytes.js';
import type { BleBatch, BleSightingReport } from '../ble-batch.js';

/** Flags + iBeacon e2c56db5-dffb-48d2-b060-d0f5a71096e0, major 1, minor 42, measured power 0xC5 = -59 dBm. */
export const IBEACON_ADV = compactHex('02 01 06  1A FF 4C 00 02 15  E2 C5 6D B5 DF FB 48 D2 B0 60 D0 F5 A7 10 96 E0  00 01  00 2A  C5');
export const IBEACON_TAG = 'ibeacon:e2c56db5-dffb-48d2-b060-d0f5a71096e0:1:42';

/** AltBeacon of company 0x0118 (Radius Networks), reference RSSI 0xC5 = -59 dBm. */
export const ALTBEACON_ADV = compactHex('1B FF 18 01 BE AC  2F 23 44 54 CF 6D 4A 0F AD F2 F4 91 1B A9 FF A6 00 01 00 02  C5  09');
export const ALTBEACON_TAG = 'altbeacon:2f234454cf6d4a0fadf2f4911ba9ffa600010002';

const EDDYSTONE_HEADER = '02 01 06  03 03 AA FE';
/** Eddystone-UID, power at 0 m 0xE7 = -25 dBm (so -66 dBm at 1 m). */
export const EDDYSTONE_UID_ADV = compactHex(`${EDDYSTONE_HEADER}  17 16 AA FE  00 E7  8B 0C A7 50 09 54 77 CB 3E 77  00 00 00 00 04 D2  00 00`);
export const EDDYSTONE_UID_TAG = 'eddystone-uid:8b0ca750095477cb3e77:0000000004d2';
/** Eddystone-TLM: battery 0x0BB8 = 3000 mV, temperature 0x1980 = 25.5 °C. */
export const EDDYSTONE_TLM_ADV = compactHex(`${EDDYSTONE_HEADER}  11 16 AA FE  20 00  0B B8  19 80  80 00 00 01  00 00 0E 11`);
/** Eddystone-URL http://www.example.com/page: no tag identity. */
export const EDDYSTONE_URL_ADV = compactHex(`${EDDYSTONE_HEADER}  12 16 AA FE  10 E7 00  65 78 61 6D 70 6C 65  00  70 61 67 65`);
/** An iPhone's Nearby Info (Apple type 0x10): manufacturer data that is no beacon. */
export const PHONE_ADV = compactHex('02 01 1A  07 FF 4C 00 10 02 0B 00');
/** An iBeacon structure cut short: its length byte runs past the end. */
export const TRUNCATED_ADV = compactHex('02 01 06  1A FF 4C 00 02 15  E2 C5');

export const IBEACON_JSON = { type: 'ibeacon', uuid: 'E2C56DB5-DFFB-48D2-B060-D0F5A71096E0', major: 1, minor: 42, txPower: -59 } as const;

export const SENT_AT = '2025-03-14T09:26:53.589Z';
export const SENT_AT_MS = Date.parse(SENT_AT);

/**
 * A valid batch: one iBeacon advertisement heard a second before sending, unless `overrides` says
 * otherwise. Overrides are loosely typed: tests give values the schema must refuse.
 */
export function bleBatch(overrides: Record<string, unknown> = {}): BleBatch {
  return { gatewayId: 'gw-1', seq: 1, sentAt: SENT_AT, sightings: [advSighting()], ...overrides } as BleBatch;
}

/** A valid `adv` sighting of the iBeacon, a second before SENT_AT, unless `overrides` says otherwise. */
export function advSighting(overrides: Record<string, unknown> = {}): BleSightingReport {
  return { ts: SENT_AT_MS - 1000, rssi: -67, adv: IBEACON_ADV, ...overrides } as BleSightingReport;
}
