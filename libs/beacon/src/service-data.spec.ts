import { bytesOf, compactHex } from '../test-support/spec-bytes.js';
import { parseAdvertisementHex } from './advertisement.js';
import { parseServiceData } from './service-data.js';

// Eddystone protocol specification, "Common Elements": Flags, the 16-bit UUID list holding 0xFEAA, then
// Service Data (type 0x16) for UUID 0xFEAA (AA FE, little-endian) carrying the frame.
const EDDYSTONE_HEADER = '02 01 06  03 03 AA FE';

/** The frame bytes of one Eddystone service data value, as BlueZ's ServiceData hands them over. */
function eddystone(frame: string) {
  return parseServiceData(0xfeaa, bytesOf(frame));
}

describe('Eddystone-UID', () => {
  // eddystone-uid/README.md: service data length 0x17; namespace from its "elided UUID" example
  // (8b0ca750-e7a7-4e14-bd99-095477cb3e77 -> 8b0ca750095477cb3e77); instance 1234; tx power 0xE7 = -25 dBm.
  const UID_FULL = `${EDDYSTONE_HEADER}  17 16 AA FE  00 E7  8B 0C A7 50 09 54 77 CB 3E 77  00 00 00 00 04 D2  00 00`;

  it('decodes the full frame with RFU bytes (service data length 0x17)', () => {
    const parsed = parseAdvertisementHex(compactHex(UID_FULL));
    expect(parsed.malformed).toBeUndefined();
    expect(parsed.unknown).toEqual([]);
    expect(parsed.frames).toEqual([
      {
        type: 'eddystone-uid',
        tagId: 'eddystone-uid:8b0ca750095477cb3e77:0000000004d2',
        namespace: '8b0ca750095477cb3e77',
        instance: '0000000004d2',
        txPowerAt0m: -25,
      },
    ]);
  });

  it('accepts the truncated frame without RFU bytes (length 0x15) that early beacons send, same identity', () => {
    const parsed = parseAdvertisementHex(compactHex(`${EDDYSTONE_HEADER}  15 16 AA FE  00 E7  8B 0C A7 50 09 54 77 CB 3E 77  00 00 00 00 04 D2`));
    expect(parsed.frames).toEqual(parseAdvertisementHex(compactHex(UID_FULL)).frames);
  });

  it('reads the ranging byte 0x12 as +18 dBm at 0 m', () => {
    expect(eddystone('00 12  00 00 00 00 00 00 00 00 00 01  00 00 00 00 00 02  00 00')).toMatchObject({ txPowerAt0m: 18 });
  });

  it('reports a 19-byte frame (neither 18 nor 20) as wrong-length', () => {
    expect(eddystone('00 E7  8B 0C A7 50 09 54 77 CB 3E 77  00 00 00 00 04 D2  00')).toEqual({
      type: 'unknown',
      source: 'service-data',
      companyId: undefined,
      serviceUuid: 'feaa',
      reason: 'wrong-length',
    });
  });
});

describe('Eddystone-URL', () => {
  it('decodes https://goo.gl/S6zT6P (scheme 0x03, tx power 0xEE = -18 dBm, as in eddystone-url/README.md)', () => {
    const parsed = parseAdvertisementHex(
      compactHex(`${EDDYSTONE_HEADER}  13 16 AA FE  10 EE 03  67 6F 6F 2E 67 6C 2F 53 36 7A 54 36 50`),
    );
    expect(parsed.frames).toEqual([{ type: 'eddystone-url', url: 'https://goo.gl/S6zT6P', txPowerAt0m: -18 }]);
  });

  it('expands a code in the middle of the URL: http://www.example.com/page', () => {
    expect(eddystone('10 00 00  65 78 61 6D 70 6C 65  00  70 61 67 65')).toMatchObject({ url: 'http://www.example.com/page' });
  });

  it.each([
    ['00', 'http://www.'],
    ['01', 'https://www.'],
    ['02', 'http://'],
    ['03', 'https://'],
  ])('expands scheme prefix 0x%s to %s', (scheme, prefix) => {
    expect(eddystone(`10 00 ${scheme} 61`)).toMatchObject({ url: `${prefix}a` });
  });

  it.each([
    ['00', '.com/'],
    ['01', '.org/'],
    ['02', '.edu/'],
    ['03', '.net/'],
    ['04', '.info/'],
    ['05', '.biz/'],
    ['06', '.gov/'],
    ['07', '.com'],
    ['08', '.org'],
    ['09', '.edu'],
    ['0A', '.net'],
    ['0B', '.info'],
    ['0C', '.biz'],
    ['0D', '.gov'],
  ])('expands URL code 0x%s to %s', (code, expansion) => {
    expect(eddystone(`10 00 02 61 ${code}`)).toMatchObject({ url: `http://a${expansion}` });
  });

  it('accepts an empty encoded URL (scheme only) and the 17-byte maximum', () => {
    expect(eddystone('10 00 03')).toMatchObject({ url: 'https://' });
    expect(eddystone('10 00 02  61 62 63 64 65 66 67 68 69 6A 6B 6C 6D 6E 6F 70 71')).toMatchObject({
      url: 'http://abcdefghijklmnopq',
    });
  });

  it('reports 18 encoded bytes as wrong-length', () => {
    expect(eddystone('10 00 02  61 62 63 64 65 66 67 68 69 6A 6B 6C 6D 6E 6F 70 71 72')).toMatchObject({
      type: 'unknown',
      reason: 'wrong-length',
    });
  });

  it('reports a frame without a scheme byte as wrong-length', () => {
    expect(eddystone('10 00')).toMatchObject({ type: 'unknown', reason: 'wrong-length' });
  });

  it('reports scheme prefix 0x04 as invalid-value', () => {
    expect(eddystone('10 00 04 61')).toMatchObject({ type: 'unknown', reason: 'invalid-value' });
  });

  it.each(['0E', '20', '7F', 'FF'])('reports reserved URL code 0x%s as invalid-value', (code) => {
    expect(eddystone(`10 00 02 61 ${code}`)).toMatchObject({ type: 'unknown', reason: 'invalid-value' });
  });
});

describe('Eddystone-TLM (unencrypted)', () => {
  // eddystone-tlm/tlm-plain.md: service data length 0x11. Battery 0x0BB8 = 3000 mV; temperature 0x1980 =
  // 25 + 128/256 °C; advertising count 0x80000001 = 2^31 + 1 (unsigned); 0x00000E11 = 3601 tenths of a second.
  it('decodes battery, temperature, advertising count and time since power-on', () => {
    const parsed = parseAdvertisementHex(
      compactHex(`${EDDYSTONE_HEADER}  11 16 AA FE  20 00  0B B8  19 80  80 00 00 01  00 00 0E 11`),
    );
    expect(parsed.frames).toEqual([
      { type: 'eddystone-tlm', batteryMv: 3000, temperatureC: 25.5, advertisementCount: 2147483649, uptimeSeconds: 360.1 },
    ]);
  });

  it.each([
    ['FE C0', -1.25],
    ['FF 80', -0.5],
    ['E2 00', -30],
    ['B0 00', -80],
    ['00 00', 0],
    ['7F FF', 127.99609375],
    ['80 01', -127.99609375],
  ])('reads temperature %s as %s °C (signed 8.8 fixed point)', (temperature, celsius) => {
    expect(eddystone(`20 00  0B B8  ${temperature}  00 00 00 00  00 00 00 00`)).toMatchObject({ temperatureC: celsius });
  });

  it('reads temperature 0x8000 as not supported (null), not -128 °C', () => {
    expect(eddystone('20 00  0B B8  80 00  00 00 00 00  00 00 00 00')).toMatchObject({ temperatureC: null });
  });

  it('reads battery 0 mV as not supported (null), as for a mains-powered beacon', () => {
    expect(eddystone('20 00  00 00  19 80  00 00 00 00  00 00 00 00')).toMatchObject({ batteryMv: null });
  });

  it('reads the counters as unsigned 32-bit: 0xFFFFFFFF PDUs and 429496729.5 s', () => {
    expect(eddystone('20 00  0B B8  19 80  FF FF FF FF  FF FF FF FF')).toMatchObject({
      advertisementCount: 4294967295,
      uptimeSeconds: 429496729.5,
    });
  });

  it('reads 3 tenths of a second as exactly 0.3 s (not 0.30000000000000004)', () => {
    expect(eddystone('20 00  0B B8  19 80  00 00 00 00  00 00 00 03')).toMatchObject({ uptimeSeconds: 0.3 });
  });

  it('reports 13 bytes (service data length 0x10) as wrong-length', () => {
    expect(eddystone('20 00  0B B8  19 80  00 00 00 00  00 00 00')).toMatchObject({ type: 'unknown', reason: 'wrong-length' });
  });

  it('reports a TLM frame without a version byte as wrong-length', () => {
    expect(eddystone('20')).toMatchObject({ type: 'unknown', reason: 'wrong-length' });
  });

  it('reports TLM version 0x02 as unsupported-frame', () => {
    expect(eddystone('20 02  0B B8  19 80  00 00 00 00  00 00 00 00')).toMatchObject({ type: 'unknown', reason: 'unsupported-frame' });
  });
});

describe('Eddystone-TLM (encrypted, version 0x01)', () => {
  it('is reported as encrypted with its salt and integrity check, not decoded', () => {
    expect(eddystone('20 01  01 02 03 04 05 06 07 08 09 0A 0B 0C  AB CD  12 34')).toEqual({
      type: 'eddystone-tlm-encrypted',
      encryptedHex: '0102030405060708090a0b0c',
      salt: 0xabcd,
      mic: 0x1234,
    });
  });

  it('reports 17 bytes as wrong-length', () => {
    expect(eddystone('20 01  01 02 03 04 05 06 07 08 09 0A 0B 0C  AB CD  12')).toMatchObject({ type: 'unknown', reason: 'wrong-length' });
  });
});

describe('other Eddystone frames', () => {
  it('reports an EID frame (0x30) as unsupported-frame', () => {
    expect(eddystone('30 E7  01 02 03 04 05 06 07 08')).toMatchObject({ type: 'unknown', serviceUuid: 'feaa', reason: 'unsupported-frame' });
  });

  it('reports a frame type with reserved low bits (0x01) as unsupported-frame', () => {
    expect(eddystone('01 E7  8B 0C A7 50 09 54 77 CB 3E 77  00 00 00 00 04 D2  00 00')).toMatchObject({ reason: 'unsupported-frame' });
  });

  it('reports empty Eddystone service data as wrong-length', () => {
    expect(eddystone('')).toMatchObject({ type: 'unknown', reason: 'wrong-length' });
  });
});

describe('parseServiceData (BlueZ D-Bus ServiceData)', () => {
  const TLM = '20 00  0B B8  19 80  80 00 00 01  00 00 0E 11';

  it.each<[string, string | number]>([
    ['the 128-bit form BlueZ uses', '0000feaa-0000-1000-8000-00805f9b34fb'],
    ['the 128-bit form in upper case', '0000FEAA-0000-1000-8000-00805F9B34FB'],
    ['four hex digits', 'FEAA'],
    ['a number', 0xfeaa],
  ])('recognizes the Eddystone UUID written as %s', (_form, uuid) => {
    expect(parseServiceData(uuid, bytesOf(TLM))).toMatchObject({ type: 'eddystone-tlm', batteryMv: 3000 });
  });

  it('reports another 16-bit service (0xFE9F) as unrecognized under its short UUID', () => {
    expect(parseServiceData('0000fe9f-0000-1000-8000-00805f9b34fb', bytesOf(TLM))).toEqual({
      type: 'unknown',
      source: 'service-data',
      companyId: undefined,
      serviceUuid: 'fe9f',
      reason: 'unrecognized',
    });
  });

  it('reports a 128-bit vendor UUID as unrecognized under that UUID in lower case', () => {
    expect(parseServiceData('6E400001-B5A3-F393-E0A9-E50E24DCCA9E', bytesOf(TLM))).toMatchObject({
      serviceUuid: '6e400001-b5a3-f393-e0a9-e50e24dcca9e',
      reason: 'unrecognized',
    });
  });

  it('reports an unreadable UUID string as unrecognized rather than throwing', () => {
    expect(parseServiceData('fexx', bytesOf(TLM))).toMatchObject({ serviceUuid: 'fexx', reason: 'unrecognized' });
  });

  it('throws a TypeError for a numeric UUID outside 16 bits (a caller bug)', () => {
    expect(() => parseServiceData(0x1feaa, bytesOf(TLM))).toThrow(TypeError);
  });

  it('reports battery service data (0x180F) inside an advertisement as unknown service data', () => {
    const parsed = parseAdvertisementHex(compactHex('02 01 06  04 16 0F 18 64'));
    expect(parsed.frames).toEqual([]);
    expect(parsed.unknown).toEqual([{ type: 'unknown', source: 'service-data', companyId: undefined, serviceUuid: '180f', reason: 'unrecognized' }]);
  });
});
