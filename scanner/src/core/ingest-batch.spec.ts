import { validateBleBatch } from '../../../server/src/ingest/ble-ingest.schema.js';
import { buildBatches, MAX_SIGHTINGS_PER_BATCH, SeqCounter, type IngestSighting } from './ingest-batch.js';
import { TagWindows } from './tag-windows.js';
import { eddystoneTlm, eddystoneUid, iBeacon } from './testing/frames.js';

const sighting = (minor: number): IngestSighting => ({
  ts: 1_741_944_412_589,
  rssi: -60,
  n: 1,
  rssiMax: -60,
  mac: 'ac:23:3f:a0:0b:1c',
  beacon: { type: 'ibeacon', uuid: 'e2c56db5-dffb-48d2-b060-d0f5a71096e0', major: 1, minor, txPower: -59 },
});

describe('seq allocation', () => {
  it('continues from the last stored seq', () => {
    const seqs = new SeqCounter(41, 5_000);
    expect([seqs.next(), seqs.next()]).toEqual([42, 43]);
  });

  it('starts from the clock in ms when nothing was stored, above any earlier counter of a clock-started gateway', () => {
    const seqs = new SeqCounter(undefined, 1_741_944_412_589);
    expect(seqs.next()).toBe(1_741_944_412_589);
  });
});

describe('batches of a window', () => {
  it('builds none for an empty window (no seq spent)', () => {
    const seqs = new SeqCounter(10, 0);
    expect(buildBatches('gw', [], 0, seqs)).toEqual([]);
    expect(seqs.current).toBe(10);
  });

  it('splits a large window into batches of at most the limit, each with the next seq and the same sentAt', () => {
    const sightings = Array.from({ length: 5 }, (_, i) => sighting(i));
    const batches = buildBatches('main-0-gw-001', sightings, Date.UTC(2025, 2, 14, 9, 26, 53, 589), new SeqCounter(0, 0), 2);
    expect(batches.map((b) => [b.seq, b.sightings.length])).toEqual([
      [1, 2],
      [2, 2],
      [3, 1],
    ]);
    expect(new Set(batches.map((b) => b.sentAt))).toEqual(new Set(['2025-03-14T09:26:53.589Z']));
  });

  it('stays within the ingest limit of 5000 sightings per batch', () => {
    expect(MAX_SIGHTINGS_PER_BATCH).toBeLessThanOrEqual(5000);
  });

  it('passes the ingest schema (docs/schemas/ble-ingest.schema.json) for every frame type, with telemetry', () => {
    const windows = new TagWindows();
    const at = Date.now();
    windows.addSighting(iBeacon(42), 'ac:23:3f:a0:0b:1c', -60, at);
    windows.addSighting(eddystoneUid, 'c0:00:00:00:00:01', -127, at);
    windows.addTelemetry('c0:00:00:00:00:01', eddystoneTlm, at);
    windows.addSighting(
      { type: 'altbeacon', tagId: 'altbeacon:x', beaconId: '2f234454cf6d4a0fadf2f4911ba9ffa600010002', referenceRssi: -59, companyId: 0x0118, mfgReserved: 9 },
      'c0:00:00:00:00:02',
      20,
      at,
    );
    const [batch] = buildBatches('main-0-gw-001', windows.close(at), at, new SeqCounter(0, at));
    const validation = validateBleBatch(JSON.parse(JSON.stringify(batch)));
    expect(validation.ok ? [] : validation.issues.listed).toEqual([]);
    expect(batch.sightings).toHaveLength(3);
  });
});
