import { connectAsync, type MqttClient } from 'mqtt';
import request from 'supertest';
import { createUserAndSignIn, TEST_ADMIN, signIn, type TestSession } from '../../test-support/sign-in.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { startTestBroker, type TestBroker } from '../../test-support/test-broker.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { AlertScheduler } from '../alerts/alert-scheduler.service.js';
import { AlertSettings } from '../alerts/alert-settings.js';
import { GATEWAY, OTHER_GATEWAY, SENSOR, TEST_SITE, liveBatch, placeTestDevices } from '../ingest/testing/ingest-test-setup.js';
import { MqttConnection } from '../platform/mqtt/mqtt-connection.service.js';
import type { GatewayHeartbeatBody } from './gateway-heartbeat.js';
import { GatewayHeartbeatService } from './gateway-heartbeat.service.js';

function heartbeat(overrides: Partial<GatewayHeartbeatBody> = {}): GatewayHeartbeatBody {
  return {
    gatewayId: GATEWAY,
    sentAt: new Date().toISOString(),
    version: '0.1.0',
    uptimeSeconds: 3_600,
    adapter: { name: 'hci0', state: 'scanning' },
    advertisementsPerSecond: 412.5,
    sightingsPerSecond: 40.2,
    queue: { depth: 3, bytes: 2_048, dropped: 1, rejected: 0 },
    malformed: 2,
    ...overrides,
  };
}

describeEachDatabase('gateway heartbeats and gateway health', (dialect) => {
  let broker: TestBroker;
  let testApp: TestApp;
  let admin: TestSession;
  let keys: Record<string, string>;
  let gateway: MqttClient;

  beforeAll(async () => {
    broker = await startTestBroker();
    testApp = await startTestApp(dialect, { MQTT_URL: broker.url });
    admin = await signIn(testApp.server, TEST_ADMIN.username, TEST_ADMIN.password);
    keys = await placeTestDevices(testApp.server, admin);
    await testApp.app.get(MqttConnection).waitUntilConnected();
    gateway = await connectAsync(broker.url, { clientId: `test-heartbeat-${process.pid}-${dialect}` });
  });
  afterAll(async () => {
    await gateway?.endAsync();
    await testApp?.close();
    await broker?.close();
  });

  const send = (body: unknown, key: string | null = keys[GATEWAY]) => {
    const call = request(testApp.server).post('/api/v1/ingest/gateway-heartbeat').set('Content-Type', 'application/json');
    return (key === null ? call : call.set('Authorization', `Bearer ${key}`)).send(JSON.stringify(body));
  };
  const health = async (session: TestSession = admin) =>
    (await request(testApp.server).get('/api/gateways/health').set('Cookie', session.cookie).expect(200)).body as Array<Record<string, unknown>>;

  it('keeps the latest heartbeat per gateway and shows it in gateway health beside the ingest state', async () => {
    await request(testApp.server).post('/api/v1/ingest/ble').set('Authorization', `Bearer ${keys[GATEWAY]}`).send(liveBatch(7)).expect(200);
    await send(heartbeat({ uptimeSeconds: 10 })).expect(204);
    await send(heartbeat()).expect(204);
    const row = (await health()).find((g) => g['gatewayId'] === GATEWAY);
    expect(row).toMatchObject({
      liveness: 'reporting',
      lastSeq: 7,
      batches: 1,
      rejectedBatches: 0,
      heartbeat: {
        version: '0.1.0',
        uptimeSeconds: 3_600,
        adapterName: 'hci0',
        adapterState: 'scanning',
        advertisementsPerSecond: 412.5,
        sightingsPerSecond: 40.2,
        queueDepth: 3,
        queueBytes: 2_048,
        queueDropped: 1,
        queueRejected: 0,
        malformed: 2,
      },
    });
    // The other placed gateway never reported: listed, offline, no heartbeat.
    expect((await health()).find((g) => g['gatewayId'] === OTHER_GATEWAY)).toMatchObject({ heartbeat: null, lastBatchAt: null, batches: 0 });
  });

  it('refuses a heartbeat naming the field at fault (400), another gateway (403), no key (401), a non-gateway key (403)', async () => {
    const invalid = await send({ ...heartbeat(), queue: { depth: -1, bytes: 0, dropped: 0, rejected: 0 }, extra: 1 }).expect(400);
    expect(invalid.body.issues).toEqual([
      { field: 'extra', message: 'is not allowed' },
      { field: 'queue.depth', message: 'must be >= 0' },
    ]);
    expect(invalid.body.message).toMatch(/^Invalid gateway heartbeat: /);
    expect((await send(heartbeat({ sentAt: 'yesterday' })).expect(400)).body.issues).toEqual([
      { field: 'sentAt', message: 'must be an ISO-8601 date-time with a time zone, e.g. 2025-03-14T09:26:53.589Z' },
    ]);
    const other = await send(heartbeat({ gatewayId: OTHER_GATEWAY })).expect(403);
    expect(other.body.issues).toEqual([{ field: 'gatewayId', message: `must be "${GATEWAY}", the gateway of this device key` }]);
    await send(heartbeat(), null).expect(401);
    await send(heartbeat({ gatewayId: SENSOR }), keys[SENSOR]).expect(403);
    await request(testApp.server).post('/api/v1/ingest/gateway-heartbeat').set('Authorization', `Bearer ${keys[GATEWAY]}`).set('Content-Type', 'application/json').send('{').expect(400);
  });

  it('takes heartbeats over MQTT on the gateway topic, refusing another site', async () => {
    const service = testApp.app.get(GatewayHeartbeatService);
    await gateway.publishAsync(`wardwatch/${TEST_SITE}/gateways/${OTHER_GATEWAY}/heartbeat`, JSON.stringify(heartbeat({ gatewayId: OTHER_GATEWAY, uptimeSeconds: 77 })), { qos: 1 });
    const deadline = Date.now() + 5_000;
    while (service.get(OTHER_GATEWAY) === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(service.get(OTHER_GATEWAY)).toMatchObject({ uptimeSeconds: 77 });
    expect((await health()).find((g) => g['gatewayId'] === OTHER_GATEWAY)).toMatchObject({ heartbeat: { uptimeSeconds: 77 } });
    await expect(service.accept(OTHER_GATEWAY, heartbeat({ gatewayId: OTHER_GATEWAY }), { via: 'mqtt', siteId: 'other-site' })).rejects.toMatchObject({
      status: 403,
      issues: [{ field: 'topic', message: `must be wardwatch/${TEST_SITE}/gateways/${OTHER_GATEWAY}/heartbeat` }],
    });
  });

  it('raises gateway.not_scanning, not gateway.offline, for a gateway that heartbeats without batches', async () => {
    const settings = testApp.app.get(AlertSettings);
    const threshold = settings.gatewayOfflineAfterMs;
    settings.gatewayOfflineAfterMs = 1_000;
    try {
      await new Promise((r) => setTimeout(r, 1_200));
      await send(heartbeat()).expect(204);
      await testApp.app.get(AlertScheduler).runChecks(new Date(), ['gatewayOffline', 'gatewayNotScanning']);
      const alerts = (await request(testApp.server).get('/api/alerts').set('Cookie', admin.cookie).expect(200)).body as Array<{ kind: string; subjectId: string; detail: object }>;
      expect(alerts.filter((a) => a.subjectId === GATEWAY)).toEqual([
        expect.objectContaining({ kind: 'gateway.not_scanning', detail: expect.objectContaining({ adapterState: 'scanning', advertisementsPerSecond: 412.5 }) }),
      ]);
    } finally {
      settings.gatewayOfflineAfterMs = threshold;
    }
  });

  it('lets viewers and biomed read gateway health, not pharmacy', async () => {
    const viewer = await createUserAndSignIn(testApp.server, admin, { username: `viewer-${dialect}`, role: 'viewer' });
    expect((await health(viewer)).length).toBeGreaterThan(0);
    const pharmacy = await createUserAndSignIn(testApp.server, admin, { username: `pharmacy-${dialect}`, role: 'pharmacy' });
    await request(testApp.server).get('/api/gateways/health').set('Cookie', pharmacy.cookie).expect(403);
  });

  it('keeps the latest heartbeats across a restart', async () => {
    testApp = await testApp.restart();
    admin = await signIn(testApp.server, TEST_ADMIN.username, TEST_ADMIN.password);
    expect((await health()).find((g) => g['gatewayId'] === GATEWAY)).toMatchObject({ heartbeat: { adapterState: 'scanning', queueDepth: 3 } });
  });
});
