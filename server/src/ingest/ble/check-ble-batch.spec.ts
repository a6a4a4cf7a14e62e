import type { BleBatch } from './ble-batch.js';
import { checkBleBatch } from './check-ble-batch.js';
import { IBEACON_JSON, IBEACON_TAG, SENT_AT, SENT_AT_MS, advSighting, bleBatch } from './testing/ble-test-vectors.js';

const HOUR = 3_600_000;

function issuesOf(batch: BleBatch, nowMs = SENT_AT_MS) {
  const result = checkBleBatch(batch, nowMs);
  return result.ok ? [] : result.issues.listed;
}

describe('checking a batch after the schema', () => {
  it('reads ISO and epoch-millisecond times to the same instant', () => {
    const result = checkBleBatch(bleBatch({ sightings: [advSighting({ ts: '2025-03-14T10:26:52.589+01:00' }), advSighting({ ts: SENT_AT_MS - 1000 })] }), SENT_AT_MS);
    expect(result.ok && [result.checked.sentAtMs, ...result.checked.tsMs]).toEqual([SENT_AT_MS, SENT_AT_MS - 1000, SENT_AT_MS - 1000]);
  });

  it('reads pre-parsed beacons into frames by sighting index, and nothing for adv sightings', () => {
    const result = checkBleBatch(bleBatch({ sightings: [advSighting(), { ts: SENT_AT_MS, rssi: -60, beacon: IBEACON_JSON }] }), SENT_AT_MS);
    expect(result.ok && result.checked.beacons?.map((frame) => frame?.tagId)).toEqual([undefined, IBEACON_TAG]);
    const advOnly = checkBleBatch(bleBatch(), SENT_AT_MS);
    expect(advOnly.ok && advOnly.checked.beacons).toBeUndefined();
  });

  it('accepts sentAt up to 24 h either side of the server clock, and refuses more (the gateway clock is not set)', () => {
    expect(issuesOf(bleBatch(), SENT_AT_MS + 24 * HOUR)).toEqual([]);
    expect(issuesOf(bleBatch(), SENT_AT_MS - 24 * HOUR)).toEqual([]);
    expect(issuesOf(bleBatch(), SENT_AT_MS + 24 * HOUR + 1)).toEqual([
      { field: 'sentAt', message: "is 24 h from the server's clock (at most 24 h); set the gateway's clock" },
    ]);
    const unset = bleBatch({ sentAt: '1970-01-01T00:00:12Z', sightings: [advSighting({ ts: 11_000 })] });
    // A gateway whose clock starts at 1970 on boot: 2025-03-14T09:26:53.589Z is 1741944413577 ms = 483873.4 h later.
    expect(issuesOf(unset)).toEqual([{ field: 'sentAt', message: "is 483873 h from the server's clock (at most 24 h); set the gateway's clock" }]);
  });

  it('refuses a date the pattern admits but the calendar does not', () => {
    expect(issuesOf(bleBatch({ sentAt: '2025-13-14T09:26:53Z' }))).toEqual([{ field: 'sentAt', message: 'is not a valid date-time' }]);
    expect(issuesOf(bleBatch({ sightings: [advSighting(), advSighting({ ts: '2025-03-14T09:61:00Z' })] }))).toEqual([
      { field: 'sightings[1].ts', message: 'is not a valid date-time' },
    ]);
  });

  it('accepts a sighting up to 24 h before sentAt (buffered while offline) and 60 s after it', () => {
    const batch = bleBatch({ sightings: [advSighting({ ts: SENT_AT_MS - 24 * HOUR }), advSighting({ ts: SENT_AT_MS + 60_000 })] });
    expect(issuesOf(batch)).toEqual([]);
  });

  it('refuses a sighting older than 24 h before sentAt, such as epoch seconds sent for milliseconds', () => {
    const batch = bleBatch({ sightings: [advSighting(), advSighting({ ts: Math.round(SENT_AT_MS / 1000) })] });
    expect(issuesOf(batch)).toEqual([{ field: 'sightings[1].ts', message: 'is more than 24 h before sentAt' }]);
  });

  it('refuses a sighting more than 60 s after sentAt, such as microseconds sent for milliseconds', () => {
    const batch = bleBatch({ sightings: [advSighting({ ts: SENT_AT_MS * 1000 }), advSighting({ ts: SENT_AT_MS + 60_001 })] });
    expect(issuesOf(batch)).toEqual([
      { field: 'sightings[0].ts', message: 'is more than 60 s after sentAt (milliseconds, not microseconds?)' },
      { field: 'sightings[1].ts', message: 'is more than 60 s after sentAt (milliseconds, not microseconds?)' },
    ]);
  });

  it('does not compare sighting times with a sentAt it refused, but still reads them', () => {
    const batch = bleBatch({ sentAt: '2020-01-01T00:00:00Z', sightings: [advSighting(), advSighting({ ts: 'x' as unknown as number })] });
    expect(issuesOf(batch).map((i) => i.field)).toEqual(['sentAt', 'sightings[1].ts']);
  });

  it("names a beacon's field when beaconFromJson refuses what the schema let through", () => {
    // Only reachable if the schema and libs/beacon drift apart; the batch must still be refused whole.
    const beacon = { type: 'ibeacon', uuid: IBEACON_JSON.uuid, major: 1, minor: 70_000, txPower: -59 };
    expect(issuesOf(bleBatch({ sightings: [{ ts: SENT_AT_MS, rssi: -60, beacon }] }))).toEqual([
      { field: 'sightings[0].beacon.minor', message: 'must be an integer from 0 to 65535' },
    ]);
  });

  it('leaves the batch as it was', () => {
    const batch = bleBatch({ sentAt: SENT_AT });
    const copy = structuredClone(batch);
    checkBleBatch(batch, SENT_AT_MS);
    expect(batch).toEqual(copy);
  });
});
