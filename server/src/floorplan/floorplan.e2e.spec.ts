import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { createUserAndSignIn, startAppSignedInAsAdmin, type TestSession } from '../../test-support/sign-in.js';
import { DEMO_FLOORPLANS_DIR } from './import/floorplan-import.service.js';
import { fixtureSvg, looseFixture, setAt } from './import/testing/floor-plan-fixture.js';

describeEachDatabase('floor plan API', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let viewer: TestSession;

  beforeAll(async () => {
    viewer = await createUserAndSignIn(app.server, app.admin, { username: 'vera', role: 'viewer' });
    // The demo ground floor through the API: it must fit the JSON body limit.
    await importFloor({
      floor: JSON.parse(readFileSync(join(DEMO_FLOORPLANS_DIR, 'main-0.geojson'), 'utf8')),
      svg: readFileSync(join(DEMO_FLOORPLANS_DIR, 'main-0.svg'), 'utf8'),
    }).expect(200);
  });

  const get = (url: string, session?: TestSession) => {
    const call = request(app.server).get(url);
    return session ? call.set('Cookie', session.cookie) : call;
  };
  const importFloor = (body: object, session?: TestSession) =>
    request(app.server).post('/api/admin/floorplans/import').set('Cookie', (session ?? app.admin).cookie).send(body);

  it.each([
    ['GET', '/api/floorplan/sites'],
    ['GET', '/api/floorplan/floors/main-0'],
    ['GET', '/api/floorplan/floors/main-0/plan.svg'],
    ['GET', '/api/admin/devices'],
    ['POST', '/api/admin/floorplans/import'],
  ])('answers 401 to %s %s without credentials', async (method, url) => {
    const call = method === 'GET' ? request(app.server).get(url) : request(app.server).post(url).send({});
    await call.expect(401);
  });

  it.each([
    ['GET', '/api/admin/devices'],
    ['POST', '/api/admin/floorplans/import'],
  ])('answers 403 to %s %s for a viewer', async (method, url) => {
    const call = method === 'GET' ? get(url, viewer) : importFloor({ floor: looseFixture(), svg: fixtureSvg() }, viewer);
    await call.expect(403);
  });

  it('lists sites, buildings and floors to any signed-in person', async () => {
    const response = await get('/api/floorplan/sites', viewer).expect(200);
    expect(response.body).toEqual([
      {
        id: 'st-marys',
        name: "St Mary's General Hospital",
        timezone: 'Europe/London',
        buildings: [{ id: 'main', name: 'Main Building', floors: [{ id: 'main-0', name: 'Ground floor', level: 0, widthM: 108, heightM: 72 }] }],
      },
    ]);
  });

  it('describes a floor with its rooms, doors and devices', async () => {
    const { body } = await get('/api/floorplan/floors/main-0', viewer).expect(200);
    expect(body.floor).toEqual({
      id: 'main-0',
      name: 'Ground floor',
      level: 0,
      widthM: 108,
      heightM: 72,
      buildingId: 'main',
      siteId: 'st-marys',
      pixelsPerMetre: 10,
      origin: { x: 0, y: 0 },
      planUrl: '/api/floorplan/floors/main-0/plan.svg',
    });
    const pharmacy = body.rooms.find((room: { id: string }) => room.id === 'main-0-pharmacy');
    expect(pharmacy).toEqual({
      id: 'main-0-pharmacy',
      name: 'Pharmacy',
      type: 'pharmacy',
      unit: 'Pharmacy',
      isolation: 'none',
      pressure: 'neutral',
      verticalLink: null,
      polygon: [[78, 21], [88, 21], [88, 35], [78, 35], [78, 21]],
      centroid: [83, 28],
      areaM2: 140,
    });
    expect(body.doors[0]).toEqual({ id: 'main-0-door-001', x: expect.any(Number), y: expect.any(Number), rooms: ['main-0-main-corridor-west', 'main-0-main-corridor-centre'] });
    expect(body.devices.find((d: { id: string }) => d.id === 'main-0-gw-001')).toEqual({
      id: 'main-0-gw-001',
      deviceType: 'ble_gateway',
      name: 'Gateway 1, Main corridor (west)',
      roomId: 'main-0-main-corridor-west',
      x: expect.any(Number),
      y: expect.any(Number),
    });
  });

  it('answers 404 naming an unknown floor', async () => {
    const { body } = await get('/api/floorplan/floors/no-such-floor', viewer).expect(404);
    expect(body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Floor "no-such-floor" does not exist' });
    await get('/api/floorplan/floors/no-such-floor/plan.svg', viewer).expect(404);
  });

  it('serves the drawing as SVG under a policy that forbids script', async () => {
    const response = await get('/api/floorplan/floors/main-0/plan.svg', viewer).buffer(true).parse((res, done) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => done(null, text));
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(response.headers['etag']).toMatch(/^"[0-9a-f]{64}"$/);
    expect(response.body).toBe(readFileSync(join(DEMO_FLOORPLANS_DIR, 'main-0.svg'), 'utf8'));
  });

  it('imports a floor for an admin and reports what changed', async () => {
    const body = { floor: looseFixture('api-0', 0), svg: fixtureSvg() };
    const first = await importFloor(body).expect(200);
    expect(first.body).toEqual({ floorId: 'api-0', created: 14, updated: 0, removed: 0, unchanged: 0 });
    const again = await importFloor(body).expect(200);
    expect(again.body).toEqual({ floorId: 'api-0', created: 0, updated: 0, removed: 0, unchanged: 14 });
  });

  it('answers 400 with every issue for an invalid floor', async () => {
    const floor = looseFixture('api-1', 1);
    setAt(floor, 'api-1-room-1', 'properties.type', 'kitchen');
    setAt(floor, 'api-1-gw-1', 'geometry.coordinates', [30, 3]);
    const { body } = await importFloor({ floor, svg: fixtureSvg() }).expect(400);
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Floor plan is invalid',
      issues: [
        { feature: 'api-1-room-1', field: 'properties.type', message: expect.stringContaining('got "kitchen"') },
        { feature: 'api-1-gw-1', field: 'geometry.coordinates', message: 'position [30, 3] lies outside the floor (x 0–20 m, y 0–10 m)' },
      ],
    });
    await get('/api/floorplan/floors/api-1', viewer).expect(404);
  });

  it('answers 400 naming what is unsafe in a drawing', async () => {
    const svg = fixtureSvg().replace('<rect ', '<rect onload="steal()" ');
    const { body } = await importFloor({ floor: looseFixture('api-2', 2), svg }).expect(400);
    expect(body.issues).toEqual([{ field: 'svg', message: 'event-handler attribute onload on <rect> is not allowed' }]);
  });

  it('answers 400 for a request without the drawing', async () => {
    const { body } = await importFloor({ floor: looseFixture('api-3', 3) }).expect(400);
    expect(body.issues).toContainEqual({ field: 'svg', message: 'svg must be a string' });
  });

  it('answers 409 when an id belongs to another floor', async () => {
    const floor = looseFixture('api-4', 4);
    setAt(floor, 'api-4-hh-1', 'id', 'main-0-gw-001');
    const { body } = await importFloor({ floor, svg: fixtureSvg() }).expect(409);
    expect(body.issues).toEqual([{ feature: 'main-0-gw-001', field: 'id', message: expect.stringContaining('already a device of floor "main-0"') }]);
  });

  it('lists placed devices to admins', async () => {
    const { body } = await get('/api/admin/devices', app.admin).expect(200);
    const fridge = body.find((d: { name: string }) => d.name === 'Med fridge, ED medication room');
    expect(fridge).toMatchObject({ deviceType: 'environment_sensor', floorId: 'main-0', roomId: 'main-0-ed-medication', measures: ['temperature'] });
    expect(Object.keys(fridge).sort()).toEqual(['createdAt', 'deviceType', 'floorId', 'id', 'measures', 'mountHeightM', 'name', 'roomId', 'updatedAt', 'x', 'y']);
  });
});
