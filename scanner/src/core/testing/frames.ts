import { parseManufacturerData, parseServiceData, type EddystoneTlmFrame, type TagFrame } from '../../../../libs/beacon/index.js';
import { bytesOf } from '../../../../libs/beacon/test-support/spec-bytes.js';

/** Frames and BlueZ payloads from docs/ingest-ble.md's examples, parsed by libs/beacon. */
export const APPLE = 0x004c;
export const IBEACON_UUID = 'e2c56db5-dffb-48d2-b060-d0f5a71096e0';
export const EDDYSTONE = '0000feaa-0000-1000-8000-00805f9b34fb';

/** iBeacon manufacturer data (after the company id): uuid, major 1, the given minor, measured power -59. */
export function iBeaconBytes(minor: number, uuid = 'E2 C5 6D B5 DF FB 48 D2 B0 60 D0 F5 A7 10 96 E0'): Uint8Array {
  return bytesOf(`02 15 ${uuid} 00 01 ${(minor >> 8).toString(16).padStart(2, '0')} ${(minor & 0xff).toString(16).padStart(2, '0')} C5`);
}

export function iBeacon(minor: number): TagFrame {
  return parseManufacturerData(APPLE, iBeaconBytes(minor)) as TagFrame;
}

/** Eddystone-UID 8b0ca750095477cb3e77 / 0000000004d2, power at 0 m -25. */
export const UID_BYTES = bytesOf('00 E7 8B 0C A7 50 09 54 77 CB 3E 77 00 00 00 00 04 D2 00 00');
/** Eddystone-TLM: 3000 mV, 25.5 °C. */
export const TLM_BYTES = bytesOf('20 00 0B B8 19 80 00 00 00 01 00 00 0E 11');

export const eddystoneUid = parseServiceData(EDDYSTONE, UID_BYTES) as TagFrame;
export const eddystoneTlm = parseServiceData(EDDYSTONE, TLM_BYTES) as EddystoneTlmFrame;
