import { checkBleBatch } from '../../ingest/ble/check-ble-batch.js';
import { validateBleBatch } from '../../ingest/ble-ingest.schema.js';
import type { GatewayBatch, SummarySighting } from '../../simulator/index.js';
import { loadStMarysFloors } from '../../simulator/testing/st-marys.js';
import { FAILING_ASSET, demoFleetTags } from './demo-fleet-tags.js';
import { DemoGatewayFeed } from './demo-gateway-feed.js';

const floors = loadStMarysFloors();
const tags = demoFleetTags(floors);
/** A wall-clock start, as the demo has. */
const START = Date.UTC(2026, 2, 9, 9, 30, 0, 123);
const SECOND = 1000;

function feed(startTs: number, failure?: { tagId: string; atTs: number }): DemoGatewayFeed {
  return new DemoGatewayFeed({ floors, tags, startTs, seqBase: startTs, failure });
}

/** The feed stepped once a second, as the service does, for `seconds`. */
function run(source: DemoGatewayFeed, seconds: number): GatewayBatch[] {
  const batches: GatewayBatch[] = [];
  for (let s = 1; s <= seconds; s++) batches.push(...source.batchesUntil(source.simulation.startTs + s * SECOND + 17));
  return batches;
}

const heardTagIds = (batches: readonly GatewayBatch[]) =>
  new Set(batches.flatMap((batch) => batch.sightings.map((s) => `${(s as SummarySighting).beacon.major}:${(s as SummarySighting).beacon.minor}`)));

describe('DemoGatewayFeed', () => {
  const RUN_SECONDS = 8;
  let healthy: GatewayBatch[];
  beforeAll(() => (healthy = run(feed(START), RUN_SECONDS)));

  it('sends summary batches the ingest accepts, from every part of the hospital', () => {
    expect(healthy.length).toBeGreaterThan(1000);
    for (const batch of healthy) {
      const validation = validateBleBatch(batch);
      if (!validation.ok) throw new Error(JSON.stringify(validation.issues.listed));
      expect(checkBleBatch(validation.batch, Date.parse(batch.sentAt)).ok).toBe(true);
    }
    expect(heardTagIds(healthy).size).toBe(tags.length);
  });

  it('numbers batches from the start time in ms up, so a restart continues above the last run', () => {
    const restartAt = START + RUN_SECONDS * SECOND + 2_500;
    const second = run(feed(restartAt), 3);
    const seqsOf = (batches: GatewayBatch[]) => {
      const byGateway = new Map<string, number[]>();
      for (const batch of batches) byGateway.set(batch.gatewayId, [...(byGateway.get(batch.gatewayId) ?? []), batch.seq]);
      return byGateway;
    };
    const before = seqsOf(healthy);
    for (const seqs of before.values()) {
      expect(seqs[0]).toBeGreaterThan(START);
      expect(seqs.every((seq, i) => i === 0 || seq > seqs[i - 1])).toBe(true);
    }
    for (const [gatewayId, seqs] of seqsOf(second)) expect(seqs[0]).toBeGreaterThan(Math.max(...(before.get(gatewayId) ?? [0])));
  });

  it('stops hearing the failing tag at its failure time and changes nothing else', () => {
    const atTs = START + 4 * SECOND;
    const failing = run(feed(START, { tagId: FAILING_ASSET.tagId, atTs }), RUN_SECONDS);
    const failingKey = `1:${FAILING_ASSET.number}`;
    const windowsHeard = (batches: GatewayBatch[]) =>
      new Set(batches.filter((batch) => batch.sightings.some((s) => `1:${(s as SummarySighting).beacon.minor}` === failingKey)).map((batch) => batch.sentAt));

    expect([...windowsHeard(healthy)].some((sentAt) => Date.parse(sentAt) >= atTs)).toBe(true);
    expect([...windowsHeard(failing)].every((sentAt) => Date.parse(sentAt) < atTs)).toBe(true);
    expect(windowsHeard(failing).size).toBeGreaterThan(0);
    const withoutFailing = (batches: GatewayBatch[]) =>
      batches
        .map((batch) => ({ ...batch, sightings: batch.sightings.filter((s) => s.ts < atTs || `1:${(s as SummarySighting).beacon.minor}` !== failingKey) }))
        .filter((batch) => batch.sightings.length > 0);
    expect(failing).toEqual(withoutFailing(healthy));
  });
});
