import request from 'supertest';
import { DataSource } from 'typeorm';
import { startAppSignedInAsAdmin } from '../../test-support/sign-in.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { DispenserActivation } from './entities/dispenser-activation.entity.js';
import { DispenserLevel } from './entities/dispenser-level.entity.js';
import { EnvironmentReading } from './entities/environment-reading.entity.js';
import { RoomHygieneEvent } from './entities/room-hygiene-event.entity.js';
import { DISPENSER, FRIDGE_SENSOR, GATEWAY, OTHER_SENSOR, PATIENT_ROOM, hygieneBatch, placeHygieneDevices, postHygiene } from './testing/hygiene-test-setup.js';

describeEachDatabase('hygiene ingest over HTTP', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let keys: Record<string, string>;
  beforeAll(async () => {
    keys = await placeHygieneDevices(app.server, app.admin);
  });

  const post = (body: unknown, key: string | null = keys[DISPENSER]) => postHygiene(app.server, body, key);
  const count = (entity: new () => object) => app.testApp.app.get(DataSource).getRepository(entity).count();
  const activations = () => count(DispenserActivation);
  const ts = () => Date.now() - 1000;

  it('stores a dispenser batch (activations, level, a clean and its verification) and answers what it stored', async () => {
    const at = ts();
    const answer = await post(
      hygieneBatch(DISPENSER, 1, [
        { type: 'dispense', ts: at, badgeId: 'badge-rn042' },
        { type: 'dispense', ts: at + 100 },
        { type: 'refill_level', ts: at, percent: 42.5 },
        { type: 'cleaning', ts: at, roomId: PATIENT_ROOM, kind: 'terminal', phase: 'completed', by: 'evs-12' },
        { type: 'verification', ts: at + 200, roomId: PATIENT_ROOM, method: 'atp', passed: true, value: 87 },
      ]),
    ).expect(200);
    expect(answer.body).toEqual({ accepted: 5, duplicate: false });
    const dataSource = app.testApp.app.get(DataSource);
    const stored = await dataSource.getRepository(DispenserActivation).find({ order: { at: 'ASC' } });
    expect(stored.map((row) => [row.deviceId, row.at.getTime(), row.badgeId, row.batchSeq])).toEqual([
      [DISPENSER, at, 'badge-rn042', 1],
      [DISPENSER, at + 100, null, 1],
    ]);
    expect((await dataSource.getRepository(DispenserLevel).find()).map((row) => [row.at.getTime(), row.percent])).toEqual([[at, 42.5]]);
    const roomEvents = await dataSource.getRepository(RoomHygieneEvent).find({ order: { at: 'ASC' } });
    expect(roomEvents.map(({ roomId, type, kind, method, passed, value, performedBy, deviceId, recordedBy }) => ({ roomId, type, kind, method, passed, value, performedBy, deviceId, recordedBy }))).toEqual([
      { roomId: PATIENT_ROOM, type: 'cleaning_completed', kind: 'terminal', method: null, passed: null, value: null, performedBy: 'evs-12', deviceId: DISPENSER, recordedBy: null },
      { roomId: PATIENT_ROOM, type: 'verification', kind: null, method: 'atp', passed: true, value: 87, performedBy: null, deviceId: DISPENSER, recordedBy: null },
    ]);
  });

  it('answers a retry of a stored seq as a duplicate and never counts it twice', async () => {
    const batch = hygieneBatch(DISPENSER, 2, [{ type: 'dispense', ts: ts() }]);
    await post(batch).expect(200);
    const before = await activations();
    expect((await post(batch).expect(200)).body).toEqual({ accepted: 0, duplicate: true });
    expect(await activations()).toBe(before);
  });

  it('stores one of three copies of a batch sent at the same moment (a retry racing the original)', async () => {
    const before = await activations();
    const batch = hygieneBatch(DISPENSER, 5, [{ type: 'dispense', ts: ts() }, { type: 'dispense', ts: ts() }]);
    const answers = await Promise.all([post(batch), post(batch), post(batch)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.map((answer) => answer.body.duplicate).sort()).toEqual([false, true, true]);
    expect(await activations()).toBe(before + 2);
  });

  it('refuses a batch whole (400) naming field and index, storing nothing of it, and takes the corrected batch with the same seq', async () => {
    const before = await activations();
    const dispense = { type: 'dispense', ts: ts() };
    const rooms = await post(hygieneBatch(DISPENSER, 3, [dispense, { type: 'cleaning', ts: ts(), roomId: 'f-0-nowhere', kind: 'daily', phase: 'started' }])).expect(400);
    expect(rooms.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'events[1].roomId is not a room on the floor plans',
      issues: [{ field: 'events[1].roomId', message: 'is not a room on the floor plans' }],
    });
    const schema = await post(hygieneBatch(DISPENSER, 3, [dispense, { type: 'refill_level', ts: ts(), percent: -1 }])).expect(400);
    expect(schema.body.issues).toEqual([{ field: 'events[1].percent', message: 'must be >= 0' }]);
    const rule = await post(hygieneBatch(DISPENSER, 3, [dispense, { type: 'reading', ts: ts(), measure: 'temperature', value: 5 }])).expect(400);
    expect(rule.body.issues).toEqual([{ field: 'events[1].type', message: 'is reported by environment sensors only, not by hand-hygiene dispensers' }]);
    expect(await activations()).toBe(before);
    expect((await post(hygieneBatch(DISPENSER, 3, [dispense])).expect(200)).body).toEqual({ accepted: 1, duplicate: false });
  });

  it('takes from a sensor only the measures it declares', async () => {
    const readings = await count(EnvironmentReading);
    const refused = await post(hygieneBatch(FRIDGE_SENSOR, 1, [{ type: 'reading', ts: ts(), measure: 'humidity', value: 40 }]), keys[FRIDGE_SENSOR]).expect(400);
    expect(refused.body.issues).toEqual([{ field: 'events[0].measure', message: 'is not a measure of this sensor (it declares temperature)' }]);
    await post(hygieneBatch(FRIDGE_SENSOR, 1, [{ type: 'reading', ts: ts(), measure: 'temperature', value: 4.5 }]), keys[FRIDGE_SENSOR]).expect(200);
    expect(await count(EnvironmentReading)).toBe(readings + 1);
  });

  it('refuses no key or an unknown one (401), another device’s batch or a gateway key (403), bad JSON (400), an oversize body (413)', async () => {
    const batch = hygieneBatch(DISPENSER, 10, [{ type: 'dispense', ts: ts() }]);
    await post(batch, null).expect(401);
    await post(batch, `wwd_${'A'.repeat(43)}`).expect(401);
    expect((await post(batch, keys[OTHER_SENSOR]).expect(403)).body.issues).toEqual([{ field: 'deviceId', message: `must be "${OTHER_SENSOR}", the device of this device key` }]);
    expect((await post(batch, keys[GATEWAY]).expect(403)).body.message).toBe(`Device "${GATEWAY}" is not a hand-hygiene dispenser, environment sensor or door counter placed on a floor plan`);
    expect((await post('{"deviceId": ').expect(400)).body.issues).toEqual([{ field: '(body)', message: 'is not valid JSON' }]);
    const huge = hygieneBatch(DISPENSER, 11, [{ type: 'dispense', ts: ts(), badgeId: 'x'.repeat(1024 * 1024) }]);
    expect((await post(huge).expect(413)).body.message).toContain('larger than the ingest limit');
  });

  it('shows the schema in the OpenAPI document, references written out', async () => {
    const document = await request(app.server).get('/api/docs-json').set('Cookie', app.admin.cookie).expect(200);
    const schema = document.body.paths['/api/v1/ingest/hygiene'].post.requestBody.content['application/json'].schema;
    expect(schema).toMatchObject({ required: ['deviceId', 'seq', 'sentAt', 'events'], properties: { events: { maxItems: 1000 } } });
    expect(JSON.stringify(schema)).not.toContain('$ref');
  });

  it('still knows the stored seqs after a restart: a retry is a duplicate', async () => {
    const last = hygieneBatch(DISPENSER, 20, [{ type: 'dispense', ts: ts() }]);
    await post(last).expect(200);
    const before = await activations();
    app.testApp = await app.testApp.restart();
    app.server = app.testApp.server;
    expect((await post(last).expect(200)).body.duplicate).toBe(true);
    expect((await post(hygieneBatch(DISPENSER, 1, [{ type: 'dispense', ts: ts() }])).expect(200)).body.duplicate).toBe(true);
    expect(await activations()).toBe(before);
    expect((await post(hygieneBatch(DISPENSER, 21, [{ type: 'dispense', ts: ts() }])).expect(200)).body.duplicate).toBe(false);
  });
});
