import { bytesOf, compactHex } from '../test-support/spec-bytes.js';
import { parseAdvertisement, parseAdvertisementHex } from './advertisement.js';

/** Flags + iBeacon e2c56db5-dffb-48d2-b060-d0f5a71096e0 / 1 / 42 / -59 dBm: 30 bytes. */
const IBEACON = '02 01 06  1A FF 4C 00 02 15  E2 C5 6D B5 DF FB 48 D2 B0 60 D0 F5 A7 10 96 E0  00 01  00 2A  C5';
const IBEACON_TAG = 'ibeacon:e2c56db5-dffb-48d2-b060-d0f5a71096e0:1:42';
const ALTBEACON = '1B FF 18 01 BE AC  2F 23 44 54 CF 6D 4A 0F AD F2 F4 91 1B A9 FF A6 00 01 00 02  C5  09';
const ALTBEACON_TAG = 'altbeacon:2f234454cf6d4a0fadf2f4911ba9ffa600010002';

function parse(spaced: string) {
  return parseAdvertisementHex(compactHex(spaced));
}

function tagIds(spaced: string): string[] {
  return tagIdsOf(parse(spaced));
}

describe('walking AD structures', () => {
  it('gives the same result for bytes and for their hex, in either case', () => {
    const fromHex = parse(IBEACON);
    expect(parseAdvertisement(bytesOf(IBEACON))).toEqual(fromHex);
    expect(parseAdvertisementHex(compactHex(IBEACON).toLowerCase())).toEqual(fromHex);
    expect(fromHex.frames).toHaveLength(1);
  });

  it('accepts a Node Buffer and a view into a larger array', () => {
    const larger = new Uint8Array(40);
    larger.set(bytesOf(IBEACON), 5);
    expect(tagIdsOf(parseAdvertisement(larger.subarray(5, 35)))).toEqual([IBEACON_TAG]);
    expect(tagIdsOf(parseAdvertisement(Buffer.from(compactHex(IBEACON), 'hex')))).toEqual([IBEACON_TAG]);
  });

  it('returns every beacon frame of an extended advertisement, in order', () => {
    expect(tagIds(`${ALTBEACON} ${IBEACON}`)).toEqual([ALTBEACON_TAG, IBEACON_TAG]);
  });

  it('reads the shortened and complete local name (UTF-8) and prefers the complete one', () => {
    expect(parse('0A 09 57 61 72 64 77 61 74 63 68').localName).toBe('Wardwatch');
    expect(parse('04 09 C3 BC 31').localName).toBe('ü1');
    expect(parse('03 08 57 57').localName).toBe('WW');
    expect(parse('03 08 57 57  04 09 57 57 31').localName).toBe('WW1');
    expect(parse('04 09 57 57 31  03 08 57 57').localName).toBe('WW1');
  });

  it('reads the Tx Power Level AD as signed dBm (0xF4 = -12)', () => {
    expect(parse('02 0A F4').txPowerLevel).toBe(-12);
  });

  it('leaves absent flags, name and tx power undefined', () => {
    expect(parse(ALTBEACON)).toMatchObject({ flags: undefined, localName: undefined, txPowerLevel: undefined });
  });

  it('skips AD types it does not use (16-bit UUID list, appearance) without counting them', () => {
    const parsed = parse('03 03 AA FE  03 19 40 02  02 01 06');
    expect(parsed).toMatchObject({ frames: [], unknown: [], flags: 6, malformed: undefined });
  });

  it('keeps the first frame intact when the next advertisement reuses the decode buffer', () => {
    const first = parse(IBEACON).frames[0];
    const copy = structuredClone(first);
    parse(ALTBEACON);
    expect(first).toEqual(copy);
  });

  it('parses an advertisement longer than the 256-byte decode buffer (300 bytes)', () => {
    const parsed = parse(`${IBEACON} ${'02 01 05 '.repeat(90)}`);
    expect(tagIdsOf(parsed)).toEqual([IBEACON_TAG]);
    expect(parsed).toMatchObject({ flags: 5, malformed: undefined });
  });

  it('returns an empty, well-formed result for empty input', () => {
    expect(parseAdvertisementHex('')).toEqual({
      frames: [],
      unknown: [],
      flags: undefined,
      localName: undefined,
      txPowerLevel: undefined,
      malformed: undefined,
    });
  });
});

describe('zero-length structures', () => {
  it('treats zero padding after a zero length as the spec early terminator, not as damage', () => {
    const parsed = parse(`${IBEACON} 00`);
    expect(parsed.malformed).toBeUndefined();
    expect(tagIdsOf(parsed)).toEqual([IBEACON_TAG]);
  });

  it('flags data-after-terminator when non-zero bytes follow a zero length, keeping frames before it', () => {
    const parsed = parse(`${IBEACON} 00 02 0A F4`);
    expect(parsed.malformed).toBe('data-after-terminator');
    expect(tagIdsOf(parsed)).toEqual([IBEACON_TAG]);
    expect(parsed.txPowerLevel).toBeUndefined();
  });

  it('flags a zero length at the very start followed by a structure', () => {
    expect(parse('00 02 01 06')).toMatchObject({ frames: [], flags: undefined, malformed: 'data-after-terminator' });
  });
});

describe('truncated structures', () => {
  it('flags a length that runs past the end and returns no frame for it', () => {
    expect(parse('02 01 06  1A FF 4C 00 02 15 E2 C5')).toMatchObject({ frames: [], unknown: [], flags: 6, malformed: 'truncated-structure' });
  });

  it('keeps the frames before the truncated structure', () => {
    const parsed = parse(`${IBEACON} 05 09 57 61`);
    expect(parsed.malformed).toBe('truncated-structure');
    expect(tagIdsOf(parsed)).toEqual([IBEACON_TAG]);
    expect(parsed.localName).toBeUndefined();
  });

  it('flags a lone length byte at the end', () => {
    expect(parse(`${IBEACON} 03`).malformed).toBe('truncated-structure');
  });

  it('reads a flags structure without data (length 1) as no flags', () => {
    expect(parse('01 01  02 0A F4')).toMatchObject({ flags: undefined, txPowerLevel: -12, malformed: undefined });
  });

  it('reports manufacturer data too short for a company id as wrong-length, without one', () => {
    expect(parse('02 FF 4C').unknown).toEqual([
      { type: 'unknown', source: 'manufacturer-data', companyId: undefined, serviceUuid: undefined, reason: 'wrong-length' },
    ]);
  });

  it('reports service data too short for a 16-bit UUID as wrong-length, without one', () => {
    expect(parse('02 16 AA').unknown).toEqual([
      { type: 'unknown', source: 'service-data', companyId: undefined, serviceUuid: undefined, reason: 'wrong-length' },
    ]);
  });
});

describe('invalid hex', () => {
  const invalidHex = { frames: [], unknown: [], flags: undefined, localName: undefined, txPowerLevel: undefined, malformed: 'invalid-hex' };

  it.each([
    ['an odd number of digits', '020106F'],
    ['a non-hex letter', '0201G6'],
    ['a 0x prefix', '0x020106'],
    ['spaces between bytes', '02 01 06'],
    ['a full-width digit', '02010\uff16'],
  ])('returns malformed invalid-hex, not an exception, for %s', (_case, hex) => {
    expect(parseAdvertisementHex(hex)).toEqual(invalidHex);
  });

  it('throws a TypeError when given something other than a string (a caller bug)', () => {
    expect(() => parseAdvertisementHex(undefined as unknown as string)).toThrow(TypeError);
    expect(() => parseAdvertisement('020106' as unknown as Uint8Array)).toThrow(TypeError);
  });
});

function tagIdsOf(parsed: ReturnType<typeof parseAdvertisement>): string[] {
  return parsed.frames.map((frame) => ('tagId' in frame ? frame.tagId : frame.type));
}
