import { bytesOf, compactHex } from '../test-support/spec-bytes.js';
import { parseAdvertisementHex } from './advertisement.js';
import { AdvertisementStats } from './advertisement-stats.js';
import { parseManufacturerData } from './manufacturer-data.js';
import { parseServiceData } from './service-data.js';

const IBEACON = '02 01 06  1A FF 4C 00 02 15  E2 C5 6D B5 DF FB 48 D2 B0 60 D0 F5 A7 10 96 E0  00 01  00 2A  C5';
const IPHONE_NEARBY_INFO = '02 01 1A  07 FF 4C 00 10 02 0B 00';

describe('AdvertisementStats', () => {
  it('counts advertisements, frames by type, unknown data by reason and malformed input by reason', () => {
    const stats = new AdvertisementStats();
    stats.record(parseAdvertisementHex(compactHex(IBEACON)));
    stats.record(parseAdvertisementHex(compactHex(IBEACON)));
    stats.record(parseAdvertisementHex(compactHex(IPHONE_NEARBY_INFO)));
    stats.record(parseAdvertisementHex(compactHex(`${IBEACON} 05 09 57`)));
    stats.record(parseAdvertisementHex('not hex'));

    expect(stats.snapshot()).toEqual({
      advertisements: 5,
      malformed: { 'invalid-hex': 1, 'truncated-structure': 1, 'data-after-terminator': 0 },
      frames: { ibeacon: 3, altbeacon: 0, 'eddystone-uid': 0, 'eddystone-url': 0, 'eddystone-tlm': 0, 'eddystone-tlm-encrypted': 0 },
      unknown: { unrecognized: 1, 'wrong-length': 0, 'invalid-value': 0, 'unsupported-frame': 0 },
    });
  });

  it('counts results of the D-Bus path frame by frame, without counting advertisements', () => {
    const stats = new AdvertisementStats();
    stats.recordFrame(parseServiceData(0xfeaa, bytesOf('20 00  0B B8  19 80  00 00 01 00  00 00 0E 11')));
    stats.recordFrame(parseServiceData(0xfeaa, bytesOf('30 E7  01 02 03 04 05 06 07 08')));
    stats.recordFrame(parseManufacturerData(0x0118, bytesOf('BE AC 00')));

    const snapshot = stats.snapshot();
    expect(snapshot.advertisements).toBe(0);
    expect(snapshot.frames['eddystone-tlm']).toBe(1);
    expect(snapshot.unknown).toEqual({ unrecognized: 0, 'wrong-length': 1, 'invalid-value': 0, 'unsupported-frame': 1 });
  });

  it('starts from zero after reset, and earlier snapshots keep their values', () => {
    const stats = new AdvertisementStats();
    stats.record(parseAdvertisementHex(compactHex(IBEACON)));
    const before = stats.snapshot();
    stats.reset();
    expect(before.frames.ibeacon).toBe(1);
    expect(stats.snapshot().advertisements).toBe(0);
    expect(stats.snapshot().frames.ibeacon).toBe(0);
  });
});
