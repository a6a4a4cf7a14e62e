import { bytesOf } from '../test-support/spec-bytes.js';
import type { BeaconFrame } from './beacon-frame.js';
import { parseManufacturerData } from './manufacturer-data.js';
import { parseServiceData } from './service-data.js';
import { normalizeMac, TlmCorrelator } from './tlm-correlator.js';

function eddystone(frame: string): BeaconFrame {
  const result = parseServiceData(0xfeaa, bytesOf(frame));
  if (result.type === 'unknown') throw new Error(`not a frame: ${frame}`);
  return result;
}

/** UID with instance `instance` (two hex digits) in namespace 8b0ca750095477cb3e77. */
function uid(instance: string): BeaconFrame {
  return eddystone(`00 E7  8B 0C A7 50 09 54 77 CB 3E 77  00 00 00 00 00 ${instance}  00 00`);
}

const TAG_01 = 'eddystone-uid:8b0ca750095477cb3e77:000000000001';
const TAG_02 = 'eddystone-uid:8b0ca750095477cb3e77:000000000002';
/** 3000 mV, 25.5 °C, 256 PDUs, 360.1 s. */
const TLM = eddystone('20 00  0B B8  19 80  00 00 01 00  00 00 0E 11');

const MAC_A = 'ac:23:3f:00:00:0a';
const MAC_B = 'ac:23:3f:00:00:0b';
const MAC_C = 'ac:23:3f:00:00:0c';

const MINUTE = 60_000;

function correlator(maxDevices = 100): TlmCorrelator {
  return new TlmCorrelator({ maxDevices, maxAgeMs: 10 * MINUTE });
}

describe('TlmCorrelator', () => {
  it('gives a TLM frame the tag of the UID frame last seen from the same address', () => {
    const tlm = correlator();
    expect(tlm.observe(MAC_A, uid('01'), 1_000)).toBeUndefined();
    expect(tlm.observe(MAC_A, TLM, 5_000)).toEqual({
      tagId: TAG_01,
      mac: MAC_A,
      batteryMv: 3000,
      temperatureC: 25.5,
      advertisementCount: 256,
      uptimeSeconds: 360.1,
      atMs: 5_000,
    });
  });

  it('does not match a TLM frame from another address', () => {
    const tlm = correlator();
    tlm.observe(MAC_A, uid('01'), 1_000);
    expect(tlm.observe(MAC_B, TLM, 2_000)).toBeUndefined();
  });

  it('does not match a TLM frame that arrives before any UID frame from its address', () => {
    const tlm = correlator();
    expect(tlm.observe(MAC_A, TLM, 1_000)).toBeUndefined();
    tlm.observe(MAC_A, uid('01'), 2_000);
    expect(tlm.observe(MAC_A, TLM, 3_000)?.tagId).toBe(TAG_01);
  });

  it('uses the newest UID frame when an address changes tag', () => {
    const tlm = correlator();
    tlm.observe(MAC_A, uid('01'), 1_000);
    tlm.observe(MAC_A, uid('02'), 2_000);
    expect(tlm.observe(MAC_A, TLM, 3_000)?.tagId).toBe(TAG_02);
  });

  it('ignores a late report of an older UID frame', () => {
    const tlm = correlator();
    tlm.observe(MAC_A, uid('02'), 2_000);
    tlm.observe(MAC_A, uid('01'), 1_000);
    expect(tlm.observe(MAC_A, TLM, 3_000)?.tagId).toBe(TAG_02);
  });

  it('matches up to maxAgeMs after the UID frame and not a millisecond later', () => {
    const tlm = correlator();
    tlm.observe(MAC_A, uid('01'), 0);
    expect(tlm.observe(MAC_A, TLM, 10 * MINUTE)?.tagId).toBe(TAG_01);
    expect(tlm.observe(MAC_A, TLM, 10 * MINUTE + 1)).toBeUndefined();
  });

  it('matches a TLM frame reported slightly before the UID frame it belongs with', () => {
    const tlm = correlator();
    tlm.observe(MAC_A, uid('01'), 5_000);
    expect(tlm.observe(MAC_A, TLM, 4_000)?.tagId).toBe(TAG_01);
  });

  it('forgets the least recently identified address beyond maxDevices', () => {
    const tlm = correlator(2);
    tlm.observe(MAC_A, uid('01'), 1_000);
    tlm.observe(MAC_B, uid('02'), 2_000);
    tlm.observe(MAC_C, uid('01'), 3_000);
    expect(tlm.size).toBe(2);
    expect(tlm.observe(MAC_A, TLM, 4_000)).toBeUndefined();
    expect(tlm.observe(MAC_B, TLM, 4_000)?.tagId).toBe(TAG_02);
    expect(tlm.observe(MAC_C, TLM, 4_000)?.tagId).toBe(TAG_01);
  });

  it('counts a repeated UID frame as recent use, so another address is forgotten first', () => {
    const tlm = correlator(2);
    tlm.observe(MAC_A, uid('01'), 1_000);
    tlm.observe(MAC_B, uid('02'), 2_000);
    tlm.observe(MAC_A, uid('01'), 3_000);
    tlm.observe(MAC_C, uid('01'), 4_000);
    expect(tlm.observe(MAC_A, TLM, 5_000)?.tagId).toBe(TAG_01);
    expect(tlm.observe(MAC_B, TLM, 5_000)).toBeUndefined();
  });

  it('drops addresses not identified within maxAgeMs, so rotating addresses do not accumulate', () => {
    const tlm = correlator();
    tlm.observe(MAC_A, uid('01'), 0);
    tlm.observe(MAC_B, uid('02'), MINUTE);
    // 10 minutes after B's UID frame plus 1 ms: A and B are both past maxAgeMs.
    tlm.observe(MAC_C, uid('01'), 11 * MINUTE + 1);
    expect(tlm.size).toBe(1);
  });

  it('returns nothing for encrypted TLM and for other frames, and does not bind them', () => {
    const tlm = correlator();
    const encrypted = eddystone('20 01  01 02 03 04 05 06 07 08 09 0A 0B 0C  AB CD  12 34');
    const ibeacon = parseManufacturerData(0x004c, bytesOf('02 15  E2 C5 6D B5 DF FB 48 D2 B0 60 D0 F5 A7 10 96 E0  00 01  00 2A  C5'));
    if (ibeacon.type === 'unknown') throw new Error('iBeacon vector did not parse');
    tlm.observe(MAC_A, uid('01'), 1_000);
    expect(tlm.observe(MAC_A, encrypted, 2_000)).toBeUndefined();
    expect(tlm.observe(MAC_B, ibeacon, 2_000)).toBeUndefined();
    expect(tlm.observe(MAC_B, TLM, 3_000)).toBeUndefined();
    expect(tlm.size).toBe(1);
  });

  it('refuses options that cannot bound memory', () => {
    expect(() => new TlmCorrelator({ maxDevices: 0, maxAgeMs: MINUTE })).toThrow(RangeError);
    expect(() => new TlmCorrelator({ maxDevices: 10, maxAgeMs: Number.NaN })).toThrow(RangeError);
  });
});

describe('normalizeMac', () => {
  it.each([
    ['AC:23:3F:A0:0B:1C', 'ac:23:3f:a0:0b:1c'],
    ['ac-23-3f-a0-0b-1c', 'ac:23:3f:a0:0b:1c'],
    ['AC233FA00B1C', 'ac:23:3f:a0:0b:1c'],
  ])('writes %s as %s', (mac, normalized) => {
    expect(normalizeMac(mac)).toBe(normalized);
  });

  it.each(['AC:23:3F:A0:0B', 'AC:23-3F:A0:0B:1C', 'AC.23.3F.A0.0B.1C', 'AC:23:3F:A0:0B:1G', 'AC233FA00B1'])('rejects %s', (mac) => {
    expect(normalizeMac(mac)).toBeUndefined();
  });
});
