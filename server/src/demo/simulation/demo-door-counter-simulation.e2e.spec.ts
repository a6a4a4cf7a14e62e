import request from 'supertest';
import { signIn } from '../../../test-support/sign-in.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { DemoDoorCounterSimulation } from './demo-door-counter-simulation.service.js';

describe('the demo door counters (SQLite, stepped by hand)', () => {
  let testApp: TestApp;
  beforeAll(async () => (testApp = await startTestApp('sqlite', { WARDWATCH_DEMO: 'true' })));
  afterAll(async () => testApp?.close());

  it("send the ED bays' entries through the real ingest, where group-level compliance counts them", async () => {
    const simulation = testApp.app.get(DemoDoorCounterSimulation);
    expect(simulation.running).toBe(false);
    const start = Date.now() - 40 * 60_000;
    await simulation.step(start);
    await simulation.step(Date.now());
    expect(simulation.counts.rejected).toBe(0);
    // 17 doors at 4 an hour for about 40 minutes: some doors busy, some quiet.
    expect(simulation.counts.batches).toBeGreaterThan(5);
    const viewer = await signIn(testApp.server, 'viewer', 'wardwatch-demo');
    const answer = await request(testApp.server)
      .get('/api/hygiene/compliance/group-level')
      .query({ from: new Date(start - 60_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString(), unit: 'Emergency department', by: 'room' })
      .set('Cookie', viewer.cookie)
      .expect(200);
    expect(answer.body.groups).toHaveLength(17);
    expect(answer.body.total.doorEntries).toBeGreaterThan(5);
  });
});
