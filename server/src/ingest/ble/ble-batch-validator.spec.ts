import { beaconFromJson } from '../../../../libs/beacon/index.js';
import { BLE_INGEST_SCHEMA, validateBleBatch } from '../ble-ingest.schema.js';
import { fieldOf, sightingCount } from './ble-batch-validator.js';
import { MAX_SIGHTINGS_PER_BATCH } from './ble-ingest-limits.js';
import { ALTBEACON_ADV, IBEACON_JSON, SENT_AT_MS, advSighting, bleBatch } from './testing/ble-test-vectors.js';

/** The issues the schema reports for a body, or [] when it accepts it. */
function issues(body: unknown) {
  const result = validateBleBatch(body);
  return result.ok ? [] : result.issues.listed;
}

/** A batch whose first sighting is `sighting`. */
function withSighting(sighting: object) {
  return bleBatch({ sightings: [sighting] });
}

describe('BLE batch schema: what it accepts', () => {
  it('accepts the shape of the product issue, with every optional extra', () => {
    const batch = bleBatch({
      sightings: [
        advSighting({ ts: '2025-03-14T09:26:52.000Z', n: 5, rssiMax: -60, mac: 'AC:23:3F:A0:0B:1C', batteryMv: 2950, temperatureC: 21.5 }),
        { ts: SENT_AT_MS - 500, rssi: -67, n: 1, beacon: IBEACON_JSON },
        { ts: SENT_AT_MS, rssi: -80, adv: ALTBEACON_ADV.toLowerCase() },
      ],
    });
    expect(issues(batch)).toEqual([]);
  });

  it.each([
    ['UTC with milliseconds', '2025-03-14T09:26:52.123Z'],
    ['UTC without fraction', '2025-03-14T09:26:52Z'],
    ['an offset', '2025-03-14T10:26:52+01:00'],
    ['microseconds', '2025-03-14T09:26:52.123456Z'],
    ['epoch milliseconds', 1741944412123],
  ])('accepts ts as %s', (_name, ts) => {
    expect(issues(withSighting(advSighting({ ts })))).toEqual([]);
  });

  it.each(['AC:23:3F:A0:0B:1C', 'ac-23-3f-a0-0b-1c', 'ac233fa00b1c'])('accepts the device address %s', (mac) => {
    expect(issues(withSighting(advSighting({ mac })))).toEqual([]);
  });

  it('accepts seq 0 and 2^53 - 1, the largest exact JSON integer', () => {
    expect(issues(bleBatch({ seq: 0 }))).toEqual([]);
    expect(issues(bleBatch({ seq: Number.MAX_SAFE_INTEGER }))).toEqual([]);
  });

  it('accepts an advertisement of 255 bytes (extended advertising) and refuses 256', () => {
    expect(issues(withSighting(advSighting({ adv: '02'.repeat(255) })))).toEqual([]);
    expect(issues(withSighting(advSighting({ adv: '02'.repeat(256) })))).toEqual([
      { field: 'sightings[0].adv', message: 'must NOT have more than 510 characters' },
    ]);
  });

  it('caps a batch at the same number of sightings as the code does (413 beyond)', () => {
    const sightings = (BLE_INGEST_SCHEMA as { properties: { sightings: { maxItems: number } } }).properties.sightings;
    expect(sightings.maxItems).toBe(MAX_SIGHTINGS_PER_BATCH);
    expect(sightingCount({ sightings: new Array(5001) })).toBe(5001);
    expect(sightingCount({ sightings: 'many' })).toBeUndefined();
    expect(sightingCount(null)).toBeUndefined();
  });
});

describe('BLE batch schema: what it refuses, naming the field', () => {
  it('names a missing gatewayId', () => {
    const { gatewayId: _gatewayId, ...batch } = bleBatch();
    expect(issues(batch)).toEqual([{ field: 'gatewayId', message: 'is required' }]);
  });

  it('names every missing top-level field at once', () => {
    expect(issues({})).toEqual([
      { field: 'gatewayId', message: 'is required' },
      { field: 'seq', message: 'is required' },
      { field: 'sentAt', message: 'is required' },
      { field: 'sightings', message: 'is required' },
    ]);
  });

  it.each([
    ['an array', []],
    ['a string', 'batch'],
    ['null', null],
  ])('refuses a body that is %s', (_name, body) => {
    expect(issues(body)).toEqual([{ field: '(body)', message: 'must be object' }]);
  });

  it.each([
    [21, 'must be <= 20'],
    [-128, 'must be >= -127'],
    [-67.5, 'must be integer'],
    ['-67', 'must be integer'],
  ])('names sightings[3].rssi = %j: %s', (rssi, message) => {
    const sightings = [advSighting(), advSighting(), advSighting(), advSighting({ rssi })];
    expect(issues(bleBatch({ sightings }))).toEqual([{ field: 'sightings[3].rssi', message }]);
  });

  it('refuses a sighting with both adv and beacon, or neither', () => {
    const message = 'must have exactly one of adv or beacon';
    expect(issues(withSighting(advSighting({ beacon: IBEACON_JSON })))).toEqual([{ field: 'sightings[0]', message }]);
    expect(issues(withSighting({ ts: SENT_AT_MS, rssi: -60 }))).toEqual([{ field: 'sightings[0]', message }]);
  });

  it.each([
    ['odd length', '02010'],
    ['a character that is no hex digit', '0201G6'],
    ['a 0x prefix', '0x020106'],
    ['spaces', '02 01 06'],
    ['nothing', ''],
  ])('refuses adv with %s', (_name, adv) => {
    expect(issues(withSighting(advSighting({ adv })))).toEqual([
      { field: 'sightings[0].adv', message: 'must be hex digits (0-9, a-f, A-F), an even number of them' },
    ]);
  });

  it.each([
    ['a date without time', '2025-03-14'],
    ['a local time without a zone', '2025-03-14T09:26:52'],
    ['a space for the T', '2025-03-14 09:26:52Z'],
    ['epoch seconds with a fraction', 1741944412.5],
    ['a negative number', -1],
    ['a boolean', true],
  ])('refuses ts as %s', (_name, ts) => {
    expect(issues(withSighting(advSighting({ ts })))).toEqual([
      { field: 'sightings[0].ts', message: 'must be an ISO-8601 date-time with a time zone or epoch milliseconds' },
    ]);
  });

  it('refuses sentAt without a time zone or as a number', () => {
    const message = 'must be an ISO-8601 date-time with a time zone, e.g. 2025-03-14T09:26:53.589Z';
    expect(issues(bleBatch({ sentAt: '2025-03-14T09:26:53' }))).toEqual([{ field: 'sentAt', message }]);
    expect(issues(bleBatch({ sentAt: SENT_AT_MS as unknown as string }))).toEqual([{ field: 'sentAt', message: 'must be string' }]);
  });

  it.each([
    [-1, 'must be >= 0'],
    [1.5, 'must be integer'],
    [Number.MAX_SAFE_INTEGER + 2, 'must be <= 9007199254740991'],
  ])('refuses seq %j', (seq, message) => {
    expect(issues(bleBatch({ seq }))).toEqual([{ field: 'seq', message }]);
  });

  it('refuses an empty batch', () => {
    expect(issues(bleBatch({ sightings: [] }))).toEqual([{ field: 'sightings', message: 'must NOT have fewer than 1 items' }]);
  });

  it.each([
    ['n', 0, 'must be >= 1'],
    ['n', 100_001, 'must be <= 100000'],
    ['rssiMax', 21, 'must be <= 20'],
    ['batteryMv', -1, 'must be >= 0'],
    ['temperatureC', '21', 'must be number'],
    ['mac', 'AC:23:3F:A0:0B', 'must be a device address: AA:BB:CC:DD:EE:FF, aa-bb-cc-dd-ee-ff or aabbccddeeff'],
    ['mac', 'AC:23-3F:A0:0B:1C', 'must be a device address: AA:BB:CC:DD:EE:FF, aa-bb-cc-dd-ee-ff or aabbccddeeff'],
  ])('names sightings[0].%s = %j', (field, value, message) => {
    expect(issues(withSighting(advSighting({ [field]: value })))).toEqual([{ field: `sightings[0].${field}`, message }]);
  });

  it('refuses properties the schema does not define, at every level', () => {
    expect(issues(bleBatch({ site: 'st-marys' }))).toEqual([{ field: 'site', message: 'is not allowed' }]);
    expect(issues(withSighting(advSighting({ RSSI: -60 })))).toEqual([{ field: 'sightings[0].RSSI', message: 'is not allowed' }]);
    expect(issues(withSighting({ ts: SENT_AT_MS, rssi: -60, beacon: { ...IBEACON_JSON, mac: 'x' } }))).toEqual([
      { field: 'sightings[0].beacon.mac', message: 'is not allowed' },
    ]);
  });

  it('names an unknown or missing beacon type', () => {
    const message = 'must be "ibeacon", "altbeacon" or "eddystone-uid"';
    expect(issues(withSighting({ ts: SENT_AT_MS, rssi: -60, beacon: { type: 'eddystone-url' } }))).toEqual([{ field: 'sightings[0].beacon.type', message }]);
    expect(issues(withSighting({ ts: SENT_AT_MS, rssi: -60, beacon: { uuid: IBEACON_JSON.uuid } }))).toEqual([
      { field: 'sightings[0].beacon.type', message: 'is required' },
    ]);
  });

  it("names the fields of the beacon's own type", () => {
    const beacon = { ...IBEACON_JSON, uuid: 'not-a-uuid', major: 65536 };
    const { minor: _minor, ...withoutMinor } = IBEACON_JSON;
    expect(issues(withSighting({ ts: SENT_AT_MS, rssi: -60, beacon }))).toEqual([
      { field: 'sightings[0].beacon.uuid', message: 'must be a UUID (8-4-4-4-12 hex digits, or 32 hex digits)' },
      { field: 'sightings[0].beacon.major', message: 'must be <= 65535' },
    ]);
    expect(issues(withSighting({ ts: SENT_AT_MS, rssi: -60, beacon: withoutMinor }))).toEqual([
      { field: 'sightings[0].beacon.minor', message: 'is required' },
    ]);
    expect(issues(withSighting({ ts: SENT_AT_MS, rssi: -60, beacon: { type: 'eddystone-uid', namespace: 'ab', instance: '0000000004d2', txPower: -25 } }))).toEqual([
      { field: 'sightings[0].beacon.namespace', message: 'must be 20 hex digits' },
    ]);
  });

  it('refuses an AltBeacon with both id and the uuid split, or with only part of the split', () => {
    const message = 'must have either id, or uuid, major and minor';
    const id = '2f234454cf6d4a0fadf2f4911ba9ffa600010002';
    const uuid = '2f234454-cf6d-4a0f-adf2-f4911ba9ffa6';
    for (const beacon of [
      { type: 'altbeacon', id, uuid, major: 1, minor: 2, txPower: -59 },
      { type: 'altbeacon', id, uuid, txPower: -59 },
      { type: 'altbeacon', uuid, major: 1, txPower: -59 },
      { type: 'altbeacon', txPower: -59 },
    ]) {
      expect(issues(withSighting({ ts: SENT_AT_MS, rssi: -60, beacon }))).toEqual([{ field: 'sightings[0].beacon', message }]);
    }
  });

  it('lists the first 20 issues of a batch of 5000 bad sightings, and counts them all', () => {
    const result = validateBleBatch(bleBatch({ sightings: Array.from({ length: 5000 }, () => ({ ts: 'x', rssi: -60 })) }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Each sighting: the missing adv or beacon, and ts (one issue for the failed anyOf, not one per branch).
    expect(result.issues.count).toBe(10_000);
    expect(result.issues.listed).toHaveLength(20);
    expect(result.issues.listed.slice(0, 3)).toEqual([
      { field: 'sightings[0]', message: 'must have exactly one of adv or beacon' },
      { field: 'sightings[0].ts', message: 'must be an ISO-8601 date-time with a time zone or epoch milliseconds' },
      { field: 'sightings[1]', message: 'must have exactly one of adv or beacon' },
    ]);
  });

  it('lists issues in body order, one per field', () => {
    const sightings = [advSighting({ rssi: 99 }), advSighting({ adv: 'xyz', n: 0 }), advSighting({ ts: 'yesterday' })];
    expect(issues(bleBatch({ seq: -1, sightings })).map((i) => i.field)).toEqual([
      'seq',
      'sightings[0].rssi',
      'sightings[1].n',
      'sightings[1].adv',
      'sightings[2].ts',
    ]);
  });
});

describe('BLE batch schema and beaconFromJson agree', () => {
  // A beacon the schema accepts must read as a frame (else a batch could pass validation and fail later).
  it.each([
    ['iBeacon with a dashed upper-case UUID', IBEACON_JSON],
    ['iBeacon with a bare UUID', { ...IBEACON_JSON, uuid: 'e2c56db5dffb48d2b060d0f5a71096e0' }],
    ['AltBeacon by id', { type: 'altbeacon', id: '2f234454cf6d4a0fadf2f4911ba9ffa600010002', txPower: -59, companyId: 280, mfgReserved: 9 }],
    ['AltBeacon by uuid, major, minor', { type: 'altbeacon', uuid: '2f234454-cf6d-4a0f-adf2-f4911ba9ffa6', major: 1, minor: 2, txPower: -59 }],
    ['Eddystone-UID', { type: 'eddystone-uid', namespace: '8B0CA750095477CB3E77', instance: '0000000004d2', txPower: -128 }],
  ])('%s', (_name, beacon) => {
    expect(issues(withSighting({ ts: SENT_AT_MS, rssi: -60, beacon }))).toEqual([]);
    expect(beaconFromJson(beacon).ok).toBe(true);
  });
});

describe('fieldOf', () => {
  it.each([
    ['', ''],
    ['/gatewayId', 'gatewayId'],
    ['/sightings/3/rssi', 'sightings[3].rssi'],
    ['/sightings/0/beacon/major', 'sightings[0].beacon.major'],
    ['/a~1b/c~0d', 'a/b.c~d'],
  ])('writes the JSON pointer %j as %j', (pointer, field) => {
    expect(fieldOf(pointer)).toBe(field);
  });
});
