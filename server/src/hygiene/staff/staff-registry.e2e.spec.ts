import request from 'supertest';
import { placeTags, publishStays, startDemoApp, testTagId } from '../../equipment/testing/equipment-test-setup.js';
import { LocationService } from '../../location/location.service.js';
import { BadgeStaysService } from './badge-stays.service.js';
import { DEMO_STAFF } from './demo/demo-staff.js';
import { StaffRegistryService } from './staff-registry.service.js';
import type { TestSession } from '../../../test-support/sign-in.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';

const ICU = 'Intensive care unit';

describeEachDatabase('staff registry and badges', (dialect) => {
  const demo = startDemoApp(dialect);
  const as = (session: TestSession) => {
    const server = () => demo.testApp.server;
    return {
      get: (url: string) => request(server()).get(url).set('Cookie', session.cookie),
      post: (url: string, body: object = {}) => request(server()).post(url).set('Cookie', session.cookie).send(body),
      patch: (url: string, body: object) => request(server()).patch(url).set('Cookie', session.cookie).send(body),
      delete: (url: string) => request(server()).delete(url).set('Cookie', session.cookie),
    };
  };
  const infection = () => as(demo.sessions.infection);

  let serial = 0;
  async function addNurse(fields: object = {}): Promise<{ id: number; displayName: string; badgeTagId: string | null }> {
    serial++;
    return (await infection().post('/api/hygiene/staff', { displayName: `Test nurse ${dialect} ${serial}`, role: 'nurse', unit: ICU, ...fields }).expect(201)).body;
  }

  // First: its sightings lie up to 2.5 minutes back, and event time only moves forward (placeTags below is later).
  it("gives compliance the stays from badges' real room transitions, by who wore the badge then", async () => {
    const now = Date.now();
    const [nurseBadge, physicianBadge, leaverBadge] = [testTagId(6001), testTagId(6002), testTagId(6003)];
    const registry = demo.testApp.app.get(StaffRegistryService);
    await registry.createMany(
      [
        { displayName: `Stays nurse ${dialect}`, role: 'nurse', unit: ICU, badgeTagId: nurseBadge },
        { displayName: `Stays physician ${dialect}`, role: 'physician', unit: 'Medical ward', badgeTagId: physicianBadge },
        { displayName: `Stays leaver ${dialect}`, role: 'therapist', unit: ICU, badgeTagId: leaverBadge },
      ],
      new Date(now - 200_000),
    );
    const ids = new Map((await registry.search({ q: `Stays `, limit: 50, offset: 0 })).items.map((member) => [member.badgeTagId ?? member.displayName, String(member.id)]));
    await publishStays(demo.testApp.app, [
      { tagId: nurseBadge, roomId: 'main-1-icu-bay-01', fromMs: now - 150_000, toMs: now - 90_000 },
      { tagId: nurseBadge, roomId: 'main-1-ward-room-05', fromMs: now - 90_000, toMs: now - 30_000 },
      { tagId: physicianBadge, roomId: 'main-1-ward-room-05', fromMs: now - 150_000, toMs: now - 30_000 },
      { tagId: leaverBadge, roomId: 'main-1-icu-bay-01', fromMs: now - 150_000, toMs: now - 30_000 },
    ]);
    const leaver = ids.get(leaverBadge) as string;
    await infection().post(`/api/hygiene/staff/${leaver}/deactivate`).expect(200);

    const [from, to] = [now - 180_000, now];
    const stays = await demo.testApp.app.get(BadgeStaysService).stays(from, to);
    const location = demo.testApp.app.get(LocationService);
    // Exactly the transitions the location feature stored, each lasting until the next.
    for (const [badge, role] of [[nurseBadge, 'nurse'], [physicianBadge, 'physician']]) {
      const { transitions } = await location.history(badge, from, to);
      expect(transitions.length).toBeGreaterThan(0);
      expect(stays.filter((stay) => stay.badgeId === badge)).toEqual(
        transitions.map((t, i) => ({ staffId: ids.get(badge), badgeId: badge, role, roomId: t.toRoomId, enteredAt: t.enteredAt, leftAt: transitions[i + 1]?.enteredAt ?? null })),
      );
    }
    const nurseRooms = stays.filter((stay) => stay.badgeId === nurseBadge).map((stay) => stay.roomId);
    expect(nurseRooms[0]).toBe('main-1-icu-bay-01');
    expect(nurseRooms.at(-1)).toBe('main-1-ward-room-05');
    expect(stays.filter((stay) => stay.badgeId === physicianBadge).map((stay) => stay.roomId)).toEqual(['main-1-ward-room-05']);
    // Someone who left keeps the stays of when they wore the badge: past figures do not change.
    expect(stays.filter((stay) => stay.badgeId === leaverBadge).map((stay) => [stay.staffId, stay.roomId])).toContainEqual([leaver, 'main-1-icu-bay-01']);
    expect(stays.filter((stay) => stay.badgeId === leaverBadge).every((stay) => stay.staffId === leaver)).toBe(true);
    expect([...stays].sort((a, b) => a.enteredAt - b.enteredAt)).toEqual(stays);

    // The badge reissued: the newcomer's assignment starts now, so none of those stays become theirs.
    const newcomer = await addNurse();
    await infection().post(`/api/hygiene/staff/${newcomer.id}/badge`, { tagId: leaverBadge }).expect(200);
    const assignments = await registry.badgeAssignments(from, Date.now() + 1000);
    expect(assignments.filter((assignment) => assignment.badgeTagId === leaverBadge).map((assignment) => [String(assignment.staffId), assignment.endedAt === null])).toEqual([
      [leaver, false],
      [String(newcomer.id), true],
    ]);
    const again = await demo.testApp.app.get(BadgeStaysService).stays(from, to);
    expect(again.filter((stay) => stay.badgeId === leaverBadge)).toEqual(stays.filter((stay) => stay.badgeId === leaverBadge));

    const icuOnly = await demo.testApp.app.get(BadgeStaysService).stays(from, to, ICU);
    expect(new Set(icuOnly.map((stay) => stay.badgeId))).toEqual(new Set([nurseBadge, leaverBadge]));
    await expect(demo.testApp.app.get(BadgeStaysService).stays(from, to, 'Narnia ward')).rejects.toMatchObject({ status: 400, issues: [expect.objectContaining({ field: 'unit' })] });
  });

  it("seeds St Mary's demo staff with their badges", async () => {
    const demoStaff = (await infection().get('/api/hygiene/staff?q=SM-0&limit=200').expect(200)).body as { total: number; items: Array<{ unit: string; badgeTagId: string | null }> };
    expect(demoStaff.total).toBe(DEMO_STAFF.length);
    expect(demoStaff.items.filter((member) => member.unit === ICU)).toHaveLength(14);
    expect(new Set(demoStaff.items.map((member) => member.badgeTagId))).toEqual(new Set(DEMO_STAFF.map((member) => member.badgeTagId)));
  });

  it('registers a person, reads, edits and finds them', async () => {
    const created = await infection()
      .post('/api/hygiene/staff', { displayName: ' Amara Okafor ', role: 'physician', unit: ICU, employeeNumber: 'E-9001' })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      displayName: 'Amara Okafor',
      role: 'physician',
      unit: ICU,
      employeeNumber: 'E-9001',
      active: true,
      badgeTagId: null,
      badgeAssignedAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const id = created.body.id;
    expect((await as(demo.sessions.admin).get(`/api/hygiene/staff/${id}`).expect(200)).body).toEqual(created.body);
    const edited = await infection().patch(`/api/hygiene/staff/${id}`, { unit: null, role: 'therapist' }).expect(200);
    expect(edited.body).toMatchObject({ displayName: 'Amara Okafor', role: 'therapist', unit: null, employeeNumber: 'E-9001' });
    const found = await infection().get('/api/hygiene/staff?q=OKAF').expect(200);
    expect(found.body).toEqual({ total: 1, items: [edited.body] });
    expect((await infection().get('/api/hygiene/staff?q=e-9001&role=therapist&active=true').expect(200)).body.total).toBe(1);
    expect((await infection().get('/api/hygiene/staff?q=okafor&role=nurse').expect(200)).body.total).toBe(0);
    expect((await infection().get('/api/hygiene/staff?q=%25').expect(200)).body.total).toBe(0);
  });

  it.each([
    [{ displayName: '' }, 'displayName', expect.stringContaining('longer than or equal to 1')],
    [{ role: 'surgeon' }, 'role', expect.stringContaining('must be one of the following values: nurse, physician, therapist, environmental_services, other')],
    [{ unit: 'Narnia ward' }, 'unit', expect.stringContaining('must be a unit of the floor plans: Administration')],
    [{ employeeNumber: 'no spaces' }, 'employeeNumber', expect.stringContaining('must be 1-32 characters')],
    [{ shoeSize: 42 }, 'shoeSize', 'property shoeSize should not exist'],
  ])('refuses %j with 400 naming the field', async (override, field, message) => {
    const response = await infection().post('/api/hygiene/staff', { displayName: 'Valid Name', role: 'nurse', ...override }).expect(400);
    expect(response.body.issues).toContainEqual({ field, message });
  });

  it('refuses bad ids, filters and badge ids with 400 naming the field, and unknown people with 404', async () => {
    expect((await infection().get('/api/hygiene/staff/abc').expect(400)).body.issues[0].field).toBe('id');
    expect((await infection().get('/api/hygiene/staff?active=maybe').expect(400)).body.issues[0]).toEqual({ field: 'active', message: 'must be true or false' });
    const nurse = await addNurse();
    const bad = await infection().post(`/api/hygiene/staff/${nurse.id}/badge`, { tagId: 'ibeacon:not-a-uuid:2:1' }).expect(400);
    expect(bad.body.issues[0]).toEqual({ field: 'tagId', message: expect.stringContaining('must be a tag identity') });
    expect((await infection().patch(`/api/hygiene/staff/${nurse.id}`, { displayName: null }).expect(400)).body.issues[0].field).toBe('displayName');
    await infection().get('/api/hygiene/staff/999999').expect(404);
  });

  it('gives each badge to one person and each person one badge; 409 naming the field otherwise', async () => {
    const [first, second] = [await addNurse({ employeeNumber: `N-${dialect}-1` }), await addNurse()];
    const taken = await infection().post('/api/hygiene/staff', { displayName: 'Twin', role: 'nurse', employeeNumber: `N-${dialect}-1` }).expect(409);
    expect(taken.body.issues).toEqual([{ field: 'employeeNumber', message: 'is already registered' }]);

    const badge = testTagId(5001);
    const assigned = await infection().post(`/api/hygiene/staff/${first.id}/badge`, { tagId: badge.toUpperCase() }).expect(200);
    expect(assigned.body).toMatchObject({ badgeTagId: badge, badgeAssignedAt: expect.any(String) });
    const clash = await infection().post(`/api/hygiene/staff/${second.id}/badge`, { tagId: badge }).expect(409);
    expect(clash.body.issues).toEqual([{ field: 'tagId', message: `is the badge of ${first.displayName} (id ${first.id}); unassign it there first` }]);

    // A new badge replaces the person's old one, which is free again.
    await infection().post(`/api/hygiene/staff/${first.id}/badge`, { tagId: testTagId(5002) }).expect(200);
    await infection().post(`/api/hygiene/staff/${second.id}/badge`, { tagId: badge }).expect(200);
    expect((await infection().delete(`/api/hygiene/staff/${second.id}/badge`).expect(200)).body).toMatchObject({ badgeTagId: null, badgeAssignedAt: null });
  });

  it('deactivates: the record stays, the badge is taken back, no badge until reactivated', async () => {
    const nurse = await addNurse();
    await infection().post(`/api/hygiene/staff/${nurse.id}/badge`, { tagId: testTagId(5003) }).expect(200);
    const inactive = await infection().post(`/api/hygiene/staff/${nurse.id}/deactivate`).expect(200);
    expect(inactive.body).toMatchObject({ active: false, badgeTagId: null });
    expect((await infection().get(`/api/hygiene/staff?active=false&q=${encodeURIComponent(nurse.displayName)}`).expect(200)).body.total).toBe(1);
    const refused = await infection().post(`/api/hygiene/staff/${nurse.id}/badge`, { tagId: testTagId(5003) }).expect(409);
    expect(refused.body.issues[0].field).toBe('active');
    await infection().post(`/api/hygiene/staff/${nurse.id}/reactivate`).expect(200);
    await infection().post(`/api/hygiene/staff/${nurse.id}/badge`, { tagId: testTagId(5003) }).expect(200);
  });

  it('lets only infection control and admins read or change staff records: 403 for every other role', async () => {
    const nurse = await addNurse();
    for (const role of ['biomed', 'pharmacy', 'viewer'] as const) {
      const other = as(demo.sessions[role]);
      await other.get('/api/hygiene/staff').expect(403);
      await other.get(`/api/hygiene/staff/${nurse.id}`).expect(403);
      await other.post('/api/hygiene/staff', { displayName: 'Sneaky', role: 'nurse' }).expect(403);
      await other.patch(`/api/hygiene/staff/${nurse.id}`, { displayName: 'Renamed' }).expect(403);
      await other.post(`/api/hygiene/staff/${nurse.id}/badge`, { tagId: testTagId(5004) }).expect(403);
      await other.delete(`/api/hygiene/staff/${nurse.id}/badge`).expect(403);
      await other.post(`/api/hygiene/staff/${nurse.id}/deactivate`).expect(403);
      await other.post(`/api/hygiene/staff/${nurse.id}/reactivate`).expect(403);
    }
    await request(demo.testApp.server).get('/api/hygiene/staff').expect(401);
    expect((await infection().get(`/api/hygiene/staff/${nurse.id}`).expect(200)).body).toMatchObject({ displayName: nurse.displayName, active: true, badgeTagId: null });
  });

  it('audits writes with who made them', async () => {
    const nurse = await addNurse();
    await infection().patch(`/api/hygiene/staff/${nurse.id}`, { role: 'other' }).expect(200);
    const entries = (await as(demo.sessions.admin).get('/api/admin/audit?limit=20').expect(200)).body as Array<{ action: string; actor: string; target: string }>;
    expect(entries).toContainEqual(expect.objectContaining({ action: 'http.PATCH /api/hygiene/staff/:id', actor: 'user:infection', target: `/api/hygiene/staff/${nurse.id}` }));
  });

  describe('one owner per tag, across equipment and staff', () => {
    const assetTag = testTagId(5010);
    const badge = testTagId(5011);
    const loose = testTagId(5012);
    let nurse: { id: number };
    let pump: { id: number; assetTag: string };

    beforeAll(async () => {
      nurse = await addNurse();
      pump = (
        await as(demo.sessions.biomed)
          .post('/api/equipment/assets', { assetTag: `T-STAFF-${dialect}`, name: 'Pump', typeCode: 'infusion_pump', tagId: assetTag })
          .expect(201)
      ).body;
      await infection().post(`/api/hygiene/staff/${nurse.id}/badge`, { tagId: badge }).expect(200);
    });

    it("refuses an equipment asset's tag as a badge, naming tagId and the asset", async () => {
      const refused = await infection().post(`/api/hygiene/staff/${nurse.id}/badge`, { tagId: assetTag }).expect(409);
      expect(refused.body.issues).toEqual([{ field: 'tagId', message: `is asset ${pump.assetTag} (id ${pump.id}); a tag has one owner, unpair it there first` }]);
    });

    it('refuses a staff badge as an equipment tag, on pairing and on registering, without naming the person', async () => {
      const biomed = as(demo.sessions.biomed);
      const message = "is a staff member's badge; a tag has one owner, release it there first";
      expect((await biomed.post(`/api/equipment/assets/${pump.id}/tag`, { tagId: badge }).expect(409)).body.issues).toEqual([{ field: 'tagId', message }]);
      const create = await biomed.post('/api/equipment/assets', { assetTag: `T-STAFF2-${dialect}`, name: 'Pump', typeCode: 'infusion_pump', tagId: badge }).expect(409);
      expect(create.body.issues).toEqual([{ field: 'tagId', message }]);
    });

    it('leaves badges and asset tags out of the unpaired tags; a released badge comes back', async () => {
      await placeTags(demo.testApp.app, [
        { tagId: assetTag, roomId: 'main-1-ward-room-05' },
        { tagId: badge, roomId: 'main-1-ward-room-05' },
        { tagId: loose, roomId: 'main-1-ward-room-05' },
      ]);
      const unpaired = async () => ((await as(demo.sessions.biomed).get('/api/equipment/unpaired-tags').expect(200)).body as Array<{ tagId: string }>).map((t) => t.tagId);
      const heard = await unpaired();
      expect(heard).toContain(loose);
      expect(heard).not.toContain(badge);
      expect(heard).not.toContain(assetTag);
      await infection().delete(`/api/hygiene/staff/${nurse.id}/badge`).expect(200);
      expect(await unpaired()).toContain(badge);
    });
  });
});
