import { DEFAULT_WINDOW_LIMITS, TagWindows } from './tag-windows.js';
import { eddystoneTlm, eddystoneUid, iBeacon, IBEACON_UUID } from './testing/frames.js';

const MAC = 'ac:23:3f:a0:0b:1c';

describe('a window of one iBeacon heard several times', () => {
  it('gives one sighting: median RSSI, count, strongest RSSI, the address and the frame in ingest form, at the window end', () => {
    const windows = new TagWindows();
    for (const rssi of [-70, -60, -90, -65, -72]) windows.addSighting(iBeacon(42), MAC, rssi, 1_000);
    expect(windows.close(3_000)).toEqual([
      { ts: 3_000, rssi: -70, n: 5, rssiMax: -60, mac: MAC, beacon: { type: 'ibeacon', uuid: IBEACON_UUID, major: 1, minor: 42, txPower: -59 } },
    ]);
  });

  it('averages the two middle samples of an even count, a half rounded toward the stronger', () => {
    const windows = new TagWindows();
    for (const rssi of [-70, -61, -90, -50]) windows.addSighting(iBeacon(1), MAC, rssi, 0);
    expect(windows.close(1)[0]).toMatchObject({ rssi: -65, n: 4, rssiMax: -50 });
  });

  it('ignores a single deep fade that would drag a mean down', () => {
    const windows = new TagWindows();
    for (const rssi of [-60, -61, -59, -60, -98]) windows.addSighting(iBeacon(1), MAC, rssi, 0);
    expect(windows.close(1)[0]).toMatchObject({ rssi: -60 });
  });
});

describe('closing windows', () => {
  it('starts the next window empty', () => {
    const windows = new TagWindows();
    windows.addSighting(iBeacon(1), MAC, -60, 0);
    expect(windows.close(1)).toHaveLength(1);
    expect(windows.size).toBe(0);
    expect(windows.close(2)).toEqual([]);
  });

  it('lists tags in the order they were first heard', () => {
    const windows = new TagWindows();
    for (const minor of [3, 1, 2, 1]) windows.addSighting(iBeacon(minor), MAC, -60, 0);
    expect(windows.close(1).map((s) => (s.beacon as { minor: number }).minor)).toEqual([3, 1, 2]);
  });

  it('keeps the last address a tag was heard from (address rotation)', () => {
    const windows = new TagWindows();
    windows.addSighting(iBeacon(1), 'aa:aa:aa:aa:aa:aa', -60, 0);
    windows.addSighting(iBeacon(1), 'bb:bb:bb:bb:bb:bb', -60, 1);
    expect(windows.close(2)[0].mac).toBe('bb:bb:bb:bb:bb:bb');
  });
});

describe('bounded memory', () => {
  it('drops sightings of tags beyond maxTags and counts them', () => {
    const windows = new TagWindows({ ...DEFAULT_WINDOW_LIMITS, maxTags: 2 });
    for (const minor of [1, 2, 3, 3, 1]) windows.addSighting(iBeacon(minor), MAC, -60, 0);
    expect(windows.close(1)).toHaveLength(2);
    expect(windows.overflow).toBe(2);
  });

  it('keeps maxSamplesPerTag samples for the median but counts every reception and its maximum', () => {
    const windows = new TagWindows({ ...DEFAULT_WINDOW_LIMITS, maxSamplesPerTag: 3 });
    for (const rssi of [-80, -80, -80, -40, -40]) windows.addSighting(iBeacon(1), MAC, rssi, 0);
    expect(windows.close(1)[0]).toMatchObject({ rssi: -80, n: 5, rssiMax: -40 });
  });
});

describe('Eddystone telemetry', () => {
  it('gives a TLM frame from the address of a UID frame to that tag', () => {
    const windows = new TagWindows();
    windows.addSighting(eddystoneUid, MAC, -60, 1_000);
    expect(windows.addTelemetry(MAC, eddystoneTlm, 1_500)).toBe(true);
    expect(windows.close(2_000)[0]).toMatchObject({ batteryMv: 3000, temperatureC: 25.5, beacon: { type: 'eddystone-uid' } });
  });

  it('keeps telemetry for the next window when the tag was not heard in this one', () => {
    const windows = new TagWindows();
    windows.addSighting(eddystoneUid, MAC, -60, 1_000);
    windows.close(1_500);
    windows.addTelemetry(MAC, eddystoneTlm, 1_600);
    expect(windows.close(2_000)).toEqual([]);
    windows.addSighting(eddystoneUid, MAC, -61, 2_100);
    expect(windows.close(3_000)[0]).toMatchObject({ batteryMv: 3000, temperatureC: 25.5 });
  });

  it('ignores TLM from an address no UID frame came from, and TLM older than the pairing age', () => {
    const windows = new TagWindows();
    expect(windows.addTelemetry(MAC, eddystoneTlm, 0)).toBe(false);
    windows.addSighting(eddystoneUid, MAC, -60, 0);
    expect(windows.addTelemetry(MAC, eddystoneTlm, DEFAULT_WINDOW_LIMITS.tlm.maxAgeMs + 1)).toBe(false);
    expect(windows.close(1)[0]).not.toHaveProperty('batteryMv');
  });

  it('sends no telemetry fields the beacon reports as not supported', () => {
    const windows = new TagWindows();
    windows.addSighting(eddystoneUid, MAC, -60, 0);
    windows.addTelemetry(MAC, { ...eddystoneTlm, batteryMv: null, temperatureC: null }, 1);
    const [sighting] = windows.close(2);
    expect(sighting).not.toHaveProperty('batteryMv');
    expect(sighting).not.toHaveProperty('temperatureC');
  });
});
