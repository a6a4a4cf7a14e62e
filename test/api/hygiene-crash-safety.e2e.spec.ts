import { signInApi } from '../support/api-session.js';
import { createServerStorage, openStorageDatabase, startServer, type RunningServer, type ServerStorage } from '../support/server-process.js';
import { TEST_MYSQL_URL } from '../support/test-env.js';

/**
 * Issue 5: "a restart during ingest loses no accepted event". Devices keep sending while the server
 * process is killed with SIGKILL (no shutdown hooks: a power cut, the OOM killer), then started again on the
 * same database. A device retries a batch until it gets a 2xx, as the scanner agent and the documented device
 * protocol do. Afterwards every event is stored exactly once: none of the batches answered before the kill
 * is lost, and none retried after it is counted twice. Environment aggregates agree with the raw readings.
 */
const DISPENSERS = ['main-0-hh-001', 'main-0-hh-002', 'main-0-hh-003'];
const SENSOR = 'main-0-env-001'; // declares temperature and humidity
const BATCHES_PER_DEVICE = 40;
const EVENTS_PER_BATCH = 25;
const KILL_AFTER_ACKNOWLEDGED = 30;

interface StoredCounts {
  activations: number;
  distinctActivations: number;
  readings: number;
  aggregateCountsByResolution: Record<string, number>;
  batchesByDevice: Record<string, number>;
}

const databases: Array<['sqlite' | 'mysql', string | undefined]> = [['sqlite', undefined]];
if (TEST_MYSQL_URL) databases.push(['mysql', TEST_MYSQL_URL]);

describe.each(databases)('hygiene ingest across a server crash [%s]', (_dialect, mysqlUrl) => {
  let storage: ServerStorage;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    storage = await createServerStorage(mysqlUrl);
  });
  afterAll(async () => {
    await server?.stop();
    await storage?.dispose();
  });

  it('stores every event exactly once when the server is killed mid-stream and restarted', async () => {
    const env = { DEMO_SIMULATION: 'false' };
    server = await startServer({ storage, env });
    const admin = await signInApi(server.baseUrl, 'admin', 'wardwatch-demo');
    const keys = new Map<string, string>();
    for (const deviceId of [...DISPENSERS, SENSOR]) {
      const created = await admin.request('POST', '/api/admin/device-keys', { deviceId, label: 'crash test' });
      expect(created.status).toBe(201);
      keys.set(deviceId, (created.body as { key: string }).key);
    }

    let baseUrl = server.baseUrl;
    let acknowledged = 0;
    let failedAttempts = 0;
    const acknowledgedBeforeKill = new Set<string>();
    let killed = false;
    const t0 = Date.now() - 60 * 60_000;

    const device = async (deviceId: string) => {
      for (let seq = 1; seq <= BATCHES_PER_DEVICE; seq++) {
        const body = JSON.stringify({ deviceId, seq, sentAt: new Date().toISOString(), events: eventsOf(deviceId, seq, t0) });
        for (;;) {
          const answer = await fetch(`${baseUrl}/api/v1/ingest/hygiene`, {
            method: 'POST',
            headers: { authorization: `Bearer ${keys.get(deviceId)}`, 'content-type': 'application/json' },
            body,
          }).catch(() => undefined);
          if (answer?.status === 200) {
            await answer.arrayBuffer();
            acknowledged++;
            if (!killed) acknowledgedBeforeKill.add(`${deviceId}#${seq}`);
            break;
          }
          if (answer) expect([200, 503]).toContain(answer.status);
          failedAttempts++;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    };

    const crashAndRestart = async () => {
      while (acknowledged < KILL_AFTER_ACKNOWLEDGED) await new Promise((resolve) => setTimeout(resolve, 5));
      killed = true;
      await server?.kill();
      server = await startServer({ storage, env });
      baseUrl = server.baseUrl;
    };

    await Promise.all([...[...DISPENSERS, SENSOR].map(device), crashAndRestart()]);
    await server.stop();
    server = undefined;

    const totalEvents = BATCHES_PER_DEVICE * EVENTS_PER_BATCH;
    const stored = await countStored(storage);
    expect(acknowledgedBeforeKill.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);
    expect(failedAttempts).toBeGreaterThan(0); // the kill really interrupted the devices
    expect(stored.activations).toBe(DISPENSERS.length * totalEvents);
    expect(stored.distinctActivations).toBe(stored.activations);
    expect(stored.readings).toBe(totalEvents);
    for (const deviceId of [...DISPENSERS, SENSOR]) expect(stored.batchesByDevice[deviceId]).toBe(BATCHES_PER_DEVICE);
    expect(Object.keys(stored.aggregateCountsByResolution).length).toBe(2);
    for (const count of Object.values(stored.aggregateCountsByResolution)) expect(count).toBe(totalEvents);
  });
});

function eventsOf(deviceId: string, seq: number, t0: number): object[] {
  return Array.from({ length: EVENTS_PER_BATCH }, (_, i) => {
    const ts = t0 + (seq * EVENTS_PER_BATCH + i) * 1000;
    if (deviceId === SENSOR) return { type: 'reading', ts, measure: i % 2 === 0 ? 'temperature' : 'humidity', value: 20 + (i % 7) / 10 };
    return { type: 'dispense', ts, ...(i % 3 === 0 ? { badgeId: `badge-${i}` } : {}) };
  });
}

const COUNT_QUERIES = {
  activations: 'SELECT COUNT(*) AS n FROM hygiene_dispenser_activations',
  distinctActivations: 'SELECT COUNT(*) AS n FROM (SELECT DISTINCT deviceId, at FROM hygiene_dispenser_activations) AS d',
  readings: 'SELECT COUNT(*) AS n FROM hygiene_environment_readings',
  aggregates: 'SELECT resolution AS k, SUM(count) AS n FROM hygiene_environment_aggregates GROUP BY resolution',
  batches: 'SELECT deviceId AS k, COUNT(*) AS n FROM hygiene_device_batches GROUP BY deviceId',
};

/** Counts straight from the database the processes wrote, not through the server. */
async function countStored(storage: ServerStorage): Promise<StoredCounts> {
  const query = await openQuery(storage);
  try {
    const single = async (sql: string) => Number((await query(sql))[0].n);
    const keyed = async (sql: string) => Object.fromEntries((await query(sql)).map((row) => [String(row.k), Number(row.n)]));
    return {
      activations: await single(COUNT_QUERIES.activations),
      distinctActivations: await single(COUNT_QUERIES.distinctActivations),
      readings: await single(COUNT_QUERIES.readings),
      aggregateCountsByResolution: await keyed(COUNT_QUERIES.aggregates),
      batchesByDevice: await keyed(COUNT_QUERIES.batches),
    };
  } finally {
    await query.close();
  }
}

type Row = Record<string, unknown>;
type Query = ((sql: string) => Promise<Row[]>) & { close(): Promise<void> };

async function openQuery(storage: ServerStorage): Promise<Query> {
  const dataSource = await openStorageDatabase(storage);
  return Object.assign((sql: string) => dataSource.query<Row[]>(sql), { close: () => dataSource.destroy() });
}
