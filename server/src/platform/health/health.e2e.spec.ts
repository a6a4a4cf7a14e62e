import request from 'supertest';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { startTestBroker, type TestBroker } from '../../../test-support/test-broker.js';
import { MqttConnection } from '../mqtt/mqtt-connection.service.js';

describeEachDatabase('GET /api/health', (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp(dialect);
  });
  afterAll(async () => testApp?.close());

  it('answers without a token and reports the database, and the broker as disabled when MQTT is not configured', async () => {
    const response = await request(testApp.server).get('/api/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      database: { status: 'up', kind: dialect },
      broker: { status: 'disabled' },
    });
  });
});

describe('GET /api/health with MQTT configured', () => {
  let broker: TestBroker;
  let testApp: TestApp;
  beforeAll(async () => {
    broker = await startTestBroker();
    testApp = await startTestApp('sqlite', { MQTT_URL: broker.url });
    await testApp.app.get(MqttConnection).waitUntilConnected();
  });
  afterAll(async () => {
    await testApp?.close();
    await broker?.close();
  });

  it('reports the broker up once connected', async () => {
    const response = await request(testApp.server).get('/api/health').expect(200);
    expect(response.body.broker).toEqual({ status: 'up' });
  });

  it('reports the broker down, and stays healthy, when the broker goes away', async () => {
    // Only the embedded broker can be stopped from here; against the real one, closing our client shows the same state.
    await testApp.app.get(MqttConnection).client?.endAsync();
    const response = await request(testApp.server).get('/api/health').expect(200);
    expect(response.body.broker).toEqual({ status: 'down' });
  });
});
