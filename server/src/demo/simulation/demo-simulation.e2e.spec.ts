import request from 'supertest';
import { DEMO_FLEET } from '../../equipment/demo/demo-fleet.js';
import { IngestStatsService } from '../../ingest/ingest-stats.service.js';
import { signIn, type TestSession } from '../../../test-support/sign-in.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { DemoSimulationService } from './demo-simulation.service.js';

const DEMO_TAG_IDS = new Set(DEMO_FLEET.map((asset) => asset.tagId));

interface TagPosition {
  tagId: string;
  floorId: string;
  roomId: string;
}

interface AssetPage {
  items: Array<{ assetTag: string; position: { floorId: string; roomId: string; fresh: boolean } | null }>;
}

/** Polls `probe` every 250 ms until it returns a value, for at most `timeoutMs`. */
async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`nothing after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('the demo simulation (real time, SQLite)', () => {
  let testApp: TestApp;
  let viewer: TestSession;
  beforeAll(async () => {
    testApp = await startTestApp('sqlite', { WARDWATCH_DEMO: 'true', DEMO_SIMULATION: 'true' });
    viewer = await signIn(testApp.server, 'viewer', 'wardwatch-demo');
  });
  afterAll(async () => testApp?.close());

  const floorTags = async (floorId: string): Promise<TagPosition[]> =>
    (await request(testApp.server).get(`/api/location/floors/${floorId}/tags`).set('Cookie', viewer.cookie).expect(200)).body as TagPosition[];

  it('places the demo fleet on both floors within seconds, through the ingest', async () => {
    const placed = await eventually(async () => {
      const tags = [...(await floorTags('main-0')), ...(await floorTags('main-1'))];
      return tags.filter((tag) => DEMO_TAG_IDS.has(tag.tagId)).length >= 60 ? tags : undefined;
    }, 10_000);
    expect(new Set(placed.map((tag) => tag.floorId))).toEqual(new Set(['main-0', 'main-1']));
    expect(placed.every((tag) => DEMO_TAG_IDS.has(tag.tagId))).toBe(true);

    const gateways = testApp.app.get(IngestStatsService).gatewayStates();
    const accepted = gateways.reduce((sum, gateway) => sum + gateway.batches, 0);
    expect(accepted).toBeGreaterThan(100);
    expect(gateways.reduce((sum, gateway) => sum + gateway.rejectedBatches, 0)).toBe(0);
    // Seqs are counted from the wall clock in ms, so a restarted server continues above them.
    expect(Math.min(...gateways.map((gateway) => gateway.lastSeq ?? 0))).toBeGreaterThan(Date.now() - 60_000);
    expect(testApp.app.get(DemoSimulationService).stats()).toMatchObject({ batches: accepted, rejected: 0 });
  });

  it('shows the assets where their tags are, and the lost monitor nowhere', async () => {
    const page = (await request(testApp.server).get('/api/equipment/assets?limit=200').set('Cookie', viewer.cookie).expect(200)).body as AssetPage;
    const located = page.items.filter((asset) => asset.position?.fresh);
    expect(located.length).toBeGreaterThanOrEqual(60);
    // EQ-0057 is listed as missing: its tag is not simulated.
    expect(page.items.find((asset) => asset.assetTag === 'EQ-0057')?.position).toBeNull();
  });

  it('stops reporting when the application shuts down', async () => {
    const simulation = testApp.app.get(DemoSimulationService);
    const ingest = testApp.app.get(IngestStatsService);
    await testApp.close();
    expect(simulation.running).toBe(false);
    const batches = simulation.stats().batches;
    const states = JSON.stringify(ingest.gatewayStates());
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(simulation.stats().batches).toBe(batches);
    expect(JSON.stringify(ingest.gatewayStates())).toBe(states);
  });
});

describe('demo mode without the simulation (as startTestApp defaults)', () => {
  let testApp: TestApp;
  beforeAll(async () => (testApp = await startTestApp('sqlite', { WARDWATCH_DEMO: 'true' })));
  afterAll(async () => testApp?.close());

  it('sends nothing', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(testApp.app.get(DemoSimulationService).running).toBe(false);
    expect(testApp.app.get(IngestStatsService).gatewayStates()).toEqual([]);
  });
});
