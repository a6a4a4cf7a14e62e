import request from 'supertest';
import { TEST_ADMIN, signIn } from '../../test-support/sign-in.js';
import { DEMO_START_BUDGET_MS, startTestApp, type TestApp } from '../../test-support/test-app.js';

describe('demo mode', () => {
  let demo: TestApp;
  let plain: TestApp;
  beforeAll(async () => {
    demo = await startTestApp('sqlite', { WARDWATCH_DEMO: 'true' });
    plain = await startTestApp('sqlite');
  }, DEMO_START_BUDGET_MS);
  afterAll(async () => {
    await demo?.close();
    await plain?.close();
  });

  it("starts with St Mary's two floors, readable by a demo user", async () => {
    const { cookie } = await signIn(demo.server, 'viewer', 'wardwatch-demo');
    const sites = (await request(demo.server).get('/api/floorplan/sites').set('Cookie', cookie).expect(200)).body;
    expect(sites.map((s: { id: string }) => s.id)).toEqual(['st-marys']);
    expect(sites[0].buildings[0].floors.map((f: { id: string }) => f.id)).toEqual(['main-0', 'main-1']);
  });

  it('leaves a normal installation without floor plans', async () => {
    const { cookie } = await signIn(plain.server, TEST_ADMIN.username, TEST_ADMIN.password);
    expect((await request(plain.server).get('/api/floorplan/sites').set('Cookie', cookie).expect(200)).body).toEqual([]);
  });
});
