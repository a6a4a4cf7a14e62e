import { connectAsync, type MqttClient } from 'mqtt';
import { TEST_ADMIN, signIn } from '../../test-support/sign-in.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { startTestBroker, type TestBroker } from '../../test-support/test-broker.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { MqttConnection } from '../platform/mqtt/mqtt-connection.service.js';
import { IBEACON_TAG } from './ble/testing/ble-test-vectors.js';
import { BleMqttListener } from './ble-mqtt.listener.js';
import { IngestStatsService } from './ingest-stats.service.js';
import { GATEWAY, OTHER_GATEWAY, TEST_SITE, liveBatch, placeTestDevices, recordBus, type BusRecorder } from './testing/ingest-test-setup.js';

interface ErrorAnswer {
  topic: string;
  statusCode: number;
  error: string;
  message: string;
  issues?: Array<{ field: string; message: string }>;
  seq?: number;
}

describeEachDatabase('BLE ingest over MQTT', (dialect) => {
  let broker: TestBroker;
  let testApp: TestApp;
  let gateway: MqttClient;
  let bus: BusRecorder;
  const errors: ErrorAnswer[] = [];
  const topicOf = (gatewayId: string, siteId = TEST_SITE) => `wardwatch/${siteId}/gateways/${gatewayId}/ble`;

  beforeAll(async () => {
    broker = await startTestBroker();
    testApp = await startTestApp(dialect, { MQTT_URL: broker.url });
    await placeTestDevices(testApp.server, await signIn(testApp.server, TEST_ADMIN.username, TEST_ADMIN.password));
    await testApp.app.get(MqttConnection).waitUntilConnected();
    await testApp.app.get(BleMqttListener).whenSubscribed();
    bus = recordBus(testApp.app);
    // A gateway engineer's view: publish batches, watch the errors topic.
    gateway = await connectAsync(broker.url, { clientId: `test-gateway-${process.pid}-${dialect}` });
    gateway.on('message', (topic, payload) => errors.push({ topic, ...(JSON.parse(payload.toString()) as Omit<ErrorAnswer, 'topic'>) }));
    await gateway.subscribeAsync(`wardwatch/+/gateways/+/ble/errors`, { qos: 0 });
  });
  afterAll(async () => {
    await gateway?.endAsync();
    await testApp?.close();
    await broker?.close();
  });

  const publish = (topic: string, body: unknown) =>
    gateway.publishAsync(topic, typeof body === 'string' ? body : JSON.stringify(body), { qos: 1 });

  /** The first error answer matching `wanted` (the real broker may carry other test runs' answers too). */
  async function errorAnswer(wanted: (answer: ErrorAnswer) => boolean): Promise<ErrorAnswer> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = errors.find(wanted);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching error answer; got ${JSON.stringify(errors)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('accepts a batch published on the gateway topic and hands its sightings to the bus', async () => {
    const batch = liveBatch(1);
    await publish(topicOf(GATEWAY), batch);
    const delivered = await bus.next();
    expect(delivered).toEqual({
      gatewayId: GATEWAY,
      sightings: [{ tagId: IBEACON_TAG, gatewayId: GATEWAY, ts: batch.sightings[0].ts, rssi: -67, n: 1, txPowerAt1m: -59 }],
    });
  });

  it('forwards a repeated seq once (the retry of a QoS 1 redelivery)', async () => {
    await publish(topicOf(GATEWAY), liveBatch(2));
    await publish(topicOf(GATEWAY), liveBatch(2));
    await publish(topicOf(GATEWAY), liveBatch(3, { sightings: [{ ts: Date.now(), rssi: -50, beacon: { type: 'ibeacon', uuid: 'e2c56db5dffb48d2b060d0f5a71096e0', major: 1, minor: 42, txPower: -59 } }] }));
    expect((await bus.next()).sightings[0].rssi).toBe(-67);
    // Messages of one publisher arrive in order: had seq 2 been forwarded twice, this would be it.
    expect((await bus.next()).sightings[0].rssi).toBe(-50);
    expect(testApp.app.get(IngestStatsService).gatewayStates().find((s) => s.gatewayId === GATEWAY)).toMatchObject({ lastSeq: 3, duplicateBatches: 1 });
  });

  it('answers a message that is not JSON on the errors topic', async () => {
    await publish(topicOf(GATEWAY), '{"gatewayId": "f-0-gw-1", "seq": ');
    const answer = await errorAnswer((a) => a.topic === `${topicOf(GATEWAY)}/errors` && a.statusCode === 400 && a.seq === undefined);
    expect(answer).toMatchObject({
      error: 'Bad Request',
      message: expect.stringMatching(/^The message is not valid JSON \(.+\)$/),
      issues: [{ field: '(body)', message: 'is not valid JSON' }],
    });
  });

  it('answers an invalid batch with the same issues as HTTP, and its seq', async () => {
    await publish(topicOf(GATEWAY), liveBatch(40, { sightings: [{ ts: Date.now(), rssi: -200, adv: '0201' }] }));
    expect(await errorAnswer((a) => a.seq === 40)).toEqual({
      topic: `${topicOf(GATEWAY)}/errors`,
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid BLE batch: sightings[0].rssi must be >= -127',
      issues: [{ field: 'sightings[0].rssi', message: 'must be >= -127' }],
      seq: 40,
    });
  });

  it("refuses a batch naming another gateway than its topic's (403 naming gatewayId)", async () => {
    await publish(topicOf(GATEWAY), liveBatch(41, { gatewayId: OTHER_GATEWAY }));
    expect(await errorAnswer((a) => a.seq === 41)).toMatchObject({
      statusCode: 403,
      issues: [{ field: 'gatewayId', message: `must be "${GATEWAY}", the gateway of this topic` }],
    });
  });

  it('refuses a topic of another site, or of a device that is no placed gateway (403)', async () => {
    await publish(topicOf(GATEWAY, 'st-elsewhere'), liveBatch(42));
    expect(await errorAnswer((a) => a.seq === 42)).toMatchObject({
      topic: `${topicOf(GATEWAY, 'st-elsewhere')}/errors`,
      statusCode: 403,
      issues: [{ field: 'topic', message: `must be ${topicOf(GATEWAY)}` }],
    });
    await publish(topicOf('gw-nowhere'), liveBatch(43, { gatewayId: 'gw-nowhere' }));
    expect(await errorAnswer((a) => a.seq === 43)).toMatchObject({ statusCode: 403, message: 'Device "gw-nowhere" is not a BLE gateway placed on a floor plan' });
  });

  it('subscribes again after the connection to the broker drops (the session is clean)', async () => {
    const connection = testApp.app.get(MqttConnection);
    const reconnected = new Promise((resolve) => connection.client!.once('connect', resolve));
    connection.client!.stream.destroy();
    await reconnected;
    // Publish until one arrives: a message sent before the new subscription is acknowledged is not delivered.
    let seq = 50;
    const before = bus.batches.length;
    while (bus.batches.length === before && seq < 100) {
      await publish(topicOf(GATEWAY), liveBatch(seq++));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(bus.batches.length).toBeGreaterThan(before);
  });

  it('counts the refused messages against the gateway', () => {
    // Not JSON, invalid, other gateway, other site: the unknown device has no state to count in.
    expect(testApp.app.get(IngestStatsService).gatewayStates().find((s) => s.gatewayId === GATEWAY)).toMatchObject({ rejectedBatches: 4 });
    expect(bus.batches.length).toBeGreaterThanOrEqual(4);
  });
});
