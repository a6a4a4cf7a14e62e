import request from 'supertest';
import { DataSource } from 'typeorm';
import { DEMO_FLEET } from '../../equipment/demo/demo-fleet.js';
import { DispenserActivation } from '../../hygiene/entities/dispenser-activation.entity.js';
import { EnvironmentReading } from '../../hygiene/entities/environment-reading.entity.js';
import { RoomHygieneEvent } from '../../hygiene/entities/room-hygiene-event.entity.js';
import { DEMO_STAFF } from '../../hygiene/staff/demo/demo-staff.js';
import { LocationService } from '../../location/location.service.js';
import { IngestStatsService } from '../../ingest/ingest-stats.service.js';
import { signIn, type TestSession } from '../../../test-support/sign-in.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { DemoHygieneSimulationService } from './demo-hygiene-simulation.service.js';
import { DemoSimulationService } from './demo-simulation.service.js';

const DEMO_TAG_IDS = new Set(DEMO_FLEET.map((asset) => asset.tagId));
const DEMO_BADGE_IDS = DEMO_STAFF.map((member) => member.badgeTagId);

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
  // Starting the whole demo takes a while on a busy machine.
  beforeAll(async () => {
    testApp = await startTestApp('sqlite', { WARDWATCH_DEMO: 'true', DEMO_SIMULATION: 'true' });
    viewer = await signIn(testApp.server, 'viewer', 'wardwatch-demo');
  }, 90_000);
  afterAll(async () => testApp?.close());

  const floorTags = async (floorId: string): Promise<TagPosition[]> =>
    (await request(testApp.server).get(`/api/location/floors/${floorId}/tags`).set('Cookie', viewer.cookie).expect(200)).body as TagPosition[];

  it('places the demo fleet on both floors within seconds, through the ingest', async () => {
    const placed = await eventually(async () => {
      const tags = [...(await floorTags('main-0')), ...(await floorTags('main-1'))];
      return tags.filter((tag) => DEMO_TAG_IDS.has(tag.tagId)).length >= 60 ? tags : undefined;
    }, 45_000);
    expect(new Set(placed.map((tag) => tag.floorId))).toEqual(new Set(['main-0', 'main-1']));
    // Nothing but the fleet's tags and the staff's badges is on air.
    expect(placed.filter((tag) => !DEMO_TAG_IDS.has(tag.tagId) && !DEMO_BADGE_IDS.includes(tag.tagId))).toEqual([]);

    const gateways = testApp.app.get(IngestStatsService).gatewayStates();
    const accepted = gateways.reduce((sum, gateway) => sum + gateway.batches, 0);
    expect(accepted).toBeGreaterThan(100);
    expect(gateways.reduce((sum, gateway) => sum + gateway.rejectedBatches, 0)).toBe(0);
    // Seqs are counted from the wall clock in ms, so a restarted server continues above them.
    expect(Math.min(...gateways.map((gateway) => gateway.lastSeq ?? 0))).toBeGreaterThan(Date.now() - 60_000);
    expect(testApp.app.get(DemoSimulationService).stats()).toMatchObject({ batches: accepted, rejected: 0 });
  }, 60_000);

  it('shows the assets where their tags are, and the lost monitor nowhere', async () => {
    const page = (await request(testApp.server).get('/api/equipment/assets?limit=200').set('Cookie', viewer.cookie).expect(200)).body as AssetPage;
    const located = page.items.filter((asset) => asset.position?.fresh);
    expect(located.length).toBeGreaterThanOrEqual(60);
    // EQ-0057 is listed as missing: its tag is not simulated.
    expect(page.items.find((asset) => asset.assetTag === 'EQ-0057')?.position).toBeNull();
  });

  it('hears the staff badges on their units, and records their room stays', async () => {
    const location = testApp.app.get(LocationService);
    const placed = await eventually(async () => {
      const heard = new Map(location.heardTags().map((tag) => [tag.tagId, tag]));
      const badges = DEMO_BADGE_IDS.filter((badgeId) => heard.get(badgeId)?.position != null);
      return badges.length >= 30 ? badges : undefined;
    }, 15_000);
    expect(placed.length).toBeGreaterThanOrEqual(30);
    const histories = await location.histories(DEMO_BADGE_IDS, Date.now() - 3_600_000, Date.now());
    expect(histories.filter((history) => history.transitions.length > 0).length).toBeGreaterThanOrEqual(30);
  });

  it('stores dispenser activations, cleans and environment readings through the hygiene ingest', async () => {
    const dataSource = testApp.app.get(DataSource);
    const counts = async () => ({
      activations: await dataSource.getRepository(DispenserActivation).count(),
      roomEvents: await dataSource.getRepository(RoomHygieneEvent).count(),
      readings: await dataSource.getRepository(EnvironmentReading).count(),
    });
    const stored = await eventually(async () => {
      const now = await counts();
      return now.activations > 0 && now.readings >= 30 ? now : undefined;
    }, 90_000);
    // The first start of an installation gives the rooms on the cleaning rounds their cleans of the past hours.
    expect(stored.roomEvents).toBeGreaterThanOrEqual(60);
    const board = (await request(testApp.server).get('/api/hygiene/rooms/cleaning').set('Cookie', viewer.cookie).expect(200)).body as Array<{ state: string }>;
    expect(board.filter((entry) => entry.state === 'clean').length).toBeGreaterThan(board.length / 2);
    expect(testApp.app.get(DemoHygieneSimulationService).counts.rejected).toBe(0);
  }, 100_000);

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
