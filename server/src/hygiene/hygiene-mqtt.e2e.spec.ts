import { DataSource } from 'typeorm';
import { connectDeviceClient, type DeviceMqttClient } from '../../test-support/device-mqtt-client.js';
import { TEST_ADMIN, signIn } from '../../test-support/sign-in.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { startTestBroker, type TestBroker } from '../../test-support/test-broker.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { until } from '../../test-support/until.js';
import { HygieneMqttListener } from '../ingest/hygiene-mqtt.listener.js';
import { MqttConnection } from '../platform/mqtt/mqtt-connection.service.js';
import { DispenserActivation } from './entities/dispenser-activation.entity.js';
import { EnvironmentReading } from './entities/environment-reading.entity.js';
import { HygieneDeviceBatch } from './entities/hygiene-device-batch.entity.js';
import { DISPENSER, FRIDGE_SENSOR, hygieneBatch, placeHygieneDevices } from './testing/hygiene-test-setup.js';

describeEachDatabase('hygiene ingest over MQTT', (dialect) => {
  let broker: TestBroker;
  let testApp: TestApp;
  let device: DeviceMqttClient;
  const topic = (deviceId = DISPENSER, siteId = 'test-site') => `wardwatch/${siteId}/devices/${deviceId}/hygiene`;
  /** Distinct seqs per run: the real broker may carry other runs' messages. */
  const seqBase = Date.now();

  beforeAll(async () => {
    broker = await startTestBroker();
    testApp = await startTestApp(dialect, { MQTT_URL: broker.url });
    await placeHygieneDevices(testApp.server, await signIn(testApp.server, TEST_ADMIN.username, TEST_ADMIN.password));
    await testApp.app.get(MqttConnection).waitUntilConnected();
    await testApp.app.get(HygieneMqttListener).whenSubscribed();
    device = await connectDeviceClient(broker.url, `test-hygiene-${process.pid}-${dialect}`, 'wardwatch/+/devices/+/hygiene/errors');
  });
  afterAll(async () => {
    await device?.end();
    await testApp?.close();
    await broker?.close();
  });

  const publish = (body: unknown, at = topic()) => device.publish(at, body);
  const count = (entity: new () => object) => testApp.app.get(DataSource).getRepository(entity).count();

  it('stores batches published on the device topics, and a redelivered one once', async () => {
    const dispenses = [{ type: 'dispense', ts: Date.now() - 1000 }, { type: 'dispense', ts: Date.now() - 500, badgeId: 'badge-7' }];
    await publish(hygieneBatch(DISPENSER, seqBase, dispenses));
    await publish(hygieneBatch(DISPENSER, seqBase, dispenses));
    await publish(hygieneBatch(FRIDGE_SENSOR, seqBase, [{ type: 'reading', ts: Date.now() - 1000, measure: 'temperature', value: 5.2 }]), topic(FRIDGE_SENSOR));
    await publish(hygieneBatch(DISPENSER, seqBase + 1, [{ type: 'dispense', ts: Date.now() }]));
    await until(() => count(HygieneDeviceBatch), (value) => value === 3);
    // Let a copy still in flight land: it would make a fourth activation.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await count(DispenserActivation)).toBe(3);
    expect(await count(EnvironmentReading)).toBe(1);
  });

  it('answers an invalid batch on the errors topic with the issues HTTP would answer, and its seq', async () => {
    await publish(hygieneBatch(DISPENSER, seqBase + 10, [{ type: 'refill_level', ts: Date.now(), percent: 'half' }]));
    const answer = await until(() => device.errors.find((e) => e.seq === seqBase + 10), (found) => found !== undefined);
    expect(answer).toMatchObject({ topic: `${topic()}/errors`, statusCode: 400, issues: [{ field: 'events[0].percent', message: 'must be number' }] });
  });

  it('refuses a topic of another site (403 naming topic) and a message that is not JSON (400)', async () => {
    await publish(hygieneBatch(DISPENSER, seqBase + 11, [{ type: 'dispense', ts: Date.now() }]), topic(DISPENSER, 'st-elsewhere'));
    const other = await until(() => device.errors.find((e) => e.seq === seqBase + 11), (found) => found !== undefined);
    expect(other).toMatchObject({ statusCode: 403, issues: [{ field: 'topic', message: `must be ${topic()}` }] });
    await publish('{"deviceId": ');
    await until(() => device.errors.find((e) => e.topic === `${topic()}/errors` && e.statusCode === 400 && e.seq === undefined), (found) => found !== undefined);
  });
});
