import request from 'supertest';
import { createUserAndSignIn, startAppSignedInAsAdmin, type TestSession } from '../../test-support/sign-in.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { stopScheduledAlertJobs } from '../alerts/testing/alerts-test-setup.js';
import { fixtureSvg, floorPlanFixture } from '../floorplan/import/testing/floor-plan-fixture.js';
import { FRIDGE_SENSOR, OTHER_SENSOR, PATIENT_ROOM, placeHygieneDevices } from './testing/hygiene-test-setup.js';

const MINUTE = 60_000;
const ROOM_SENSOR = 'f-0-env-2';
const MED_ROOM = 'f-0-med';

/** Floor f-0 with a room-air sensor in the patient room declaring temperature, humidity and particles (no CO₂). */
function floorWithRoomSensor() {
  const floor = floorPlanFixture('f-0', 0);
  const sensor = {
    type: 'Feature' as const,
    id: ROOM_SENSOR,
    geometry: { type: 'Point' as const, coordinates: [3, 8] },
    properties: { kind: 'device' as const, deviceType: 'environment_sensor' as const, name: 'Room air sensor', roomId: PATIENT_ROOM, measures: ['temperature' as const, 'humidity' as const, 'particles' as const] },
  };
  return { ...floor, features: [...floor.features, sensor] };
}

interface SensorBody {
  id: string;
  room: { id: string; name: string; unit: string | null } | null;
  spaceKind: string;
  measures: Array<{ measure: string; limit: Record<string, unknown> | null }>;
}

/** The sensors list: each placed sensor's limits as the alarms resolve them (a fridge probe keeps 2–8 °C). */
describeEachDatabase('environment sensors with their effective limits', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let nurse: TestSession;
  let viewer: TestSession;

  const sensors = async (query: object = {}) => (await request(app.server).get('/api/hygiene/environment/sensors').query(query).set('Cookie', viewer.cookie).expect(200)).body as SensorBody[];
  const put = (roomId: string, body: object) => request(app.server).put(`/api/hygiene/environment/limits/${roomId}/temperature`).set('Cookie', nurse.cookie).send(body).expect(200);

  beforeAll(async () => {
    stopScheduledAlertJobs(app.testApp.app);
    await placeHygieneDevices(app.server, app.admin);
    await request(app.server).post('/api/admin/floorplans/import').set('Cookie', app.admin.cookie).send({ floor: floorWithRoomSensor(), svg: fixtureSvg() }).expect(200);
    nurse = await createUserAndSignIn(app.server, app.admin, { username: 'icnurse', role: 'infection_control' });
    viewer = await createUserAndSignIn(app.server, app.admin, { username: 'looker', role: 'viewer' });
  });

  it('lists every placed sensor with its room, space kind and the defaults of its declared measures', async () => {
    const listed = await sensors();
    expect(listed.map((sensor) => sensor.id)).toEqual([ROOM_SENSOR, FRIDGE_SENSOR, OTHER_SENSOR].sort());
    const room = listed.find((sensor) => sensor.id === ROOM_SENSOR)!;
    expect(room).toMatchObject({ name: 'Room air sensor', room: { id: PATIENT_ROOM, name: 'Room 1', unit: 'Test ward' }, floorId: 'f-0', spaceKind: 'patient_room' });
    // CO₂ is not declared: absent. Particles are declared but not limited in a patient room: null.
    expect(room.measures.map((entry) => entry.measure)).toEqual(['temperature', 'humidity', 'particles']);
    expect(room.measures[0].limit).toEqual({ min: 21, max: 24, clearMargin: 0.5, startDelayMs: 30 * MINUTE, escalateAfterMs: 60 * MINUTE, source: 'default', guidance: 'ASHRAE 170', setBy: null, setAt: null });
    expect(room.measures[1].limit).toMatchObject({ min: null, max: 60, source: 'default' });
    expect(room.measures[2].limit).toBeNull();
    const fridge = listed.find((sensor) => sensor.id === FRIDGE_SENSOR)!;
    expect(fridge).toMatchObject({ room: { id: MED_ROOM }, spaceKind: 'medication_fridge', measures: [{ measure: 'temperature', limit: { min: 2, max: 8, guidance: 'WHO storage guidelines, CDC vaccine storage toolkit' } }] });
  });

  it('shows a room’s override on its room-air sensor, while a fridge probe in an overridden room keeps 2–8 °C', async () => {
    await put(PATIENT_ROOM, { min: 20, max: 22.5 });
    await put(MED_ROOM, { min: 15, max: 20 });
    const listed = await sensors({ unit: 'Test ward' });
    const room = listed.find((sensor) => sensor.id === ROOM_SENSOR)!;
    expect(room.measures[0].limit).toMatchObject({ min: 20, max: 22.5, clearMargin: 0.5, startDelayMs: 30 * MINUTE, source: 'override', guidance: null, setBy: 'user:icnurse', setAt: expect.any(String) });
    const fridge = listed.find((sensor) => sensor.id === FRIDGE_SENSOR)!;
    expect(fridge.measures).toEqual([{ measure: 'temperature', limit: expect.objectContaining({ min: 2, max: 8, source: 'default', setBy: null }) }]);
  });

  it('refuses an unknown unit naming it', async () => {
    const refused = await request(app.server).get('/api/hygiene/environment/sensors').query({ unit: 'Nowhere' }).set('Cookie', viewer.cookie).expect(400);
    expect(refused.body.issues).toEqual([{ field: 'unit', message: expect.any(String) }]);
  });
});
