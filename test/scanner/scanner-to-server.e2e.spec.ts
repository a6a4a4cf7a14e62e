import { startTestBroker, type TestBroker } from '../../server/test-support/test-broker.js';
import { bluezMockAvailable, startBluezMock, type BluezMock } from '../support/bluez-mock.js';
import { startAgent, type RunningAgent } from '../support/scanner-process.js';
import { startServer, type RunningServer } from '../support/server-process.js';
import { TEST_MYSQL_URL } from '../support/test-env.js';
import { APPLE, iBeaconData, iBeaconTagId } from './beacon-vectors.js';

// End to end: simulated BlueZ -> the compiled agent -> the compiled demo server's HTTP ingest -> the
// location engine -> an asset's position. Needs `npm run build` (server and scanner).

const GATEWAY = 'main-0-gw-001';
const MINOR = 4242;

interface Session {
  cookie: string;
}

async function api<T>(server: RunningServer, session: Session | undefined, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(session ? { cookie: session.cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

async function signIn(server: RunningServer): Promise<Session> {
  const response = await fetch(`${server.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'wardwatch-demo' }),
  });
  if (response.status !== 200 && response.status !== 201) throw new Error(`login answered ${response.status}`);
  return { cookie: (response.headers.get('set-cookie') as string).split(';')[0] };
}

(bluezMockAvailable() ? describe : describe.skip)(`a tag heard by the scanner agent shows on the map [${TEST_MYSQL_URL ? 'mysql' : 'sqlite'}]`, () => {
  let server: RunningServer;
  let bluez: BluezMock;
  let agent: RunningAgent | undefined;
  let mqttAgent: RunningAgent | undefined;
  let broker: TestBroker;
  let admin: Session;

  beforeAll(async () => {
    broker = await startTestBroker();
    [server, bluez] = await Promise.all([startServer({ mysqlUrl: TEST_MYSQL_URL, env: { DEMO_SIMULATION: 'false', MQTT_URL: broker.url } }), startBluezMock()]);
    await bluez.addAdapter('hci0');
    admin = await signIn(server);
  });
  afterAll(async () => {
    await agent?.kill('SIGKILL');
    await mqttAgent?.kill('SIGKILL');
    await bluez?.stop();
    await server?.stop();
    await broker?.close();
  });

  it('moves an asset to the room of the gateway that hears its tag, and shows the gateway healthy', async () => {
    const { key } = await api<{ key: string }>(server, admin, 'POST', '/api/admin/device-keys', { deviceId: GATEWAY });
    const { items } = await api<{ items: Array<{ id: number; position: unknown }> }>(server, admin, 'GET', '/api/equipment/assets?limit=1');
    const asset = items[0];
    await api(server, admin, 'POST', `/api/equipment/assets/${asset.id}/tag`, { tagId: iBeaconTagId(MINOR) });
    expect((await api<{ position: unknown }>(server, admin, 'GET', `/api/equipment/assets/${asset.id}`)).position).toBeNull();

    agent = startAgent({
      busAddress: bluez.address,
      config: { gatewayId: GATEWAY, deviceKey: key, serverUrl: server.baseUrl, windowMs: 500, heartbeatMs: 1_000 },
    });
    await agent.waitForLog((line) => line.msg === 'scanning');
    const tag = await bluez.addDevice('hci0', 'AC:23:3F:00:10:92');

    // A tag right next to the gateway, advertising about 10 times a second.
    const deadline = Date.now() + 60_000;
    let position: { floorId: string; roomId: string } | null = null;
    while (position === null && Date.now() < deadline) {
      for (let i = 0; i < 5; i++) await bluez.advertise(tag, { rssi: -52 - (i % 3), manufacturerData: { [APPLE]: iBeaconData(MINOR) } });
      await new Promise((r) => setTimeout(r, 500));
      position = (await api<{ position: { floorId: string; roomId: string } | null }>(server, admin, 'GET', `/api/equipment/assets/${asset.id}`)).position;
    }
    const gatewayRoom = (await api<Array<{ id: string; roomId: string | null }>>(server, admin, 'GET', '/api/admin/devices')).find((d) => d.id === GATEWAY)?.roomId;
    expect(position).toMatchObject({ floorId: 'main-0', roomId: gatewayRoom });

    const health = await api<Array<{ gatewayId: string; liveness: string; batches: number; heartbeat: { adapterState: string } | null }>>(server, admin, 'GET', '/api/gateways/health');
    expect(health.find((g) => g.gatewayId === GATEWAY)).toMatchObject({ liveness: 'reporting', heartbeat: { adapterState: 'scanning' } });
    expect(health.find((g) => g.gatewayId === GATEWAY)?.batches).toBeGreaterThan(0);
    expect(agent.logs().filter((line) => line.level === 'error')).toEqual([]);
  });

  it('reports over MQTT as well: batches and heartbeats on the gateway topics reach the server', async () => {
    const mqttGateway = 'main-0-gw-002';
    await bluez.addAdapter('hci1');
    mqttAgent = startAgent({
      busAddress: bluez.address,
      config: { gatewayId: mqttGateway, siteId: 'st-marys', mqttUrl: broker.url, adapter: 'hci1', windowMs: 500, heartbeatMs: 1_000 },
    });
    await mqttAgent.waitForLog((line) => line.msg === 'scanning');
    const tag = await bluez.addDevice('hci1', 'AC:23:3F:00:10:93');
    type Health = { gatewayId: string; batches: number; lastSeq: number | null; heartbeat: { adapterName: string } | null };
    const deadline = Date.now() + 30_000;
    let row: Health | undefined;
    while (Date.now() < deadline) {
      await bluez.advertise(tag, { rssi: -60, manufacturerData: { [APPLE]: iBeaconData(MINOR + 1) } });
      await new Promise((r) => setTimeout(r, 300));
      row = (await api<Health[]>(server, admin, 'GET', '/api/gateways/health')).find((g) => g.gatewayId === mqttGateway);
      if (row !== undefined && row.batches > 0 && row.heartbeat !== null) break;
    }
    expect(row).toMatchObject({ heartbeat: { adapterName: 'hci1' } });
    expect(row?.batches).toBeGreaterThan(0);
  });
});
