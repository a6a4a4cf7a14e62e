import request from 'supertest';
import { DataSource } from 'typeorm';
import { createUserAndSignIn, startAppSignedInAsAdmin } from '../../../test-support/sign-in.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { addFeatures, fixtureSvg, looseFixture, setAt } from '../../floorplan/import/testing/floor-plan-fixture.js';
import { DoorEntryCount } from '../entities/door-entry-count.entity.js';
import { hygieneBatch, postHygiene } from '../testing/hygiene-test-setup.js';

/**
 * The fixture floor (floor-plan-fixture.ts: Room 1 with door d1 at [3, 3], Med room with door d2 at
 * [9, 3], a corridor below, dispenser f-0-hh-1 at the corridor's far end) on a site in Kolkata
 * (UTC+05:30, so local midnight is 18:30Z), with a door counter in Room 1 and in the Med room, a
 * dispenser in each, and a corridor dispenser 2 m from d1 (6.3 m from d2).
 */
const ROOM_1 = 'f-0-room-1';
const MED = 'f-0-med';
const COUNTER_1 = 'f-0-dc-1';
const COUNTER_MED = 'f-0-dc-2';
const IN_ROOM_1 = 'f-0-hh-in';
const CORRIDOR = 'f-0-hh-corr';
const IN_MED = 'f-0-hh-med';
const FAR = 'f-0-hh-1';

const device = (id: string, at: [number, number], deviceType: string, roomId: string) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: at },
  properties: { kind: 'device', deviceType, name: id, roomId },
});

function floorWithCounters(): Record<string, unknown> {
  const doc = looseFixture('f-0', 0);
  setAt(doc, null, 'wardwatch.site.timezone', 'Asia/Kolkata');
  addFeatures(
    doc,
    device(COUNTER_1, [3, 3.5], 'door_counter', ROOM_1),
    device(COUNTER_MED, [9, 3.5], 'door_counter', MED),
    device(IN_ROOM_1, [3.5, 4], 'hand_hygiene_dispenser', ROOM_1),
    device(CORRIDOR, [3, 1], 'hand_hygiene_dispenser', 'f-0-corridor'),
    device(IN_MED, [7, 4], 'hand_hygiene_dispenser', MED),
  );
  return doc;
}

/** D: the UTC date two days ago; local day D in Kolkata runs from (D−1)T18:30Z to DT18:30Z. */
const utcDate = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
const D = utcDate(2);
const D_MINUS_1 = utcDate(3);
const D_PLUS_1 = utcDate(1);
const t = (date: string, time: string) => Date.parse(`${date}T${time}Z`);
const FROM = `${D_MINUS_1}T18:30:00Z`;
const TO = `${D_PLUS_1}T18:30:00Z`;

describeEachDatabase('group-level hand-hygiene compliance (door counters)', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  const keys: Record<string, string> = {};
  const post = (deviceId: string, seq: number, events: object[]) => postHygiene(app.server, hygieneBatch(deviceId, seq, events), keys[deviceId]);
  const dispenses = (...times: number[]) => times.map((ts) => ({ type: 'dispense', ts }));
  const get = (query: Record<string, string>, cookie = app.admin.cookie) => request(app.server).get('/api/hygiene/compliance/group-level').query(query).set('Cookie', cookie);

  beforeAll(async () => {
    await request(app.server).post('/api/admin/floorplans/import').set('Cookie', app.admin.cookie).send({ floor: floorWithCounters(), svg: fixtureSvg() }).expect(200);
    for (const deviceId of [COUNTER_1, COUNTER_MED, IN_ROOM_1, CORRIDOR, IN_MED, FAR]) {
      keys[deviceId] = (await request(app.server).post('/api/admin/device-keys').set('Cookie', app.admin.cookie).send({ deviceId }).expect(201)).body.key;
    }
    // Room 1's counter: 5 in local day D (15:30), 2 just after local midnight (00:30 of D+1, still D in UTC), 3 later on D+1; 9 before the range.
    await post(COUNTER_1, 1, [
      { type: 'entries', ts: t(D_MINUS_1, '18:00:00'), count: 9 },
      { type: 'entries', ts: t(D, '10:00:00'), count: 5 },
      { type: 'entries', ts: t(D, '19:00:00'), count: 2 },
      { type: 'entries', ts: t(D_PLUS_1, '12:00:00'), count: 3 },
    ]).expect(200);
    await post(COUNTER_MED, 1, [{ type: 'entries', ts: t(D, '11:00:00'), count: 4 }]).expect(200);
    await post(IN_ROOM_1, 1, dispenses(t(D_MINUS_1, '18:10:00'), t(D, '10:01:00'), t(D, '10:01:10'), t(D, '10:01:20'), t(D, '19:05:00'), t(D_PLUS_1, '12:01:00'), t(D_PLUS_1, '12:01:30'))).expect(200);
    await post(CORRIDOR, 1, dispenses(t(D, '10:02:00'), t(D, '10:02:30'))).expect(200);
    await post(IN_MED, 1, dispenses(t(D, '11:01:00'), t(D, '11:01:30'))).expect(200);
    await post(FAR, 1, dispenses(...[1, 2, 3, 4, 5].map((s) => t(D, `10:03:0${s}`)))).expect(200);
  });

  const figures = (doorEntries: number, activations: number) => ({ doorEntries, estimatedOpportunities: 2 * doorEntries, activations, compliance: activations / (2 * doorEntries) });

  it('per room: 2 opportunities per counted entry, the activations of the dispensers in the room and at its door', async () => {
    const answer = await get({ from: FROM, to: TO, by: 'room' }).expect(200);
    expect(answer.body).toEqual({
      from: new Date(FROM).toISOString(),
      to: new Date(TO).toISOString(),
      unit: null,
      by: 'room',
      timeZone: 'Asia/Kolkata',
      // 14 entries in range; 6 + 2 in or at Room 1, 2 in the Med room; the far dispenser's 5 and everything before `from` left out.
      total: figures(14, 10),
      groups: [
        { key: MED, label: 'Med room', ...figures(4, 2) },
        { key: ROOM_1, label: 'Room 1', ...figures(10, 8) },
      ],
    });
  });

  it('per local day of the site: 19:00Z is already the next day in Kolkata', async () => {
    const answer = await get({ from: FROM, to: TO, by: 'day', unit: 'Test ward' }).expect(200);
    expect(answer.body.groups).toEqual([
      // D: Room 1's 5 and the Med room's 4; 3 + 2 + 2 uses.
      { key: D, label: D, ...figures(9, 7) },
      // D+1: 2 + 3 entries; 1 + 2 uses.
      { key: D_PLUS_1, label: D_PLUS_1, ...figures(5, 3) },
    ]);
    expect(answer.body.unit).toBe('Test ward');
  });

  it('per unit, for any signed-in role', async () => {
    const viewer = await createUserAndSignIn(app.server, app.admin, { username: 'group-level-viewer', role: 'viewer' });
    const answer = await get({ from: FROM, to: TO }, viewer.cookie).expect(200);
    expect(answer.body.by).toBe('unit');
    expect(answer.body.groups).toEqual([{ key: 'Test ward', label: 'Test ward', ...figures(14, 10) }]);
  });

  it('answers 400 naming the field: an unknown unit or dimension, a range over 92 days or reversed, a time without zone', async () => {
    const issues = async (query: Record<string, string>) => (await get(query).expect(400)).body.issues.map((issue: { field: string }) => issue.field);
    expect(await issues({ from: FROM, to: TO, unit: 'Nowhere' })).toEqual(['unit']);
    expect(await issues({ from: FROM, to: TO, by: 'staff' })).toEqual(['by']);
    expect(await issues({ from: '2026-01-01T00:00:00Z', to: '2026-04-03T00:00:01Z' })).toEqual(['to']);
    expect(await issues({ from: TO, to: FROM })).toEqual(['to']);
    expect(await issues({ from: FROM.replace('Z', ''), to: TO })).toEqual(['from']);
    await get({ from: '2026-01-01T00:00:00Z', to: '2026-04-03T00:00:00Z' }).expect(200);
  });

  it('documents both routes in OpenAPI', async () => {
    const paths = (await request(app.server).get('/api/docs-json').set('Cookie', app.admin.cookie).expect(200)).body.paths;
    expect(paths['/api/hygiene/compliance/group-level'].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['by', 'from', 'to', 'unit']);
    expect(paths['/api/hygiene/contacts'].get.responses).toHaveProperty('403');
  });

  it('stores entries with their batch and never counts a retried batch twice', async () => {
    const entries = app.testApp.app.get(DataSource).getRepository(DoorEntryCount);
    const before = await entries.count();
    const batch = [{ type: 'entries', ts: Date.now() - 1000, count: 7 }];
    expect((await post(COUNTER_1, 2, batch).expect(200)).body).toEqual({ accepted: 1, duplicate: false });
    expect((await post(COUNTER_1, 2, batch).expect(200)).body).toEqual({ accepted: 0, duplicate: true });
    expect(await entries.count()).toBe(before + 1);
    expect((await entries.findOneByOrFail({ deviceId: COUNTER_1, batchSeq: 2 })).count).toBe(7);
  });

  it('takes entries from door counters only, and only entries from them (400 naming the event)', async () => {
    const fromDispenser = await post(IN_ROOM_1, 9, [{ type: 'entries', ts: Date.now() - 1000, count: 1 }]).expect(400);
    expect(fromDispenser.body.issues).toEqual([{ field: 'events[0].type', message: 'is reported by door counters only, not by hand-hygiene dispensers' }]);
    const fromCounter = await post(COUNTER_1, 9, [{ type: 'dispense', ts: Date.now() - 1000 }]).expect(400);
    expect(fromCounter.body.issues).toEqual([{ field: 'events[0].type', message: 'is reported by hand-hygiene dispensers only, not by door counters' }]);
  });
});
