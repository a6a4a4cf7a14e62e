/**
 * Shared set-up of the equipment end-to-end specs: the demo application (St Mary's floors and fleet),
 * the demo users signed in, and tags placed in rooms the way the real pipeline places them: simulated
 * gateway sightings published on the ingest's BleSightingBus, then the location engine flushed.
 */
import type { INestApplication } from '@nestjs/common';
import { iBeaconTagId } from '../../../../libs/beacon/index.js';
import { TEST_ADMIN, signIn, type TestSession } from '../../../test-support/sign-in.js';
import { DEMO_START_BUDGET_MS, startTestApp, type TestApp } from '../../../test-support/test-app.js';
import type { TestDialect } from '../../../test-support/test-databases.js';
import { BleSightingBus } from '../../ingest/ble-sighting.bus.js';
import type { Sighting } from '../../location/engine/engine-types.js';
import { parked, simulateSightings } from '../../location/engine/testing/simulated-radio.js';
import { LocationService } from '../../location/location.service.js';
import { siteModelOfFloorPlans } from '../../location/site/site-model-of-floor-plans.js';
import { DEMO_PASSWORD } from '../../users/initial-users.js';
import { loadStMarysFloors } from '../../simulator/testing/st-marys.js';
import { DEMO_FLEET_MAJOR, DEMO_FLEET_UUID } from '../demo/demo-fleet.js';

export interface DemoSessions {
  admin: TestSession;
  biomed: TestSession;
  infection: TestSession;
  pharmacy: TestSession;
  viewer: TestSession;
}

export interface EquipmentTestApp {
  testApp: TestApp;
  sessions: DemoSessions;
}

/** The demo application for the enclosing describe, with every demo user signed in. Read the fields inside tests. */
export function startDemoApp(dialect: TestDialect): EquipmentTestApp {
  const started = {} as EquipmentTestApp;
  beforeAll(async () => {
    started.testApp = await startTestApp(dialect, { WARDWATCH_DEMO: 'true' });
    const server = started.testApp.server;
    started.sessions = {
      admin: await signIn(server, TEST_ADMIN.username, TEST_ADMIN.password),
      biomed: await signIn(server, 'biomed', DEMO_PASSWORD),
      infection: await signIn(server, 'infection', DEMO_PASSWORD),
      pharmacy: await signIn(server, 'pharmacy', DEMO_PASSWORD),
      viewer: await signIn(server, 'viewer', DEMO_PASSWORD),
    };
    // Seeding the demo on MariaDB takes over a minute when the machine's two cores are shared.
  }, DEMO_START_BUDGET_MS);
  afterAll(async () => started.testApp?.close());
  return started;
}

/** A test tag outside the demo fleet's numbers (1…122). */
export function testTagId(minor: number): string {
  return iBeaconTagId(DEMO_FLEET_UUID, DEMO_FLEET_MAJOR, minor);
}

/**
 * Places each tag in the middle of its St Mary's room: 20 s of sightings by every gateway that would
 * hear it, ending now, published in time order, then the engine advanced and flushed. All placements
 * of a test go in one call: event time only moves forward.
 */
export async function placeTags(app: INestApplication, placements: ReadonlyArray<{ tagId: string; roomId: string }>): Promise<void> {
  const now = Date.now();
  await publishStays(app, placements.map((placement) => ({ ...placement, fromMs: now - 20_000, toMs: now - 100 })));
}

/**
 * Tags parked in the middle of St Mary's rooms over the given event times (a tag in several rooms one
 * after the other moves between them), as gateway sightings published in time order, then the engine
 * advanced and flushed: real room transitions. Event time only moves forward: one call per test.
 */
export async function publishStays(app: INestApplication, stays: ReadonlyArray<{ tagId: string; roomId: string; fromMs: number; toMs: number }>): Promise<void> {
  const plans = loadStMarysFloors();
  const site = siteModelOfFloorPlans(plans);
  const sightings: Sighting[] = stays.flatMap(({ tagId, roomId, fromMs, toMs }, i) => {
    const plan = plans.find((p) => p.rooms.some((room) => room.id === roomId));
    const room = plan?.rooms.find((r) => r.id === roomId);
    if (!plan || !room) throw new Error(`St Mary's has no room ${roomId}`);
    const [x, y] = room.centroid;
    return simulateSightings(site, parked(plan.floor.id, x, y), { tagId, seed: 1000 + i, fromMs, toMs });
  });
  sightings.sort((a, b) => a.ts - b.ts);
  const bus = app.get(BleSightingBus);
  for (const sighting of sightings) bus.publish([sighting], sighting.gatewayId);
  await app.get(LocationService).flush();
}
