import request from 'supertest';
import { createUserAndSignIn, signIn, TEST_ADMIN, type TestSession } from '../../../test-support/sign-in.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { FloorplanQueryService } from '../../floorplan/floorplan-query.service.js';
import { BleSightingBus } from '../../ingest/ble-sighting.bus.js';
import type { SiteGateway, SiteModel } from '../engine/site-model.js';
import { parked, simulateSightings } from '../engine/testing/simulated-radio.js';
import { LocationService } from '../location.service.js';
import { SiteModelBuilder } from '../site/site-model-builder.js';

const MINUTE = 60_000;
const FLOOR = 'main-1';
/**
 * How much hotter than the truth the neighbour's gateway reads, and colder the home room's. Large on
 * purpose: with ±12 dB the engine still placed the tag at home (the other gateways' pattern and the
 * profiled tag-power bias outvote two gateways), so the test needs a miscalibration it cannot shrug off.
 */
const MISCALIBRATION_DB = 18;

interface RoomWithGateway {
  roomId: string;
  x: number;
  y: number;
  gateway: SiteGateway;
}

describeEachDatabase('gateway RSSI calibration', (dialect) => {
  let testApp: TestApp;
  let site: SiteModel;
  let biomed: TestSession;
  let viewer: TestSession;
  /** A patient room, and the neighbouring patient room whose gateway reads hot. */
  let home: RoomWithGateway;
  let neighbour: RoomWithGateway;
  let clock = Date.now() - 60 * MINUTE;

  const location = () => testApp.app.get(LocationService);
  const put = (gatewayId: string, body: unknown, session = biomed) =>
    request(testApp.server).put(`/api/location/gateway-calibrations/${gatewayId}`).set('Cookie', session.cookie).send(body as object);

  /** A tag parked at the centre of `home` for a minute, as the gateways hear it: the neighbour's reads hot, home's cold. */
  const parkAtHome = async (tagId: string) => {
    const fromMs = clock;
    clock += 2 * MINUTE;
    const sightings = simulateSightings(site, parked(FLOOR, home.x, home.y), {
      tagId,
      seed: 7,
      fromMs,
      toMs: fromMs + MINUTE,
      gatewayBiasDb: { [neighbour.gateway.id]: MISCALIBRATION_DB, [home.gateway.id]: -MISCALIBRATION_DB },
    });
    const bus = testApp.app.get(BleSightingBus);
    for (let i = 0; i < sightings.length; i += 50) bus.publish(sightings.slice(i, i + 50), 'test');
    await location().flush();
    return location().positionOf(tagId)?.roomId;
  };

  beforeAll(async () => {
    testApp = await startTestApp(dialect, { WARDWATCH_DEMO: 'true' });
    await location().reloadSite();
    site = (await testApp.app.get(SiteModelBuilder).build()).model;
    const detail = await testApp.app.get(FloorplanQueryService).floorDetail(FLOOR);
    const rooms: RoomWithGateway[] = detail.rooms.flatMap((room) => {
      const gateway = site.gateways.find((candidate) => candidate.roomId === room.id);
      return room.type === 'patient_room' && gateway ? [{ roomId: room.id, x: room.centroid[0], y: room.centroid[1], gateway }] : [];
    });
    // The two patient rooms whose gateways are closest: the hot one then out-shouts the home one.
    let best = Infinity;
    for (const a of rooms) {
      for (const b of rooms) {
        const distance = Math.hypot(a.gateway.x - b.gateway.x, a.gateway.y - b.gateway.y);
        if (a !== b && distance < best) [best, home, neighbour] = [distance, a, b];
      }
    }
    const admin = await signIn(testApp.server, TEST_ADMIN.username, TEST_ADMIN.password);
    biomed = await createUserAndSignIn(testApp.server, admin, { username: 'cal-biomed', role: 'biomed' });
    viewer = await createUserAndSignIn(testApp.server, admin, { username: 'cal-viewer', role: 'viewer' });
  }, 120_000);
  afterAll(async () => testApp?.close());

  it('places a tag in the wrong room while two gateways are miscalibrated, and in its own once they are calibrated', async () => {
    expect(await parkAtHome('pump-before')).toBe(neighbour.roomId);

    const answer = await put(neighbour.gateway.id, { rssiOffsetDb: -MISCALIBRATION_DB, note: ' Reference tag at 1 m, 60 s median ' }).expect(200);
    expect(answer.body).toEqual({
      gatewayId: neighbour.gateway.id,
      rssiOffsetDb: -MISCALIBRATION_DB,
      note: 'Reference tag at 1 m, 60 s median',
      updatedAt: expect.any(String),
      updatedBy: 'cal-biomed',
    });
    await put(home.gateway.id, { rssiOffsetDb: MISCALIBRATION_DB }).expect(200);
    // The engine runs on the new values as soon as the answers are out.
    const offsets = (await testApp.app.get(SiteModelBuilder).build()).model.gateways.filter((g) => g.rssiOffsetDb !== 0);
    expect(offsets.map((g) => [g.id, g.rssiOffsetDb]).sort()).toEqual(
      [
        [home.gateway.id, MISCALIBRATION_DB],
        [neighbour.gateway.id, -MISCALIBRATION_DB],
      ].sort(),
    );
    expect(await parkAtHome('pump-after')).toBe(home.roomId);

    const list = await request(testApp.server).get('/api/location/gateway-calibrations').set('Cookie', biomed.cookie).expect(200);
    expect(list.body.map((row: { gatewayId: string }) => row.gatewayId)).toEqual([home.gateway.id, neighbour.gateway.id].sort());
  });

  it('refuses bad values naming the field, unknown gateways and devices that are not gateways', async () => {
    const cases: Array<[object, string]> = [
      [{}, 'rssiOffsetDb'],
      [{ rssiOffsetDb: 'hot' }, 'rssiOffsetDb'],
      [{ rssiOffsetDb: 21 }, 'rssiOffsetDb'],
      [{ rssiOffsetDb: 1.234 }, 'rssiOffsetDb'],
      [{ rssiOffsetDb: -3, note: 'x'.repeat(501) }, 'note'],
    ];
    for (const [body, field] of cases) {
      const answer = await put(home.gateway.id, body).expect(400);
      expect([...new Set(answer.body.issues.map((issue: { field: string }) => issue.field))]).toEqual([field]);
    }
    await put('no-such-gateway', { rssiOffsetDb: 1 }).expect(404);
    const dispenser = (await testApp.app.get(FloorplanQueryService).floorDetail(FLOOR)).devices.find((device) => device.deviceType === 'hand_hygiene_dispenser');
    await put(dispenser!.id, { rssiOffsetDb: 1 }).expect(404);
  });

  it('lets only admin and biomed read or change calibrations', async () => {
    await put(home.gateway.id, { rssiOffsetDb: 1 }, viewer).expect(403);
    await request(testApp.server).get('/api/location/gateway-calibrations').set('Cookie', viewer.cookie).expect(403);
    await request(testApp.server).get('/api/location/gateway-calibrations').expect(401);
  });

  it('removes a calibration, and says when there is none', async () => {
    for (const gateway of [home.gateway, neighbour.gateway]) {
      await request(testApp.server).delete(`/api/location/gateway-calibrations/${gateway.id}`).set('Cookie', biomed.cookie).expect(204);
      await request(testApp.server).delete(`/api/location/gateway-calibrations/${gateway.id}`).set('Cookie', biomed.cookie).expect(404);
    }
    expect((await testApp.app.get(SiteModelBuilder).build()).model.gateways.every((g) => g.rssiOffsetDb === 0)).toBe(true);
    expect(await parkAtHome('pump-uncalibrated-again')).toBe(neighbour.roomId);
  });
});
