import { BatchBuilder, type IBeaconJson, MAX_SIGHTINGS_PER_BATCH, type ReportedTag, clampRssi } from './gateway-reports.js';
import type { SightingSink } from './sighting-sink.js';
import { batchShapeIssues } from './testing/batch-shape.js';
import { WindowSummarizer, medianInPlace } from './window-summarizer.js';

const beacon: IBeaconJson = { type: 'ibeacon', uuid: 'e2c56db5-dffb-48d2-b060-d0f5a71096e0', major: 1, minor: 42, txPower: -59 };
const tags: ReportedTag[] = [{ beacon, adv: '0201061aff4c000215e2c56db5dffb48d2b060d0f5a71096e00001002ac5' }];
const WINDOW_END = Date.UTC(2025, 0, 6, 8, 0, 1);

describe('window summaries', () => {
  it('take the median, rounded to whole dBm, and leave the window sorted', () => {
    const values = Int32Array.from([0, -70, -80, -60, -75, 0]);
    expect(medianInPlace(values, 1, 1)).toBe(-70);
    expect(medianInPlace(values, 1, 3)).toBe(-70);
    expect(Array.from(values.subarray(1, 4))).toEqual([-80, -70, -60]);
    // Even count: the mean of the middle two, −72.5, rounds to −72.
    expect(medianInPlace(Int32Array.from([-70, -75, -80, -60]), 0, 4)).toBe(-72);
  });

  it('turn one tag’s receptions into one sighting per gateway, with n and the strongest', () => {
    const summarizer = new WindowSummarizer(3, 4);
    summarizer.add(2, -80);
    summarizer.add(0, -70);
    summarizer.add(2, -76);
    summarizer.add(2, -90);
    const received: Array<[number, number, number, number, number, number]> = [];
    const sink: SightingSink = { sighting: (...args) => received.push(args), windowEnd: () => undefined };
    expect(summarizer.flush(sink, 7, WINDOW_END)).toBe(2);
    expect(received).toEqual([
      [2, 7, WINDOW_END, -80, 3, -76],
      [0, 7, WINDOW_END, -70, 1, -70],
    ]);
    expect(summarizer.flush(sink, 7, WINDOW_END)).toBe(0);
    summarizer.add(1, -60);
    for (let i = 0; i < 3; i++) summarizer.add(1, -60);
    expect(() => summarizer.add(1, -60)).toThrow(RangeError);
  });
});

describe('BatchBuilder', () => {
  it('closes each window into one batch per gateway that heard something, seq counting per gateway', () => {
    const builder = new BatchBuilder(['gw-a', 'gw-b', 'gw-c'], tags, 'summary', true);
    builder.sighting(1, 0, WINDOW_END, -70, 2, -68);
    builder.sighting(0, 0, WINDOW_END, -80, 1, -80);
    builder.windowEnd(WINDOW_END);
    builder.windowEnd(WINDOW_END + 1000);
    builder.sighting(1, 0, WINDOW_END + 2000, -71, 1, -71);
    builder.windowEnd(WINDOW_END + 2000);
    const batches = builder.take();
    expect(batches).toEqual([
      { gatewayId: 'gw-a', seq: 1, sentAt: '2025-01-06T08:00:01.000Z', sightings: [{ ts: WINDOW_END, rssi: -80, n: 1, rssiMax: -80, beacon }] },
      { gatewayId: 'gw-b', seq: 1, sentAt: '2025-01-06T08:00:01.000Z', sightings: [{ ts: WINDOW_END, rssi: -70, n: 2, rssiMax: -68, beacon }] },
      {
        gatewayId: 'gw-b',
        seq: 2,
        sentAt: '2025-01-06T08:00:03.000Z',
        sightings: [{ ts: WINDOW_END + 2000, rssi: -71, n: 1, rssiMax: -71, beacon }],
      },
    ]);
    for (const batch of batches) expect(batchShapeIssues(batch)).toEqual([]);
    expect(builder.take()).toEqual([]);
  });

  it('leaves rssiMax out when asked to', () => {
    const builder = new BatchBuilder(['gw-a'], tags, 'summary', false);
    builder.sighting(0, 0, WINDOW_END, -70, 2, -68);
    builder.windowEnd(WINDOW_END);
    expect(builder.take()[0].sightings).toEqual([{ ts: WINDOW_END, rssi: -70, n: 2, beacon }]);
  });

  it('sends raw advertisements in the order heard, as hex', () => {
    const builder = new BatchBuilder(['gw-a'], tags, 'raw', true);
    builder.sighting(0, 0, WINDOW_END - 10, -70, 1, -70);
    builder.sighting(0, 0, WINDOW_END - 900, -72, 1, -72);
    builder.windowEnd(WINDOW_END);
    const [batch] = builder.take();
    expect(batch.sightings).toEqual([
      { ts: WINDOW_END - 900, rssi: -72, n: 1, adv: tags[0].adv },
      { ts: WINDOW_END - 10, rssi: -70, n: 1, adv: tags[0].adv },
    ]);
    expect(batchShapeIssues(batch)).toEqual([]);
  });

  it('splits a window too large for one batch into several, each with its own seq', () => {
    const builder = new BatchBuilder(['gw-a'], tags, 'raw', true);
    for (let i = 0; i < MAX_SIGHTINGS_PER_BATCH + 10; i++) builder.sighting(0, 0, WINDOW_END - 1000 + (i % 1000), -70, 1, -70);
    builder.windowEnd(WINDOW_END);
    const batches = builder.take();
    expect(batches.map((batch) => [batch.seq, batch.sightings.length])).toEqual([
      [1, MAX_SIGHTINGS_PER_BATCH],
      [2, 10],
    ]);
    for (const batch of batches) expect(batchShapeIssues(batch)).toEqual([]);
  });

  it('keeps readings inside the range the ingest accepts', () => {
    expect(clampRssi(-140)).toBe(-127);
    expect(clampRssi(25)).toBe(20);
    expect(clampRssi(-70)).toBe(-70);
  });
});
