import request from 'supertest';
import { DataSource } from 'typeorm';
import { Asset } from '../../equipment/asset.entity.js';
import { RoomTransitionRecord } from '../../location/persistence/room-transition-record.entity.js';
import { createUserAndSignIn, startAppSignedInAsAdmin, type TestSession } from '../../../test-support/sign-in.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { StaffBadgeAssignment } from '../staff/staff-badge-assignment.entity.js';
import { StaffMember } from '../staff/staff-member.entity.js';
import { placeHygieneDevices } from '../testing/hygiene-test-setup.js';

const ROOM = 'f-0-room-1';
const CORRIDOR = 'f-0-corridor';
const tag = (minor: number) => `ibeacon:5a1e0d7c-93b4-4f6e-8c21-d0a9e7b3f415:9:${minor}`;
const ANN = tag(1);
const BOB = tag(2);
const PUMP = tag(3);
const STRANGER = tag(4);
const MIN = 60_000;

describeEachDatabase('contact investigation', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let infection: TestSession;
  // Two hours ago, to the second: every stay below is in the past.
  const base = Math.floor((Date.now() - 120 * MIN) / 1000) * 1000;
  const at = (minutes: number) => new Date(base + minutes * MIN);
  const iso = (minutes: number) => at(minutes).toISOString();
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    await placeHygieneDevices(app.server, app.admin);
    infection = await createUserAndSignIn(app.server, app.admin, { username: 'contacts-ic', role: 'infection_control' });
    const post = (url: string, body: object) => request(app.server).post(url).set('Cookie', app.admin.cookie).send(body);
    for (const [name, role, badge] of [['Ann Nurse', 'nurse', ANN], ['Bob Physician', 'physician', BOB]] as const) {
      const member = (await post('/api/hygiene/staff', { displayName: name, role }).expect(201)).body as { id: number };
      await post(`/api/hygiene/staff/${member.id}/badge`, { tagId: badge }).expect(200);
      ids[name] = member.id;
    }
    ids['pump'] = (await post('/api/equipment/assets', { assetTag: 'T-CONTACT-1', name: 'Pump 1', typeCode: 'infusion_pump', tagId: PUMP }).expect(201)).body.id;
    const database = app.testApp.app.get(DataSource);
    // The badges and the tag as if given out earlier: Ann's and the pump's an hour before base, Bob's at base + 10 min.
    for (const [name, assignedAt] of [['Ann Nurse', at(-60)], ['Bob Physician', at(10)]] as const) {
      await database.getRepository(StaffMember).update({ id: ids[name] }, { badgeAssignedAt: assignedAt });
      await database.getRepository(StaffBadgeAssignment).update({ staffId: ids[name] }, { assignedAt });
    }
    await database.getRepository(Asset).update({ id: ids['pump'] }, { tagPairedAt: at(-60) });
    // Room transitions as the location feature stores them.
    const moves: Array<[string, string, number]> = [
      [ANN, CORRIDOR, -30], [ANN, ROOM, 5], [ANN, CORRIDOR, 20], [ANN, ROOM, 50],
      [BOB, ROOM, 5], [BOB, CORRIDOR, 8], [BOB, ROOM, 15], [BOB, CORRIDOR, 25],
      [PUMP, ROOM, -10], [PUMP, CORRIDOR, 40],
      [STRANGER, ROOM, 12], [STRANGER, CORRIDOR, 13],
    ];
    await database.getRepository(RoomTransitionRecord).insert(moves.map(([tagId, toRoomId, minutes]) => ({ tagId, fromRoomId: null, toRoomId, floorId: 'f-0', enteredAt: at(minutes) })));
  });

  const get = (query: Record<string, string>, session: TestSession = infection) => request(app.server).get('/api/hygiene/contacts').query(query).set('Cookie', session.cookie);

  it('lists the staff and equipment in the room between the two times, each stay with its overlap', async () => {
    const answer = await get({ roomId: ROOM, from: iso(10), to: iso(60) }).expect(200);
    expect(answer.body).toEqual({
      room: { id: ROOM, name: 'Room 1', unit: 'Test ward' },
      from: iso(10),
      to: iso(60),
      // Ann: +5 to +20 (10 min inside the period), back at +50 and still there (10 min to `to`). Bob: +15 to +25;
      // his stay at +5 was before he had the badge. The stranger's tag is no one's.
      staff: [
        { staffId: ids['Ann Nurse'], name: 'Ann Nurse', role: 'nurse', badgeId: ANN, enteredAt: iso(5), leftAt: iso(20), overlapMs: 10 * MIN },
        { staffId: ids['Bob Physician'], name: 'Bob Physician', role: 'physician', badgeId: BOB, enteredAt: iso(15), leftAt: iso(25), overlapMs: 10 * MIN },
        { staffId: ids['Ann Nurse'], name: 'Ann Nurse', role: 'nurse', badgeId: ANN, enteredAt: iso(50), leftAt: null, overlapMs: 10 * MIN },
      ],
      // In the room since −10, left at +40: 30 min inside the period.
      equipment: [{ assetId: ids['pump'], name: 'Pump 1', type: 'infusion_pump', tagId: PUMP, enteredAt: iso(-10), leftAt: iso(40), overlapMs: 30 * MIN }],
    });
  });

  it('still names someone who has left since, with the badge they wore, and not whoever has the badge now', async () => {
    const before = (await get({ roomId: ROOM, from: iso(10), to: iso(60) }).expect(200)).body;
    const post = (url: string, body: object = {}) => request(app.server).post(url).set('Cookie', app.admin.cookie).send(body);
    await post(`/api/hygiene/staff/${ids['Bob Physician']}/deactivate`).expect(200);
    const newcomer = (await post('/api/hygiene/staff', { displayName: 'Cy Newcomer', role: 'nurse' }).expect(201)).body as { id: number };
    await post(`/api/hygiene/staff/${newcomer.id}/badge`, { tagId: BOB }).expect(200);
    expect((await get({ roomId: ROOM, from: iso(10), to: iso(60) }).expect(200)).body).toEqual(before);
  });

  it('answers an admin too, and nothing for a period no one was there', async () => {
    const answer = await get({ roomId: ROOM, from: iso(-100), to: iso(-40) }, app.admin).expect(200);
    expect([answer.body.staff, answer.body.equipment]).toEqual([[], []]);
  });

  it('refuses other roles (403)', async () => {
    for (const role of ['viewer', 'biomed', 'pharmacy'] as const) {
      const session = await createUserAndSignIn(app.server, app.admin, { username: `contacts-${role}`, role });
      await get({ roomId: ROOM, from: iso(10), to: iso(60) }, session).expect(403);
    }
  });

  it('answers 404 for a room not on the floor plans, 400 naming the field for a bad query', async () => {
    expect((await get({ roomId: 'f-0-nowhere', from: iso(10), to: iso(60) }).expect(404)).body.message).toBe('Room "f-0-nowhere" does not exist');
    const issues = async (query: Record<string, string>) => [...new Set((await get(query).expect(400)).body.issues.map((issue: { field: string }) => issue.field))];
    expect(await issues({ from: iso(10), to: iso(60) })).toEqual(['roomId']);
    expect(await issues({ roomId: ROOM, from: iso(10), to: new Date(base + 10 * MIN + 31 * 86_400_000 + 1).toISOString() })).toEqual(['to']);
    expect(await issues({ roomId: ROOM, from: iso(60), to: iso(10) })).toEqual(['to']);
    expect(await issues({ roomId: ROOM, from: 'yesterday', to: iso(10) })).toEqual(['from']);
  });
});
