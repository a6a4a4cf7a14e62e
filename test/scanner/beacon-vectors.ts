/**
 * Advertisement payloads as BlueZ reports them over D-Bus (manufacturer data after the company id,
 * service data after the UUID), from the examples in docs/ingest-ble.md.
 */
export const APPLE = 0x004c;

/** iBeacon e2c56db5-dffb-48d2-b060-d0f5a71096e0, major 1, minor `minor`, measured power -59. */
export function iBeaconData(minor: number, uuidHex = 'e2c56db5dffb48d2b060d0f5a71096e0'): Uint8Array {
  return Buffer.from(`0215${uuidHex}0001${minor.toString(16).padStart(4, '0')}c5`, 'hex');
}

export const IBEACON_UUID = 'e2c56db5-dffb-48d2-b060-d0f5a71096e0';

export function iBeaconTagId(minor: number): string {
  return `ibeacon:${IBEACON_UUID}:1:${minor}`;
}

/** Eddystone-UID namespace 8b0ca750095477cb3e77, instance 0000000004d2, power at 0 m -25. */
export const EDDYSTONE_UID_DATA = Buffer.from('00e78b0ca750095477cb3e770000000004d20000', 'hex');

/** Eddystone-TLM: 3000 mV, 25.5 °C. */
export const EDDYSTONE_TLM_DATA = Buffer.from('20000bb819800000000100000e11', 'hex');
