import request from 'supertest';
import { connectDeviceClient, type DeviceMqttClient } from '../../test-support/device-mqtt-client.js';
import { TEST_ADMIN, signIn, type TestSession } from '../../test-support/sign-in.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { startTestBroker, type TestBroker } from '../../test-support/test-broker.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { until } from '../../test-support/until.js';
import { CabinetMqttListener } from '../ingest/cabinet-mqtt.listener.js';
import { MqttConnection } from '../platform/mqtt/mqtt-connection.service.js';
import { CABINET, cabinetBatch, createInventoryUsers, setUpInventory, type InventoryFixture } from './testing/inventory-test-setup.js';

describeEachDatabase('cabinet ingest over MQTT', (dialect) => {
  let broker: TestBroker;
  let testApp: TestApp;
  let admin: TestSession;
  let fixture: InventoryFixture;
  let cabinet: DeviceMqttClient;
  const topic = (siteId = 'test-site') => `wardwatch/${siteId}/cabinets/${CABINET}/events`;
  /** Distinct seqs per run: the real broker may carry other runs' messages. */
  const seqBase = Date.now();

  beforeAll(async () => {
    broker = await startTestBroker();
    testApp = await startTestApp(dialect, { MQTT_URL: broker.url });
    admin = await signIn(testApp.server, TEST_ADMIN.username, TEST_ADMIN.password);
    fixture = await setUpInventory(testApp.server, admin, (await createInventoryUsers(testApp.server, admin)).pharmacy);
    await testApp.app.get(MqttConnection).waitUntilConnected();
    await testApp.app.get(CabinetMqttListener).whenSubscribed();
    cabinet = await connectDeviceClient(broker.url, `test-cabinet-${process.pid}-${dialect}`, 'wardwatch/+/cabinets/+/events/errors');
  });
  afterAll(async () => {
    await cabinet?.end();
    await testApp?.close();
    await broker?.close();
  });

  const publish = (body: unknown, at = topic()) => cabinet.publish(at, body);
  const expected = async () => (await request(testApp.server).get(`/api/inventory/bins/${fixture.bins.saline}`).set('Cookie', admin.cookie).expect(200)).body.expected as number;

  it('stores a batch published on the cabinet topic, and a redelivered one once', async () => {
    const restock = [{ type: 'restock', ts: Date.now() - 1000, drawer: 'Drawer 1', bin: 'A2', quantity: 12, lot: { lotNumber: 'NS1', expiry: '2030-01-31' } }];
    await publish(cabinetBatch(seqBase, restock));
    await until(expected, (value) => value === 12);
    await publish(cabinetBatch(seqBase + 1));
    await publish(cabinetBatch(seqBase + 1));
    await publish(cabinetBatch(seqBase + 2, [{ type: 'count', ts: Date.now(), drawer: 'Drawer 1', bin: 'A2', count: 11, method: 'sensor' }]));
    // The count after the (single) withdrawal matches: a second withdrawal would have made it a discrepancy.
    const ledger = await until(
      async () => (await request(testApp.server).get(`/api/inventory/bins/${fixture.bins.saline}/ledger`).set('Cookie', admin.cookie).expect(200)).body as Array<{ kind: string }>,
      (entries) => entries.some((entry) => entry.kind === 'count'),
    );
    expect(ledger.map((entry) => entry.kind)).toEqual(['count', 'withdraw', 'restock']);
    expect((await request(testApp.server).get('/api/inventory/discrepancies').set('Cookie', admin.cookie).expect(200)).body).toEqual([]);
  });

  it('answers an invalid batch on the errors topic with the issues HTTP would answer, and its seq', async () => {
    await publish(cabinetBatch(seqBase + 10, [{ type: 'withdraw', ts: Date.now(), drawer: 'Drawer 1', bin: 'A2', quantity: 'two' }]));
    const answer = await until(() => cabinet.errors.find((e) => e.seq === seqBase + 10), (found) => found !== undefined);
    expect(answer).toMatchObject({ topic: `${topic()}/errors`, statusCode: 400, issues: [{ field: 'events[0].quantity', message: 'must be integer' }] });
  });

  it('refuses a topic of another site (403 naming topic) and a message that is not JSON (400)', async () => {
    await publish(cabinetBatch(seqBase + 11), topic('st-elsewhere'));
    const other = await until(() => cabinet.errors.find((e) => e.seq === seqBase + 11), (found) => found !== undefined);
    expect(other).toMatchObject({ statusCode: 403, issues: [{ field: 'topic', message: `must be ${topic()}` }] });
    await publish('{"cabinetId": ');
    await until(() => cabinet.errors.find((e) => e.topic === `${topic()}/errors` && e.statusCode === 400 && e.seq === undefined), (found) => found !== undefined);
  });
});
