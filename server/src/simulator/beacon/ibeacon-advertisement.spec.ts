import { beaconFromJson, iBeaconTagId, parseAdvertisementHex } from '../../../../libs/beacon/index.js';
import { Prng } from '../prng.js';
import { iBeaconAdvertisementBytes, iBeaconAdvertisementHex } from './ibeacon-advertisement.js';

describe('iBeacon advertisement encoder', () => {
  it('writes the layout libs/beacon’s own test vector has', () => {
    // libs/beacon/bench/parse-bench.ts: flags + Apple iBeacon, e2c56db5-…, major 1, minor 42, −59 dBm (0xc5).
    expect(iBeaconAdvertisementHex({ uuid: 'E2C56DB5-DFFB-48D2-B060-D0F5A71096E0', major: 1, minor: 42, measuredPower: -59 })).toBe(
      '0201061aff4c000215e2c56db5dffb48d2b060d0f5a71096e00001002ac5',
    );
    expect(iBeaconAdvertisementBytes({ uuid: 'e2c56db5dffb48d2b060d0f5a71096e0', major: 0xabcd, minor: 0x0102, measuredPower: 127 }).length).toBe(30);
  });

  it('round-trips through the libs/beacon parser for any identity and power', () => {
    const prng = new Prng(17);
    for (let i = 0; i < 500; i++) {
      const uuid = Array.from({ length: 32 }, () => prng.int(16).toString(16)).join('');
      const dashed = `${uuid.slice(0, 8)}-${uuid.slice(8, 12)}-${uuid.slice(12, 16)}-${uuid.slice(16, 20)}-${uuid.slice(20)}`;
      const major = prng.int(65536);
      const minor = prng.int(65536);
      const measuredPower = prng.int(256) - 128;
      const parsed = parseAdvertisementHex(iBeaconAdvertisementHex({ uuid: dashed, major, minor, measuredPower }));
      expect(parsed.malformed).toBeUndefined();
      expect(parsed.flags).toBe(0x06);
      expect(parsed.unknown).toEqual([]);
      expect(parsed.frames).toEqual([
        { type: 'ibeacon', tagId: iBeaconTagId(dashed, major, minor), uuid: dashed, major, minor, measuredPower },
      ]);
      // The pre-parsed JSON form gives the same tag identity, as the ingest expects.
      const json = beaconFromJson({ type: 'ibeacon', uuid: dashed.toUpperCase(), major, minor, txPower: measuredPower });
      expect(json.ok && json.frame.tagId).toBe(parsed.frames[0].type === 'ibeacon' && parsed.frames[0].tagId);
    }
  });

  it('refuses values that do not fit the layout', () => {
    const good = { uuid: 'e2c56db5-dffb-48d2-b060-d0f5a71096e0', major: 1, minor: 2, measuredPower: -59 };
    expect(() => iBeaconAdvertisementHex({ ...good, uuid: 'not-a-uuid' })).toThrow(RangeError);
    expect(() => iBeaconAdvertisementHex({ ...good, major: 65536 })).toThrow(RangeError);
    expect(() => iBeaconAdvertisementHex({ ...good, minor: -1 })).toThrow(RangeError);
    expect(() => iBeaconAdvertisementHex({ ...good, measuredPower: -129 })).toThrow(RangeError);
    expect(() => iBeaconAdvertisementHex({ ...good, major: 1.5 })).toThrow(RangeError);
  });
});
