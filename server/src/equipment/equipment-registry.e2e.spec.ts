import request from 'supertest';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import type { TestSession } from '../../test-support/sign-in.js';
import { AssetRegistryService } from './asset-registry.service.js';
import { startDemoApp, testTagId } from './testing/equipment-test-setup.js';

const ICU = 'Intensive care unit';

describeEachDatabase('equipment registry', (dialect) => {
  const demo = startDemoApp(dialect);
  const server = () => demo.testApp.server;
  const as = (session: TestSession) => ({
    get: (url: string) => request(server()).get(url).set('Cookie', session.cookie),
    post: (url: string, body: object) => request(server()).post(url).set('Cookie', session.cookie).send(body),
    patch: (url: string, body: object) => request(server()).patch(url).set('Cookie', session.cookie).send(body),
    put: (url: string, body: object) => request(server()).put(url).set('Cookie', session.cookie).send(body),
    delete: (url: string) => request(server()).delete(url).set('Cookie', session.cookie),
  });
  const biomed = () => as(demo.sessions.biomed);

  let serial = 0;
  /** A new pump registered by biomed; asset numbers T-… never clash with the demo fleet's EQ-…. */
  async function registerPump(fields: object = {}): Promise<{ id: number; assetTag: string; status: string; tagId: string | null }> {
    serial++;
    const response = await biomed()
      .post('/api/equipment/assets', { assetTag: `T-${dialect}-${serial}`, name: `Test pump ${serial}`, typeCode: 'infusion_pump', homeUnit: ICU, ...fields })
      .expect(201);
    return response.body;
  }

  describe('assets', () => {
    it('registers an asset with its fields, available by default, and reads it back', async () => {
      const created = await biomed()
        .post('/api/equipment/assets', {
          assetTag: ' T-ALARIS-1 ',
          name: 'Alaris pump, ICU bay 3',
          typeCode: 'infusion_pump',
          manufacturer: 'BD',
          model: 'Alaris GP',
          serial: '800312457',
          homeUnit: ICU,
          pmDueDate: '2026-03-31',
          notes: '',
        })
        .expect(201);
      expect(created.body).toEqual({
        id: expect.any(Number),
        assetTag: 'T-ALARIS-1',
        name: 'Alaris pump, ICU bay 3',
        typeCode: 'infusion_pump',
        manufacturer: 'BD',
        model: 'Alaris GP',
        serial: '800312457',
        homeUnit: ICU,
        status: 'available',
        nextStatuses: ['in_use', 'soiled', 'maintenance', 'missing', 'retired'],
        pmDueDate: '2026-03-31',
        tagId: null,
        tagPairedAt: null,
        notes: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        position: null,
        hygiene: { soiled: false, since: null, reason: null, cleanedBy: null, changedBy: null, note: null },
      });
      const read = await as(demo.sessions.viewer).get(`/api/equipment/assets/${created.body.id}`).expect(200);
      expect(read.body).toEqual(created.body);
    });

    it.each([
      [{ assetTag: '' }, 'assetTag', expect.stringContaining('must be 1-32 characters')],
      [{ name: '' }, 'name', expect.stringContaining('longer than or equal to 1')],
      [{ typeCode: 'teleporter' }, 'typeCode', expect.stringContaining('must be one of the equipment types: bed, bladder_scanner')],
      [{ homeUnit: 'Narnia ward' }, 'homeUnit', expect.stringContaining('must be a unit of the floor plans: Administration, Biomedical engineering')],
      [{ pmDueDate: '2026-02-30' }, 'pmDueDate', 'must be a real calendar date'],
      [{ pmDueDate: '31/03/2026' }, 'pmDueDate', 'must be a date YYYY-MM-DD'],
      [{ status: 'broken' }, 'status', expect.stringContaining('must be one of the following values')],
      [{ tagId: 'ibeacon:not-a-uuid:1:2' }, 'tagId', expect.stringContaining('must be a tag identity')],
      [{ tagId: testTagId(70_000) }, 'tagId', expect.stringContaining('must be a tag identity')],
      [{ colour: 'blue' }, 'colour', 'property colour should not exist'],
    ])('refuses %j with 400 naming the field', async (override, field, message) => {
      const body = { assetTag: 'T-INVALID', name: 'Invalid', typeCode: 'infusion_pump', ...override };
      const response = await biomed().post('/api/equipment/assets', body).expect(400);
      expect(response.body.issues).toEqual(expect.arrayContaining([{ field, message }]));
    });

    it('answers 409 naming assetTag for a number already registered', async () => {
      const pump = await registerPump();
      const again = await biomed().post('/api/equipment/assets', { assetTag: pump.assetTag, name: 'Twin', typeCode: 'infusion_pump' }).expect(409);
      expect(again.body.issues).toEqual([{ field: 'assetTag', message: 'is already registered' }]);
      const demoNumber = await biomed().post('/api/equipment/assets', { assetTag: 'EQ-0001', name: 'Twin', typeCode: 'bed' }).expect(409);
      expect(demoNumber.body.issues[0].field).toBe('assetTag');
    });

    it('updates fields, clears optional ones with null, refuses nulling required ones and changing status or tag here', async () => {
      const pump = await registerPump({ manufacturer: 'BD', pmDueDate: '2026-01-01' });
      const updated = await biomed().patch(`/api/equipment/assets/${pump.id}`, { name: 'Renamed', manufacturer: null, homeUnit: 'Medical ward', pmDueDate: null }).expect(200);
      expect(updated.body).toMatchObject({ name: 'Renamed', manufacturer: null, homeUnit: 'Medical ward', pmDueDate: null, assetTag: pump.assetTag });
      expect((await biomed().patch(`/api/equipment/assets/${pump.id}`, { name: null }).expect(400)).body.issues).toEqual([{ field: 'name', message: 'must not be null' }]);
      expect((await biomed().patch(`/api/equipment/assets/${pump.id}`, { status: 'retired' }).expect(400)).body.issues[0].field).toBe('status');
      expect((await biomed().patch(`/api/equipment/assets/${pump.id}`, { tagId: testTagId(500) }).expect(400)).body.issues[0].field).toBe('tagId');
      expect((await biomed().patch(`/api/equipment/assets/${pump.id}`, { assetTag: 'EQ-0002' }).expect(409)).body.issues[0].field).toBe('assetTag');
    });

    it('answers 404 for an unknown asset and 400 naming id for one that is not a number', async () => {
      await biomed().get('/api/equipment/assets/999999').expect(404);
      await biomed().patch('/api/equipment/assets/999999', { name: 'x' }).expect(404);
      const bad = await biomed().get('/api/equipment/assets/abc').expect(400);
      expect(bad.body.issues[0].field).toBe('id');
    });
  });

  describe('who may do what', () => {
    it('answers 401 without a session', async () => {
      await request(server()).get('/api/equipment/assets').expect(401);
      await request(server()).post('/api/equipment/assets').send({}).expect(401);
      await request(server()).get('/api/equipment/nearest?type=infusion_pump&room=x').expect(401);
    });

    it.each(['infection', 'pharmacy', 'viewer'] as const)('lets %s read but not write (403)', async (role) => {
      const session = as(demo.sessions[role]);
      await session.get('/api/equipment/assets').expect(200);
      await session.get('/api/equipment/types').expect(200);
      await session.get('/api/equipment/par-levels').expect(200);
      await session.post('/api/equipment/assets', { assetTag: `T-${role}`, name: 'No', typeCode: 'bed' }).expect(403);
      await session.post('/api/equipment/assets/1/status', { status: 'in_use' }).expect(403);
      await session.post('/api/equipment/assets/1/tag', { tagId: testTagId(501) }).expect(403);
      await session.delete('/api/equipment/assets/1/tag').expect(403);
      await session.patch('/api/equipment/assets/1', { name: 'No' }).expect(403);
      await session.put('/api/equipment/par-levels', { levels: [] }).expect(403);
    });

    it('lets admin write as well as biomed', async () => {
      await as(demo.sessions.admin).post('/api/equipment/assets', { assetTag: `T-${dialect}-ADMIN`, name: 'By admin', typeCode: 'bed' }).expect(201);
    });
  });

  describe('status', () => {
    it('follows the life cycle in use → soiled → cleaning → available and records each change', async () => {
      const pump = await registerPump();
      for (const status of ['in_use', 'soiled', 'cleaning', 'available']) {
        const changed = await biomed().post(`/api/equipment/assets/${pump.id}/status`, { status, reason: `to ${status}` }).expect(200);
        expect(changed.body.status).toBe(status);
      }
      const trail = await biomed().get(`/api/equipment/assets/${pump.id}/trail`).expect(200);
      expect(trail.body.statusChanges.map((c: { from: string | null; to: string; by: string }) => [c.from, c.to, c.by])).toEqual([
        [null, 'available', 'user:biomed'],
        ['available', 'in_use', 'user:biomed'],
        ['in_use', 'soiled', 'user:biomed'],
        ['soiled', 'cleaning', 'user:biomed'],
        ['cleaning', 'available', 'user:biomed'],
      ]);
      expect(trail.body.statusChanges[2].reason).toBe('to soiled');
    });

    it('refuses a change the table does not allow with 409 naming status and the allowed targets', async () => {
      const pump = await registerPump({ status: 'soiled' });
      const refused = await biomed().post(`/api/equipment/assets/${pump.id}/status`, { status: 'available' }).expect(409);
      expect(refused.body.issues).toEqual([{ field: 'status', message: 'cannot change from soiled to available (allowed from soiled: cleaning, missing)' }]);
      expect(refused.body.message).toContain(pump.assetTag);
      expect((await biomed().get(`/api/equipment/assets/${pump.id}`)).body.status).toBe('soiled');
    });

    it('keeps a retired asset retired', async () => {
      const pump = await registerPump();
      await biomed().post(`/api/equipment/assets/${pump.id}/status`, { status: 'retired' }).expect(200);
      const refused = await biomed().post(`/api/equipment/assets/${pump.id}/status`, { status: 'available' }).expect(409);
      expect(refused.body.issues[0]).toEqual({ field: 'status', message: expect.stringContaining('retired is final') });
    });

    it('refuses an unknown status with 400 naming status', async () => {
      const pump = await registerPump();
      expect((await biomed().post(`/api/equipment/assets/${pump.id}/status`, { status: 'lost' }).expect(400)).body.issues[0].field).toBe('status');
    });
  });

  describe('tags', () => {
    it('pairs a tag, refuses it for another asset with 409 naming tagId, and frees it on unpairing', async () => {
      const [first, second] = [await registerPump(), await registerPump()];
      const tagId = testTagId(600);
      const paired = await biomed().post(`/api/equipment/assets/${first.id}/tag`, { tagId: tagId.toUpperCase() }).expect(200);
      expect(paired.body).toMatchObject({ tagId, tagPairedAt: expect.any(String) });

      const conflict = await biomed().post(`/api/equipment/assets/${second.id}/tag`, { tagId }).expect(409);
      expect(conflict.body.issues).toEqual([{ field: 'tagId', message: `is paired with asset ${first.assetTag} (id ${first.id}); unpair it there first` }]);
      await biomed().post('/api/equipment/assets', { assetTag: `T-${dialect}-DUPTAG`, name: 'Dup', typeCode: 'bed', tagId }).expect(409);
      await biomed().post(`/api/equipment/assets/${first.id}/tag`, { tagId }).expect(200);

      expect((await biomed().delete(`/api/equipment/assets/${first.id}/tag`).expect(200)).body).toMatchObject({ tagId: null, tagPairedAt: null });
      await biomed().post(`/api/equipment/assets/${second.id}/tag`, { tagId }).expect(200);
    });

    it('lists the tagged assets for the alert checks, without the untagged ones', async () => {
      const untagged = await registerPump();
      const tagged = await demo.testApp.app.get(AssetRegistryService).taggedAssets();
      expect(tagged.map((asset) => asset.assetTag)).toEqual(expect.arrayContaining(['EQ-0001', 'EQ-0122']));
      expect(tagged.map((asset) => asset.id)).not.toContain(untagged.id);
      expect(tagged.every((asset) => asset.tagId.startsWith('ibeacon:'))).toBe(true);
    });

    it('refuses a demo fleet tag, which is paired already', async () => {
      const pump = await registerPump();
      const conflict = await biomed().post(`/api/equipment/assets/${pump.id}/tag`, { tagId: testTagId(1) }).expect(409);
      expect(conflict.body.issues[0].message).toContain('EQ-0001');
    });
  });

  describe('search', () => {
    it("lists St Mary's demo fleet, a page at a time, by asset number", async () => {
      const first = await biomed().get('/api/equipment/assets?q=EQ-&limit=10').expect(200);
      expect(first.body.total).toBeGreaterThanOrEqual(110);
      expect(first.body.items.map((a: { assetTag: string }) => a.assetTag)).toEqual(Array.from({ length: 10 }, (_, i) => `EQ-${String(i + 1).padStart(4, '0')}`));
      const second = await biomed().get('/api/equipment/assets?q=EQ-&limit=10&offset=10').expect(200);
      expect(second.body.items[0].assetTag).toBe('EQ-0011');
    });

    it('filters by type, status, home unit and text, together', async () => {
      const all = (await biomed().get('/api/equipment/assets?limit=200')).body.items as Array<{ typeCode: string; status: string; homeUnit: string; model: string }>;
      const response = await biomed().get(`/api/equipment/assets?type=ventilator&status=available&unit=${encodeURIComponent(ICU)}&limit=200`).expect(200);
      const expected = all.filter((a) => a.typeCode === 'ventilator' && a.status === 'available' && a.homeUnit === ICU);
      expect(expected.length).toBeGreaterThan(0);
      expect(response.body.total).toBe(expected.length);
      const byModel = await biomed().get('/api/equipment/assets?q=evita').expect(200);
      expect(byModel.body.items.length).toBeGreaterThan(0);
      expect(byModel.body.items.every((a: { model: string }) => a.model === 'Evita V800')).toBe(true);
    });

    it('takes LIKE wildcards in the text literally', async () => {
      expect((await biomed().get('/api/equipment/assets?q=%25').expect(200)).body.total).toBe(0);
      expect((await biomed().get('/api/equipment/assets?q=EQ_0').expect(200)).body.total).toBe(0);
    });

    it('refuses unknown types and floors, and bad pages, with 400 naming the parameter', async () => {
      expect((await biomed().get('/api/equipment/assets?type=teleporter').expect(400)).body.issues[0].field).toBe('type');
      expect((await biomed().get('/api/equipment/assets?floor=main-9').expect(400)).body.issues[0].field).toBe('floor');
      expect((await biomed().get('/api/equipment/assets?status=lost').expect(400)).body.issues[0].field).toBe('status');
      expect((await biomed().get('/api/equipment/assets?limit=0').expect(400)).body.issues[0].field).toBe('limit');
      expect((await biomed().get('/api/equipment/assets?offset=-1').expect(400)).body.issues[0].field).toBe('offset');
    });
  });

  describe('types, PAR levels and maintenance', () => {
    it('lists the seeded equipment types', async () => {
      const types = (await biomed().get('/api/equipment/types').expect(200)).body as Array<{ code: string; missingAfterMinutes: number }>;
      expect(types.map((t) => t.code)).toEqual(expect.arrayContaining(['infusion_pump', 'ventilator', 'wheelchair', 'bed', 'patient_monitor']));
      expect(types.find((t) => t.code === 'ventilator')?.missingAfterMinutes).toBe(30);
    });

    it('shows the demo PAR levels with their counts, and replaces them as a whole', async () => {
      const levels = (await biomed().get('/api/equipment/par-levels').expect(200)).body as Array<{ unit: string; typeCode: string; minAvailable: number; available: number; shortfall: number }>;
      expect(levels).toContainEqual(expect.objectContaining({ unit: ICU, typeCode: 'infusion_pump', minAvailable: 6 }));
      for (const level of levels) expect(level.shortfall).toBe(Math.max(0, level.minAvailable - level.available));

      const replaced = await biomed().put('/api/equipment/par-levels', { levels: [{ unit: 'Radiology', typeCode: 'wheelchair', minAvailable: 2 }, ...levels.map(({ unit, typeCode, minAvailable }) => ({ unit, typeCode, minAvailable }))] }).expect(200);
      expect(replaced.body).toHaveLength(levels.length + 1);
    });

    it('refuses PAR levels for unknown units or types, or twice the same, naming the entry', async () => {
      const wrong = [
        { unit: 'Narnia ward', typeCode: 'bed', minAvailable: 1 },
        { unit: ICU, typeCode: 'teleporter', minAvailable: 1 },
        { unit: ICU, typeCode: 'bed', minAvailable: 1 },
        { unit: ICU, typeCode: 'bed', minAvailable: 2 },
      ];
      const malformed = await biomed().put('/api/equipment/par-levels', { levels: [...wrong, { unit: ICU, typeCode: 'bed', minAvailable: -1 }] }).expect(400);
      // The shape is checked first, and alone: references are only looked up in well-formed levels.
      expect(malformed.body.issues.map((i: { field: string }) => i.field)).toEqual(['levels[4].minAvailable']);
      const unknown = await biomed().put('/api/equipment/par-levels', { levels: wrong }).expect(400);
      expect(unknown.body.issues.map((i: { field: string }) => i.field)).toEqual(['levels[0].unit', 'levels[1].typeCode', 'levels[3]']);
      expect((await biomed().put('/api/equipment/par-levels', {}).expect(400)).body.issues[0].field).toBe('levels');
    });

    it('lists preventive maintenance due, overdue first', async () => {
      const due = (await biomed().get('/api/equipment/pm-due?withinDays=30').expect(200)).body as Array<{ daysUntilDue: number; overdue: boolean; asset: { status: string } }>;
      expect(due.length).toBeGreaterThan(0);
      expect(due.some((d) => d.overdue)).toBe(true);
      expect(due.map((d) => d.daysUntilDue)).toEqual([...due.map((d) => d.daysUntilDue)].sort((a, b) => a - b));
      expect(due.every((d) => d.daysUntilDue <= 30 && d.asset.status !== 'retired')).toBe(true);
      expect((await biomed().get('/api/equipment/pm-due?withinDays=-1').expect(400)).body.issues[0].field).toBe('withinDays');
    });
  });
});
