import { AdvertisementStats, TlmCorrelator } from '../../../../libs/beacon/index.js';
import type { BleBatch } from './ble-batch.js';
import { checkBleBatch } from './check-ble-batch.js';
import { TLM_PAIRING } from './gateway-ingest-tracker.js';
import { normalizeBleBatch, type GatewayRadio } from './normalize-ble-batch.js';
import {
  ALTBEACON_ADV,
  ALTBEACON_TAG,
  EDDYSTONE_TLM_ADV,
  EDDYSTONE_UID_ADV,
  EDDYSTONE_UID_TAG,
  EDDYSTONE_URL_ADV,
  IBEACON_ADV,
  IBEACON_JSON,
  IBEACON_TAG,
  PHONE_ADV,
  SENT_AT_MS,
  TRUNCATED_ADV,
  advSighting,
  bleBatch,
} from './testing/ble-test-vectors.js';

const T = SENT_AT_MS - 10_000;
const MAC = 'AC:23:3F:A0:0B:1C';

function newRadio(): GatewayRadio {
  return { tlm: new TlmCorrelator(TLM_PAIRING), frames: new AdvertisementStats() };
}

function normalize(batch: BleBatch, radio = newRadio()) {
  const check = checkBleBatch(batch, SENT_AT_MS);
  if (!check.ok) throw new Error(`test batch is invalid: ${JSON.stringify(check.issues)}`);
  return normalizeBleBatch(batch, check.checked, radio);
}

function sightingsOf(...reports: Array<Record<string, unknown>>) {
  return bleBatch({ gatewayId: 'gw-7', sightings: reports.map((report) => advSighting({ ts: T, ...report })) });
}

describe('normalizing a BLE batch', () => {
  it('makes an iBeacon advertisement one sighting with its tag identity and calibrated power', () => {
    expect(normalize(sightingsOf({ adv: IBEACON_ADV, rssi: -67 }))).toEqual({
      sightings: [{ tagId: IBEACON_TAG, gatewayId: 'gw-7', ts: T, rssi: -67, n: 1, txPowerAt1m: -59 }],
      skipped: 0,
      unknownFrames: 0,
      malformedAdvertisements: 0,
    });
  });

  it("keeps a gateway window's count, strongest RSSI and decoded extras", () => {
    const [sighting] = normalize(sightingsOf({ adv: IBEACON_ADV, rssi: -70, n: 5, rssiMax: -61, batteryMv: 2950, temperatureC: 21.5 })).sightings;
    expect(sighting).toEqual({ tagId: IBEACON_TAG, gatewayId: 'gw-7', ts: T, rssi: -70, n: 5, rssiMax: -61, txPowerAt1m: -59, batteryMv: 2950, temperatureC: 21.5 });
  });

  it('reads AltBeacon (reference RSSI at 1 m) and Eddystone-UID (power at 0 m, minus 41 dB for 1 m)', () => {
    const { sightings } = normalize(sightingsOf({ adv: ALTBEACON_ADV }, { adv: EDDYSTONE_UID_ADV }));
    expect(sightings.map((s) => [s.tagId, s.txPowerAt1m])).toEqual([
      [ALTBEACON_TAG, -59],
      [EDDYSTONE_UID_TAG, -25 - 41],
    ]);
  });

  it('gives a pre-parsed beacon the same tag identity as its advertisement', () => {
    const batch = bleBatch({ sightings: [advSighting({ ts: T }), { ts: T, rssi: -67, beacon: IBEACON_JSON }] });
    const [fromAdv, fromJson] = normalize(batch).sightings;
    expect(fromJson).toEqual(fromAdv);
  });

  it('makes each tag frame of one report a sighting (an advertisement with its scan response)', () => {
    const { sightings } = normalize(sightingsOf({ adv: ALTBEACON_ADV + IBEACON_ADV }));
    expect(sightings.map((s) => s.tagId)).toEqual([ALTBEACON_TAG, IBEACON_TAG]);
  });

  it('gives Eddystone-TLM battery and temperature to the UID tag of the same address', () => {
    const { sightings, skipped } = normalize(sightingsOf({ adv: EDDYSTONE_UID_ADV, mac: MAC, rssi: -71 }, { adv: EDDYSTONE_TLM_ADV, mac: MAC, rssi: -73 }));
    expect(skipped).toBe(0);
    expect(sightings[1]).toEqual({ tagId: EDDYSTONE_UID_TAG, gatewayId: 'gw-7', ts: T, rssi: -73, n: 1, batteryMv: 3000, temperatureC: 25.5 });
  });

  it('pairs a TLM listed before its UID in the same batch', () => {
    const { sightings } = normalize(sightingsOf({ adv: EDDYSTONE_TLM_ADV, mac: MAC }, { adv: EDDYSTONE_UID_ADV, mac: MAC }));
    expect(sightings.map((s) => [s.tagId, s.batteryMv])).toEqual([
      [EDDYSTONE_UID_TAG, undefined],
      [EDDYSTONE_UID_TAG, 3000],
    ]);
  });

  it('pairs by address however the gateway spells it', () => {
    const { sightings } = normalize(sightingsOf({ adv: EDDYSTONE_UID_ADV, mac: MAC }, { adv: EDDYSTONE_TLM_ADV, mac: 'ac233fa00b1c' }));
    expect(sightings).toHaveLength(2);
  });

  it("pairs a TLM with a UID from the gateway's previous batch, not another gateway's", () => {
    const radio = newRadio();
    normalize(sightingsOf({ adv: EDDYSTONE_UID_ADV, mac: MAC }), radio);
    expect(normalize(sightingsOf({ adv: EDDYSTONE_TLM_ADV, mac: MAC }), radio).sightings).toHaveLength(1);
    expect(normalize(sightingsOf({ adv: EDDYSTONE_TLM_ADV, mac: MAC }), newRadio())).toMatchObject({ sightings: [], skipped: 1 });
  });

  it('skips a TLM without an address, from another address, or after its UID binding expired', () => {
    expect(normalize(sightingsOf({ adv: EDDYSTONE_UID_ADV, mac: MAC }, { adv: EDDYSTONE_TLM_ADV }))).toMatchObject({ skipped: 1 });
    expect(normalize(sightingsOf({ adv: EDDYSTONE_UID_ADV, mac: MAC }, { adv: EDDYSTONE_TLM_ADV, mac: 'AC:23:3F:A0:0B:1D' }))).toMatchObject({ skipped: 1 });
    const late = T + TLM_PAIRING.maxAgeMs + 1;
    const expired = bleBatch({ sightings: [advSighting({ ts: T, adv: EDDYSTONE_UID_ADV, mac: MAC }), advSighting({ ts: late, adv: EDDYSTONE_TLM_ADV, mac: MAC })] });
    expect(normalize(expired)).toMatchObject({ skipped: 1 });
  });

  it('skips Eddystone-URL (no identity) without counting it as unknown', () => {
    expect(normalize(sightingsOf({ adv: EDDYSTONE_URL_ADV }))).toEqual({ sightings: [], skipped: 1, unknownFrames: 0, malformedAdvertisements: 0 });
  });

  it('counts data that is no beacon (a phone) and damaged advertisements, and skips them', () => {
    expect(normalize(sightingsOf({ adv: PHONE_ADV }, { adv: TRUNCATED_ADV }, { adv: IBEACON_ADV }))).toMatchObject({
      skipped: 2,
      unknownFrames: 2,
      malformedAdvertisements: 1,
    });
  });

  it("records every advertisement and frame in the gateway's statistics", () => {
    const radio = newRadio();
    normalize(sightingsOf({ adv: IBEACON_ADV }, { adv: PHONE_ADV }, { adv: EDDYSTONE_URL_ADV }, { adv: TRUNCATED_ADV }), radio);
    normalize(bleBatch({ sightings: [{ ts: T, rssi: -60, beacon: IBEACON_JSON }] }), radio);
    expect(radio.frames.snapshot()).toMatchObject({
      advertisements: 4,
      frames: { ibeacon: 2, 'eddystone-url': 1 },
      unknown: { unrecognized: 1 },
      malformed: { 'truncated-structure': 1 },
    });
  });
});
