import { startServer, type RunningServer } from '../support/server-process.js';
import { TEST_MYSQL_URL } from '../support/test-env.js';

// The compiled server as `npm start` runs it: embedded SQLite, demo mode.
describe('the production server process [sqlite]', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'log' } });
  });
  afterAll(async () => {
    if (server) await server.stop();
  });

  it('reports healthy with the embedded database', async () => {
    const health = await (await fetch(`${server.baseUrl}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: { status: 'up', kind: 'sqlite' } });
  });

  it('serves the built client on the same port, with deep links falling back to the app', async () => {
    const root = await fetch(`${server.baseUrl}/`);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('<ww-root');
    const deep = await fetch(`${server.baseUrl}/map?floor=main-1`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<ww-root');
  });

  it('answers unknown API paths with a JSON 404, not the app', async () => {
    const response = await fetch(`${server.baseUrl}/api/no-such-thing`);
    expect([401, 404]).toContain(response.status);
    expect(response.headers.get('content-type')).toContain('application/json');
  });

  it('logs structured JSON lines', () => {
    const lines = server.output().split('\n').filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('shuts down cleanly on SIGTERM: hooks run, exit code 0', async () => {
    const stopping = server;
    server = undefined as unknown as RunningServer;
    expect(await stopping.stop()).toBe(0);
    expect(stopping.output()).toContain('Shutdown complete');
  });
});

(TEST_MYSQL_URL ? describe : describe.skip)('the production server process [mysql]', () => {
  it('migrates a fresh MySQL database and reports healthy', async () => {
    const server = await startServer({ mysqlUrl: TEST_MYSQL_URL });
    try {
      const health = await (await fetch(`${server.baseUrl}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', database: { status: 'up', kind: 'mysql' } });
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
