import type { BeaconFilters } from '../config/scanner-config.js';
import { BeaconFilter } from './beacon-filter.js';
import { DeviceAdvertisements, macFromDevicePath } from './device-advertisements.js';
import { TagWindows } from './tag-windows.js';
import { APPLE, EDDYSTONE, iBeaconBytes, IBEACON_UUID, TLM_BYTES, UID_BYTES } from './testing/frames.js';

const PATH = '/org/bluez/hci0/dev_AC_23_3F_A0_0B_1C';
const OPEN: BeaconFilters = { ibeaconUuids: [], eddystoneNamespaces: [], altbeaconIds: [] };

function setUp(filters = OPEN) {
  const windows = new TagWindows();
  const decoder = new DeviceAdvertisements(windows, new BeaconFilter(filters));
  return { windows, decoder };
}

const iBeaconUpdate = (minor: number, rssi?: number) => ({ ...(rssi === undefined ? {} : { rssi }), manufacturerData: new Map([[APPLE, iBeaconBytes(minor)]]) });

describe('BlueZ updates of a beacon device', () => {
  it('takes an update with RSSI and manufacturer data as one reception of its tag, addressed by the device path', () => {
    const { windows, decoder } = setUp();
    decoder.update(PATH, iBeaconUpdate(42, -60), 1_000);
    expect(windows.close(2_000)).toEqual([expect.objectContaining({ mac: 'ac:23:3f:a0:0b:1c', n: 1, rssi: -60, beacon: expect.objectContaining({ minor: 42 }) })]);
    expect(decoder.counters).toEqual({ advertisements: 1, tagReceptions: 1, filteredOut: 0, malformed: 0 });
  });

  it('counts an RSSI-only update as another reception of the frames the device last advertised', () => {
    const { windows, decoder } = setUp();
    decoder.update(PATH, iBeaconUpdate(42, -60), 0);
    decoder.update(PATH, { rssi: -70 }, 1);
    expect(windows.close(2)[0]).toMatchObject({ n: 2, rssi: -65 });
  });

  it('does not report data before any RSSI is known, and reports it with the next RSSI', () => {
    const { windows, decoder } = setUp();
    decoder.update(PATH, iBeaconUpdate(42), 0);
    expect(windows.size).toBe(0);
    decoder.update(PATH, { rssi: -61 }, 1);
    expect(windows.close(2)[0]).toMatchObject({ n: 1, rssi: -61 });
  });

  it('prefers the Address property to the path for the device address', () => {
    const { windows, decoder } = setUp();
    decoder.update('/org/bluez/hci0/dev_whatever', { address: 'C0-00-00-00-00-01', ...iBeaconUpdate(1, -60) }, 0);
    expect(windows.close(1)[0].mac).toBe('c0:00:00:00:00:01');
  });

  it('learns the frames of a device BlueZ already knew, without counting a reception', () => {
    const { windows, decoder } = setUp();
    decoder.learn(PATH, iBeaconUpdate(42, -50));
    expect(windows.size).toBe(0);
    expect(decoder.counters.advertisements).toBe(0);
    decoder.update(PATH, { rssi: -70 }, 1);
    expect(windows.close(2)[0]).toMatchObject({ n: 1, rssi: -70 });
  });

  it('forgets a removed device: its next RSSI-only update names no tag', () => {
    const { windows, decoder } = setUp();
    decoder.update(PATH, iBeaconUpdate(42, -60), 0);
    windows.close(1);
    decoder.remove(PATH);
    decoder.update(PATH, { rssi: -60 }, 2);
    expect(windows.close(3)).toEqual([]);
  });

  it('remembers at most maxDevices devices, forgetting the stalest', () => {
    const windows = new TagWindows();
    const decoder = new DeviceAdvertisements(windows, new BeaconFilter(OPEN), 2);
    decoder.update('/org/bluez/hci0/dev_00_00_00_00_00_01', iBeaconUpdate(1, -60), 0);
    decoder.update('/org/bluez/hci0/dev_00_00_00_00_00_02', iBeaconUpdate(2, -60), 0);
    decoder.update('/org/bluez/hci0/dev_00_00_00_00_00_03', iBeaconUpdate(3, -60), 0);
    expect(decoder.deviceCount).toBe(2);
    windows.close(1);
    decoder.update('/org/bluez/hci0/dev_00_00_00_00_00_01', { rssi: -60 }, 2);
    expect(windows.close(3)).toEqual([]);
  });
});

describe('filters', () => {
  it('reports only the configured iBeacon UUIDs and counts the others as filtered out', () => {
    const { windows, decoder } = setUp({ ...OPEN, ibeaconUuids: [IBEACON_UUID] });
    decoder.update(PATH, iBeaconUpdate(1, -60), 0);
    decoder.update('/org/bluez/hci0/dev_00_00_00_00_00_09', { rssi: -60, manufacturerData: new Map([[APPLE, iBeaconBytes(1, '11 11 11 11 22 22 33 33 44 44 55 55 55 55 55 55')]]) }, 0);
    expect(windows.close(1)).toHaveLength(1);
    expect(decoder.counters.filteredOut).toBe(1);
  });

  it('reports only the configured Eddystone namespaces', () => {
    const { windows, decoder } = setUp({ ...OPEN, eddystoneNamespaces: ['00000000000000000000'] });
    decoder.update(PATH, { rssi: -60, serviceData: new Map([[EDDYSTONE, UID_BYTES]]) }, 0);
    expect(windows.close(1)).toEqual([]);
    expect(decoder.counters.filteredOut).toBe(1);
  });

  it('ignores phones and other manufacturer data, counting it by reason', () => {
    const { windows, decoder } = setUp();
    decoder.update(PATH, { rssi: -60, manufacturerData: new Map([[0x0006, Uint8Array.of(1, 9, 32, 2)]]) }, 0);
    expect(windows.close(1)).toEqual([]);
    expect(decoder.frames.snapshot().unknown.unrecognized).toBe(1);
  });
});

describe('Eddystone UID and TLM under one service UUID', () => {
  it('counts a TLM-only update as a reception of the tag its UID named, with the telemetry', () => {
    const { windows, decoder } = setUp();
    decoder.update(PATH, { rssi: -60, serviceData: new Map([[EDDYSTONE, UID_BYTES]]) }, 0);
    decoder.update(PATH, { rssi: -62, serviceData: new Map([[EDDYSTONE, TLM_BYTES]]) }, 1);
    expect(windows.close(2)).toEqual([expect.objectContaining({ n: 2, rssi: -61, batteryMv: 3000, temperatureC: 25.5 })]);
  });
});

describe('malformed data: counted, never thrown', () => {
  it('counts an RSSI outside the ingest range (HCI 127 = not available) and reports no reception for it', () => {
    const { windows, decoder } = setUp();
    decoder.update(PATH, iBeaconUpdate(1, 127), 0);
    expect(decoder.counters.malformed).toBe(1);
    expect(windows.close(1)).toEqual([]);
  });

  it('counts truncated iBeacon bytes as wrong-length unknown data', () => {
    const { windows, decoder } = setUp();
    decoder.update(PATH, { rssi: -60, manufacturerData: new Map([[APPLE, Uint8Array.of(0x02, 0x15, 0xe2)]]) }, 0);
    expect(windows.close(1)).toEqual([]);
    expect(decoder.frames.snapshot().unknown['wrong-length']).toBe(1);
  });

  it('counts a device path that names no address', () => {
    const { decoder } = setUp();
    decoder.update('/org/bluez/hci0/not-a-device', { rssi: -60 }, 0);
    expect(decoder.counters.malformed).toBe(1);
  });

  it('adds the unreadable properties the edge reports', () => {
    const { decoder } = setUp();
    decoder.update(PATH, { rssi: -60 }, 0, 2);
    expect(decoder.counters.malformed).toBe(2);
  });
});

describe('macFromDevicePath', () => {
  it('reads the address BlueZ encodes in a device path', () => {
    expect(macFromDevicePath('/org/bluez/hci0/dev_AC_23_3F_A0_0B_1C')).toBe('ac:23:3f:a0:0b:1c');
    expect(macFromDevicePath('/org/bluez/hci0')).toBeUndefined();
    expect(macFromDevicePath('/org/bluez/hci0/dev_XX_23_3F_A0_0B_1C')).toBeUndefined();
  });
});
