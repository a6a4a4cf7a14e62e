import { bytesOf, compactHex } from '../test-support/spec-bytes.js';
import { parseAdvertisementHex } from './advertisement.js';
import { parseManufacturerData } from './manufacturer-data.js';

// Apple's Proximity Beacon Specification layout: Flags (02 01 06), then manufacturer data of length 0x1A:
// FF, company 4C 00, beacon type 02, length 15, proximity UUID (16), major (2), minor (2), measured power (1).
const IBEACON_AIRLOCATE_1_42 =
  '02 01 06  1A FF 4C 00 02 15  E2 C5 6D B5 DF FB 48 D2 B0 60 D0 F5 A7 10 96 E0  00 01  00 2A  C5';

// AltBeacon spec field table (AD length 0x1B, FF, MFG ID 0x0118 little-endian, BEAC, 20-byte id,
// reference RSSI, MFG reserved), as in the AltBeacon reference library's recognition test.
const ALTBEACON_RADIUS =
  '02 01 1A  1B FF 18 01 BE AC  2F 23 44 54 CF 6D 4A 0F AD F2 F4 91 1B A9 FF A6 00 01 00 02  C5  09';

describe('iBeacon', () => {
  it('decodes the Apple layout: uuid, major, minor and signed measured power', () => {
    const parsed = parseAdvertisementHex(compactHex(IBEACON_AIRLOCATE_1_42));
    expect(parsed.malformed).toBeUndefined();
    expect(parsed.flags).toBe(0x06);
    expect(parsed.unknown).toEqual([]);
    expect(parsed.frames).toEqual([
      {
        type: 'ibeacon',
        tagId: 'ibeacon:e2c56db5-dffb-48d2-b060-d0f5a71096e0:1:42',
        uuid: 'e2c56db5-dffb-48d2-b060-d0f5a71096e0',
        major: 1,
        minor: 42,
        measuredPower: -59,
      },
    ]);
  });

  it('reads major and minor as unsigned 16-bit big-endian (0xFFFF = 65535, 0x8000 = 32768)', () => {
    const frame = parseManufacturerData(0x004c, bytesOf('02 15  00 11 22 33 44 55 66 77 88 99 AA BB CC DD EE FF  FF FF  80 00  B3'));
    expect(frame).toMatchObject({ type: 'ibeacon', uuid: '00112233-4455-6677-8899-aabbccddeeff', major: 65535, minor: 32768, measuredPower: -77 });
  });

  it('reads the measured power byte 0x7F as +127 and 0x80 as -128', () => {
    const uuid = '00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01';
    expect(parseManufacturerData(0x004c, bytesOf(`02 15 ${uuid} 00 00 00 00 7F`))).toMatchObject({ measuredPower: 127 });
    expect(parseManufacturerData(0x004c, bytesOf(`02 15 ${uuid} 00 00 00 00 80`))).toMatchObject({ measuredPower: -128 });
  });

  it('is not recognized under a company id other than Apple (0x0059, Nordic)', () => {
    const frame = parseManufacturerData(0x0059, bytesOf('02 15  E2 C5 6D B5 DF FB 48 D2 B0 60 D0 F5 A7 10 96 E0  00 01  00 2A  C5'));
    expect(frame).toEqual({ type: 'unknown', source: 'manufacturer-data', companyId: 0x0059, serviceUuid: undefined, reason: 'unrecognized' });
  });

  it('reports an Apple type-0x02 structure one byte short as wrong-length', () => {
    const parsed = parseAdvertisementHex(compactHex('19 FF 4C 00 02 15  E2 C5 6D B5 DF FB 48 D2 B0 60 D0 F5 A7 10 96 E0  00 01  00 2A'));
    expect(parsed.frames).toEqual([]);
    expect(parsed.unknown).toEqual([{ type: 'unknown', source: 'manufacturer-data', companyId: 0x004c, serviceUuid: undefined, reason: 'wrong-length' }]);
  });

  it('reports an Apple type-0x02 structure whose length byte is not 0x15 as wrong-length', () => {
    const frame = parseManufacturerData(0x004c, bytesOf('02 16  E2 C5 6D B5 DF FB 48 D2 B0 60 D0 F5 A7 10 96 E0  00 01  00 2A  C5'));
    expect(frame).toMatchObject({ type: 'unknown', reason: 'wrong-length' });
  });

  it('counts other Apple manufacturer data (Nearby Info from an iPhone, type 0x10) as unrecognized', () => {
    const parsed = parseAdvertisementHex(compactHex('02 01 1A  07 FF 4C 00 10 02 0B 00'));
    expect(parsed.frames).toEqual([]);
    expect(parsed.unknown).toEqual([{ type: 'unknown', source: 'manufacturer-data', companyId: 0x004c, serviceUuid: undefined, reason: 'unrecognized' }]);
  });
});

describe('AltBeacon', () => {
  it('decodes the spec layout: 20-byte beacon id, reference RSSI, company and reserved byte', () => {
    const parsed = parseAdvertisementHex(compactHex(ALTBEACON_RADIUS));
    expect(parsed.malformed).toBeUndefined();
    expect(parsed.flags).toBe(0x1a);
    expect(parsed.frames).toEqual([
      {
        type: 'altbeacon',
        tagId: 'altbeacon:2f234454cf6d4a0fadf2f4911ba9ffa600010002',
        beaconId: '2f234454cf6d4a0fadf2f4911ba9ffa600010002',
        referenceRssi: -59,
        companyId: 0x0118,
        mfgReserved: 0x09,
      },
    ]);
  });

  it('is recognized under any company id (0x0059 here), which is not part of the identity', () => {
    const frame = parseManufacturerData(0x0059, bytesOf('BE AC  2F 23 44 54 CF 6D 4A 0F AD F2 F4 91 1B A9 FF A6 00 01 00 02  C5  00'));
    expect(frame).toMatchObject({ type: 'altbeacon', tagId: 'altbeacon:2f234454cf6d4a0fadf2f4911ba9ffa600010002', companyId: 0x0059, mfgReserved: 0 });
  });

  it('rejects AD length 0x1A (no reserved byte) as wrong-length: the spec requires 0x1B', () => {
    const parsed = parseAdvertisementHex(compactHex('1A FF 18 01 BE AC  2F 23 44 54 CF 6D 4A 0F AD F2 F4 91 1B A9 FF A6 00 01 00 02  C5'));
    expect(parsed.frames).toEqual([]);
    expect(parsed.unknown).toEqual([{ type: 'unknown', source: 'manufacturer-data', companyId: 0x0118, serviceUuid: undefined, reason: 'wrong-length' }]);
  });

  it('rejects a beacon code with a longer payload as wrong-length', () => {
    const frame = parseManufacturerData(0x0118, bytesOf('BE AC  2F 23 44 54 CF 6D 4A 0F AD F2 F4 91 1B A9 FF A6 00 01 00 02  C5  09  FF'));
    expect(frame).toMatchObject({ type: 'unknown', reason: 'wrong-length' });
  });
});

describe('parseManufacturerData (BlueZ D-Bus ManufacturerData)', () => {
  it('gives the same frame as the same bytes inside an advertisement', () => {
    const fromDbus = parseManufacturerData(0x004c, bytesOf('02 15  E2 C5 6D B5 DF FB 48 D2 B0 60 D0 F5 A7 10 96 E0  00 01  00 2A  C5'));
    expect([fromDbus]).toEqual(parseAdvertisementHex(compactHex(IBEACON_AIRLOCATE_1_42)).frames);
  });

  it('reports empty data as unrecognized rather than throwing', () => {
    expect(parseManufacturerData(0x004c, new Uint8Array(0))).toMatchObject({ type: 'unknown', reason: 'unrecognized' });
  });

  it('throws a TypeError for a company id that cannot come from BlueZ (a caller bug)', () => {
    expect(() => parseManufacturerData(0x10000, new Uint8Array(0))).toThrow(TypeError);
    expect(() => parseManufacturerData(1.5, new Uint8Array(0))).toThrow(TypeError);
    expect(() => parseManufacturerData(76, [2, 0x15] as unknown as Uint8Array)).toThrow(TypeError);
  });
});
