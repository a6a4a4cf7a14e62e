import request from 'supertest';
import { createUserAndSignIn, startAppSignedInAsAdmin, type TestSession } from '../../test-support/sign-in.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { stopScheduledAlertJobs } from '../alerts/testing/alerts-test-setup.js';
import { fixtureSvg, floorPlanFixture } from '../floorplan/import/testing/floor-plan-fixture.js';
import { PATIENT_ROOM, hygieneBatch, placeHygieneDevices, postHygiene } from './testing/hygiene-test-setup.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
/** A room-air sensor the fixture floors do not have: added by a floor-plan import while the server runs. */
const ROOM_SENSOR = 'f-0-env-2';
const MED_ROOM = 'f-0-med';

/** Floor f-0 with the room-air sensor in `roomId`. */
function floorWithRoomSensor(roomId: string) {
  const floor = floorPlanFixture('f-0', 0);
  const sensor = {
    type: 'Feature' as const,
    id: ROOM_SENSOR,
    geometry: { type: 'Point' as const, coordinates: roomId === PATIENT_ROOM ? [3, 8] : [9, 8] },
    properties: { kind: 'device' as const, deviceType: 'environment_sensor' as const, name: 'Room air sensor', roomId, measures: ['temperature' as const] },
  };
  return { ...floor, features: [...floor.features, sensor] };
}

/**
 * Per-room limit overrides judged at once by the environment alarms, and a sensor added and moved by
 * floor-plan imports while the server runs. Readings are posted through the ingest with hand-set times
 * (hours ago); the patient room's default is 21–24 °C with a 30 min start delay (docs/hygiene.md).
 */
describeEachDatabase('environment limit overrides and floor-plan changes, without a restart', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let key: string;
  let nurse: TestSession;
  let viewer: TestSession;
  const T0 = Math.floor((Date.now() - 6 * HOUR) / MINUTE) * MINUTE;
  const iso = (ms: number) => new Date(ms).toISOString();
  let seq = 0;

  const importFloor = async (roomId: string) =>
    request(app.server).post('/api/admin/floorplans/import').set('Cookie', app.admin.cookie).send({ floor: floorWithRoomSensor(roomId), svg: fixtureSvg() }).expect(200);
  const temperatures = async (readings: Array<[number, number]>) => {
    const events = readings.map(([at, value]) => ({ type: 'reading', ts: at, measure: 'temperature', value }));
    await postHygiene(app.server, hygieneBatch(ROOM_SENSOR, ++seq, events), key).expect(200);
  };
  const excursions = async () =>
    (await request(app.server).get('/api/hygiene/environment/excursions').query({ from: iso(T0 - HOUR), to: iso(T0 + 6 * HOUR) }).set('Cookie', viewer.cookie).expect(200))
      .body as Array<{ roomId: string; startedAt: string; alarmedAt: string; endedAt: string | null; worstValue: number; limitMax: number | null }>;
  const limitPath = (roomId: string, measure = 'temperature') => `/api/hygiene/environment/limits/${roomId}/${measure}`;
  const put = (session: TestSession, path: string, body: object) => request(app.server).put(path).set('Cookie', session.cookie).send(body);

  beforeAll(async () => {
    stopScheduledAlertJobs(app.testApp.app);
    await placeHygieneDevices(app.server, app.admin);
    nurse = await createUserAndSignIn(app.server, app.admin, { username: 'icnurse', role: 'infection_control' });
    viewer = await createUserAndSignIn(app.server, app.admin, { username: 'looker', role: 'viewer' });
    await importFloor(PATIENT_ROOM);
    key = (await request(app.server).post('/api/admin/device-keys').set('Cookie', app.admin.cookie).send({ deviceId: ROOM_SENSOR }).expect(201)).body.key;
  });

  it('lists every room’s limits with their source, defaults from published guidance', async () => {
    const limits = (await request(app.server).get('/api/hygiene/environment/limits').query({ roomId: PATIENT_ROOM }).set('Cookie', viewer.cookie).expect(200)).body;
    expect(limits.map((l: { measure: string }) => l.measure)).toEqual(['temperature', 'humidity', 'co2']);
    expect(limits[0]).toEqual({
      roomId: PATIENT_ROOM,
      roomName: 'Room 1',
      unit: 'Test ward',
      floorId: 'f-0',
      spaceKind: 'patient_room',
      measure: 'temperature',
      min: 21,
      max: 24,
      clearMargin: 0.5,
      startDelayMs: 30 * MINUTE,
      escalateAfterMs: 60 * MINUTE,
      source: 'default',
      guidance: 'ASHRAE 170',
      setBy: null,
      setAt: null,
    });
    const ward = (await request(app.server).get('/api/hygiene/environment/limits').query({ unit: 'Test ward' }).set('Cookie', viewer.cookie).expect(200)).body;
    expect(ward.find((l: { roomId: string; measure: string }) => l.roomId === MED_ROOM && l.measure === 'temperature')).toMatchObject({ spaceKind: 'general', min: 18, max: 26 });
    const unknown = await request(app.server).get('/api/hygiene/environment/limits').query({ unit: 'Nowhere' }).set('Cookie', viewer.cookie).expect(400);
    expect(unknown.body.issues[0].field).toBe('unit');
  });

  it('refuses a bad override naming the field, and anyone but infection control and admins', async () => {
    await put(viewer, limitPath(PATIENT_ROOM), { max: 23 }).expect(403);
    const minAboveMax = await put(nurse, limitPath(PATIENT_ROOM), { min: 25, max: 20 }).expect(400);
    expect(minAboveMax.body.issues).toEqual([{ field: 'max', message: expect.stringContaining('must exceed min') }]);
    expect((await put(nurse, limitPath(PATIENT_ROOM), {}).expect(400)).body.issues[0].field).toBe('min');
    expect((await put(nurse, limitPath(PATIENT_ROOM), { max: 'warm' }).expect(400)).body.issues[0].field).toBe('max');
    expect((await put(nurse, limitPath(PATIENT_ROOM), { max: 23, startDelayMs: -1 }).expect(400)).body.issues[0].field).toBe('startDelayMs');
    expect((await put(nurse, limitPath(PATIENT_ROOM, 'radon'), { max: 23 }).expect(400)).body.issues[0].field).toBe('measure');
    expect((await put(nurse, limitPath(PATIENT_ROOM, 'particles'), { max: 3520 }).expect(400)).body.issues[0].field).toBe('clearMargin');
    await put(nurse, limitPath('f-0-nowhere'), { max: 23 }).expect(404);
    await request(app.server).delete(limitPath(PATIENT_ROOM)).set('Cookie', nurse.cookie).expect(404);
  });

  it('judges the next reading by a new override: a reading that was fine raises an excursion after the delay, and clears when relaxed again', async () => {
    // 23 °C is inside the default 21–24 °C.
    await temperatures([[T0, 23], [T0 + 5 * MINUTE, 23]]);
    const set = await put(nurse, limitPath(PATIENT_ROOM), { min: 20, max: 22.5, startDelayMs: 10 * MINUTE }).expect(200);
    expect(set.body).toMatchObject({ min: 20, max: 22.5, clearMargin: 0.5, startDelayMs: 10 * MINUTE, escalateAfterMs: 60 * MINUTE, source: 'override', setBy: 'user:icnurse' });

    // Now out of range from +10; 10 min later the alarm is raised, dated from +10.
    await temperatures([[T0 + 10 * MINUTE, 23], [T0 + 15 * MINUTE, 23.1]]);
    expect(await excursions()).toEqual([]);
    await temperatures([[T0 + 20 * MINUTE, 23]]);
    const [raised] = await excursions();
    expect(raised).toMatchObject({ roomId: PATIENT_ROOM, startedAt: iso(T0 + 10 * MINUTE), alarmedAt: iso(T0 + 20 * MINUTE), endedAt: null, worstValue: 23.1, limitMax: 22.5 });

    // Relaxed back to the default: 23 is inside by more than the margin, the excursion ends at the next reading.
    await request(app.server).delete(limitPath(PATIENT_ROOM)).set('Cookie', nurse.cookie).expect(204);
    await temperatures([[T0 + 25 * MINUTE, 23]]);
    expect((await excursions())[0]).toMatchObject({ endedAt: iso(T0 + 25 * MINUTE) });
    const listed = (await request(app.server).get('/api/hygiene/environment/limits').query({ roomId: PATIENT_ROOM }).set('Cookie', viewer.cookie).expect(200)).body;
    expect(listed[0]).toMatchObject({ source: 'default', max: 24 });

    const audit = (await request(app.server).get('/api/admin/audit').query({ limit: 30 }).set('Cookie', app.admin.cookie).expect(200)).body as Array<{ actor: string; action: string; status: number }>;
    expect(audit.filter((e) => e.status < 300 && e.action.includes('/api/hygiene/environment/limits')).map((e) => [e.actor, e.action])).toEqual([
      ['user:icnurse', 'http.DELETE /api/hygiene/environment/limits/:roomId/:measure'],
      ['user:icnurse', 'http.PUT /api/hygiene/environment/limits/:roomId/:measure'],
    ]);
  });

  it('follows a sensor a floor-plan import moves to another room, without a restart', async () => {
    // 25 °C from +40: out of the patient room's 21–24, the 30 min delay running…
    await temperatures([[T0 + 40 * MINUTE, 25]]);
    // …when the sensor is moved to the medication room (general air: 18–26 °C). 25 is fine there.
    await importFloor(MED_ROOM);
    await temperatures([[T0 + 75 * MINUTE, 25], [T0 + 80 * MINUTE, 25]]);
    expect((await excursions()).filter((e) => e.endedAt === null)).toEqual([]);

    // Out of the general range for its 30 min: an excursion in its new room.
    await temperatures([[T0 + 90 * MINUTE, 27], [T0 + 125 * MINUTE, 27.5]]);
    const open = (await excursions()).filter((e) => e.endedAt === null);
    expect(open).toEqual([expect.objectContaining({ roomId: MED_ROOM, startedAt: iso(T0 + 90 * MINUTE), limitMax: 26, worstValue: 27.5 })]);
  });

  it('keeps the overrides across a restart, and judges the open excursion by them', async () => {
    await put(nurse, limitPath(MED_ROOM), { min: 18, max: 28 }).expect(200);
    app.testApp = await app.testApp.restart();
    app.server = app.testApp.server;
    stopScheduledAlertJobs(app.testApp.app);
    const listed = (await request(app.server).get('/api/hygiene/environment/limits').query({ roomId: MED_ROOM }).set('Cookie', viewer.cookie).expect(200)).body;
    expect(listed.find((l: { measure: string }) => l.measure === 'temperature')).toMatchObject({ source: 'override', max: 28, setBy: 'user:icnurse' });
    // 27 is inside 18–28 by more than the margin: the resumed excursion ends.
    await temperatures([[T0 + 130 * MINUTE, 27]]);
    expect((await excursions()).filter((e) => e.endedAt === null)).toEqual([]);
  });
});
