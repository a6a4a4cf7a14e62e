import type { Server } from 'node:http';
import request from 'supertest';
import { createUserAndSignIn, startAppSignedInAsAdmin, type TestSession } from '../../test-support/sign-in.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { AlertsService } from '../alerts/alerts.service.js';
import { gatewayOfflineCondition, stopScheduledAlertJobs } from '../alerts/testing/alerts-test-setup.js';
import { BleSightingBus } from '../ingest/ble-sighting.bus.js';
import { placeTestDevices } from '../ingest/testing/ingest-test-setup.js';
import { parked, simulateSightings } from '../location/engine/testing/simulated-radio.js';
import { LocationService } from '../location/location.service.js';
import { SiteModelBuilder } from '../location/site/site-model-builder.js';
import { RealtimeHub } from './realtime-hub.service.js';
import { listenLocally, openEventStream, type EventStream } from './testing/event-stream-client.js';

describeEachDatabase('live events (server-sent events)', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let baseUrl: string;
  let viewer: TestSession;
  const streams: EventStream[] = [];
  const hub = () => app.testApp.app.get(RealtimeHub);

  beforeAll(async () => {
    stopScheduledAlertJobs(app.testApp.app);
    await placeTestDevices(app.server, app.admin);
    await app.testApp.app.get(LocationService).reloadSite();
    viewer = await createUserAndSignIn(app.server, app.admin, { username: 'wendy', role: 'viewer' });
    baseUrl = await listenLocally(app.server as Server);
  });
  afterEach(() => {
    for (const stream of streams.splice(0)) stream.close();
  });

  const open = async (query = '', session: TestSession = viewer): Promise<EventStream> => {
    const stream = await openEventStream(`${baseUrl}/api/events${query}`, { Cookie: session.cookie });
    streams.push(stream);
    return stream;
  };

  it('refuses a stream without a session (401) and names a floor that does not exist (400)', async () => {
    const anonymous = await request(app.server).get('/api/events').expect(401);
    expect(anonymous.body).toMatchObject({ statusCode: 401 });
    const unknownFloor = await request(app.server).get('/api/events?floor=nowhere').set('Cookie', viewer.cookie).expect(400);
    expect(unknownFloor.body.issues).toEqual([{ field: 'floor', message: 'must be the id of a floor' }]);
  });

  it('opens an event stream with a session cookie: retry hint, then ready', async () => {
    const stream = await open();
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers['cache-control']).toBe('no-cache, no-transform');
    expect((await stream.next('ready')).data).toEqual({ floorId: null, heartbeatMs: 15_000 });
    expect(stream.text().startsWith('retry: 5000\n\n')).toBe(true);
    hub().heartbeat();
    await waitFor(() => stream.comments.includes('heartbeat'));
  });

  it('sends an alert event when an alert is raised, acknowledged and cleared', async () => {
    const stream = await open();
    await stream.next('ready');
    const alerts = app.testApp.app.get(AlertsService);
    const { alert } = await alerts.raise(gatewayOfflineCondition('gw-live'));
    expect((await stream.next('alert')).data).toMatchObject({ action: 'raised', alert: { id: alert.id, kind: 'gateway.offline', state: 'unacknowledged' } });
    await request(app.server).post(`/api/alerts/${alert.id}/acknowledge`).set('Cookie', app.admin.cookie).send({}).expect(200);
    expect((await stream.next('alert')).data).toMatchObject({ action: 'acknowledged', alert: { id: alert.id, acknowledgedBy: 'admin' } });
    await alerts.clear(alert.conditionKey);
    expect((await stream.next('alert')).data).toMatchObject({ action: 'cleared', alert: { id: alert.id, state: 'resolved', resolution: 'auto_cleared' } });
  });

  it('sends the positions the location engine decides, batched, and the room transition', async () => {
    const stream = await open();
    const other = await open('?floor=f-1');
    await stream.next('ready');
    const site = (await app.testApp.app.get(SiteModelBuilder).build()).model;
    const fromMs = Date.now() - 60_000;
    // A tag parked in the middle of Room 1 on f-0, next to its gateway.
    const sightings = simulateSightings(site, parked('f-0', 3, 6.5), { tagId: 'live-pump', seed: 7, fromMs, toMs: fromMs + 30_000 });
    expect(sightings.length).toBeGreaterThan(0);
    const bus = app.testApp.app.get(BleSightingBus);
    for (const sighting of sightings) bus.publish([sighting], sighting.gatewayId);
    await app.testApp.app.get(LocationService).flush();

    const position = await stream.next('position', 3000);
    expect(position.data).toEqual({
      updates: [
        {
          tagId: 'live-pump',
          floorId: 'f-0',
          roomId: 'f-0-room-1',
          x: expect.any(Number),
          y: expect.any(Number),
          confidence: expect.any(Number),
          ts: expect.any(Number),
        },
      ],
    });
    expect((await stream.next('transition')).data).toMatchObject({ tagId: 'live-pump', fromRoomId: null, toRoomId: 'f-0-room-1', floorId: 'f-0' });
    // The f-1 stream hears nothing of f-0.
    await new Promise((wait) => setTimeout(wait, 400));
    expect(other.events.map((e) => e.event)).toEqual(['ready']);
  });

  it('filters by floor, and tells a floor’s stream when a tag leaves it', async () => {
    const groundFloor = await open('?floor=f-0');
    await groundFloor.next('ready');
    const position = { tagId: 'stair-walker', roomId: 'f-0-corridor', x: 1, y: 1, confidence: 0.9, ts: Date.now() };
    hub().publishPosition({ ...position, floorId: 'f-0' });
    hub().flush(Date.now());
    expect((await groundFloor.next('position')).data).toEqual({ updates: [{ ...position, floorId: 'f-0' }] });
    hub().publishPosition({ ...position, floorId: 'f-1', roomId: 'f-1-corridor', ts: position.ts + 5_000 });
    hub().publishPosition({ ...position, tagId: 'upstairs-only', floorId: 'f-1', roomId: 'f-1-corridor' });
    hub().flush(Date.now() + 2_000);
    // It left f-0: the f-0 stream hears where it went, and nothing of a tag that was never on f-0.
    expect((await groundFloor.next('position')).data).toEqual({ updates: [expect.objectContaining({ tagId: 'stair-walker', floorId: 'f-1' })] });
  });

  it('ends the stream of a session that was signed out, at the next session check', async () => {
    const session = await createUserAndSignIn(app.server, app.admin, { username: 'shortlived', role: 'biomed' });
    const doomed = await open('', session);
    const survivor = await open();
    await doomed.next('ready');
    await survivor.next('ready');
    await request(app.server).post('/api/auth/logout').set('Cookie', session.cookie).expect(204);
    expect(await hub().recheckSessions()).toBe(1);
    expect((await doomed.next('session-ended')).data).toEqual({ reason: 'Your session ended; sign in again.' });
    await doomed.ended;
    await app.testApp.app.get(AlertsService).raise(gatewayOfflineCondition('gw-after-logout'));
    expect((await survivor.next('alert')).data).toMatchObject({ action: 'raised' });
    expect(doomed.events.map((e) => e.event)).toEqual(['ready', 'session-ended']);
  });

  it('forgets a client that disconnects', async () => {
    // The streams of earlier tests were closed by the client side; the server notices soon after.
    await waitFor(() => hub().streams === 0);
    const stream = await open();
    await stream.next('ready');
    expect(hub().streams).toBe(1);
    stream.close();
    await waitFor(() => hub().streams === 0);
  });

  it('ends open streams when the application shuts down, so shutdown does not wait for them', async () => {
    const stream = await open();
    await stream.next('ready');
    hub().onModuleDestroy();
    await stream.ended;
    expect(hub().streams).toBe(0);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((wait) => setTimeout(wait, 10));
  }
}
