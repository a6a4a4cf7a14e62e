import request from 'supertest';
import { startAppSignedInAsAdmin } from '../../test-support/sign-in.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { CABINET, OTHER_CABINET, TEST_UNIT, createInventoryUsers, restock, setUpInventory, type InventoryFixture, type InventoryUsers } from './testing/inventory-test-setup.js';

const DAY = 86_400_000;
/** A date `days` from today (UTC; the fixture site is in Europe/London, so only use days well away from 0). */
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

describeEachDatabase('inventory API', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let users: InventoryUsers;
  let fixture: InventoryFixture;
  beforeAll(async () => {
    users = await createInventoryUsers(app.server, app.admin);
    fixture = await setUpInventory(app.server, app.admin, users.pharmacy);
  });

  const as = (session: { cookie: string }) => ({
    get: (path: string) => request(app.server).get(path).set('Cookie', session.cookie),
    post: (path: string, body: object = {}) => request(app.server).post(path).set('Cookie', session.cookie).send(body),
    patch: (path: string, body: object) => request(app.server).patch(path).set('Cookie', session.cookie).send(body),
  });
  const entry = (binId: number, body: object, session: { cookie: string } = users.pharmacy) => as(session).post(`/api/inventory/bins/${binId}/entries`, body);

  describe('role restrictions', () => {
    it('lets every signed-in role read levels', async () => {
      for (const session of [users.viewer, users.biomed, users.pharmacy, app.admin]) {
        for (const path of ['cabinets', 'bins', 'items', 'expiry', 'pick-list', 'discrepancies', 'count-sessions', `cabinets/${CABINET}`]) {
          await as(session).get(`/api/inventory/${path}`).expect(200);
        }
      }
      await request(app.server).get('/api/inventory/bins').expect(401);
    });

    it('lets only pharmacy and admin change inventory', async () => {
      for (const session of [users.viewer, users.biomed]) {
        await as(session).post('/api/inventory/items', { code: 'X1', kind: 'supply', name: 'x', unitOfIssue: 'each' }).expect(403);
        await entry(fixture.bins.saline, { kind: 'count', count: 1 }, session).expect(403);
        await as(session).patch(`/api/inventory/bins/${fixture.bins.saline}`, { par: 10, reorderPoint: 2, maximum: 10 }).expect(403);
        await as(session).post('/api/inventory/discrepancies/1/resolve', { reason: 'because' }).expect(403);
        await as(session).post('/api/inventory/count-sessions', { unit: TEST_UNIT }).expect(403);
      }
      await as(app.admin).post('/api/inventory/items', { code: 'GAUZE', kind: 'supply', name: 'Gauze swab', unitOfIssue: 'pack' }).expect(201);
    });
  });

  describe('bad input answers 400 naming the field', () => {
    it('refuses levels out of order, an unknown item, a restock without lot, a device that is no cabinet', async () => {
      const bad = await as(users.pharmacy).post('/api/inventory/bins', { drawerId: fixture.drawerId, label: 'Z9', itemCode: 'NOPE', par: 5, reorderPoint: 5, maximum: 4 }).expect(400);
      expect(bad.body.issues).toEqual([
        { field: 'itemCode', message: 'is not an item code (GET /api/inventory/items)' },
        { field: 'reorderPoint', message: 'must be below par (5)' },
        { field: 'maximum', message: 'must be at least par (5)' },
      ]);
      expect(new Set((await entry(fixture.bins.saline, { kind: 'restock', quantity: 5 }).expect(400)).body.issues.map((i: { field: string }) => i.field))).toEqual(new Set(['lotNumber', 'expiry']));
      expect((await entry(fixture.bins.saline, { kind: 'restock', quantity: 5, lotNumber: 'L', expiry: '2027-02-30' }).expect(400)).body.issues).toEqual([
        { field: 'expiry', message: 'must be a real calendar date' },
      ]);
      expect((await entry(fixture.bins.saline, { kind: 'withdraw' }).expect(400)).body.issues[0].field).toBe('quantity');
      expect((await as(users.pharmacy).post('/api/inventory/cabinets', { deviceId: 'f-0-gw-1' }).expect(400)).body.issues).toEqual([
        { field: 'deviceId', message: 'must be a medication_cabinet device placed on a floor plan' },
      ]);
      expect((await as(users.pharmacy).post('/api/inventory/cabinets', { deviceId: CABINET }).expect(409)).body.issues).toEqual([{ field: 'deviceId', message: 'is registered already' }]);
      expect((await entry(fixture.bins.morphine, { kind: 'waste', quantity: 1 }).expect(400)).body.issues).toEqual([{ field: 'witness', message: 'is required to waste a controlled substance' }]);
    });
  });

  describe('a controlled-substance discrepancy, resolved with a witness', () => {
    let discrepancyId: number;

    it('follows the ledger and opens a discrepancy when a count differs', async () => {
      await entry(fixture.bins.morphine, restock(10, 'MS2401', inDays(200))).expect(201);
      await entry(fixture.bins.morphine, { kind: 'withdraw', quantity: 3 }).expect(201);
      const counted = await entry(fixture.bins.morphine, { kind: 'count', count: 6, method: 'blind' }).expect(201);
      expect(counted.body.entry).toMatchObject({ kind: 'count', counted: 6, expectedBefore: 7, expectedAfter: 6, userName: 'ppatel', source: 'user' });
      expect(counted.body.bin).toMatchObject({ expected: 6, status: 'below_par', controlled: true, lots: [{ lotNumber: 'MS2401', quantity: 6 }] });
      discrepancyId = counted.body.discrepancyId;
      const queue = (await as(users.viewer).get('/api/inventory/discrepancies').expect(200)).body;
      expect(queue).toEqual([
        expect.objectContaining({ id: discrepancyId, controlled: true, expected: 7, counted: 6, delta: -1, method: 'blind', overdue: false, itemName: 'Morphine sulfate 2 mg/mL ampoule', location: 'Drawer 1 / A1' }),
      ]);
      const found = Date.parse(queue[0].detectedAt);
      expect(Date.parse(queue[0].deadlineAt) - found).toBe(12 * 3_600_000);
    });

    it('refuses a resolution without a witness, with the resolver as their own witness, or with a wrong witness password', async () => {
          const resolve = (body: object, session: { cookie: string } = users.pharmacy) => as(session).post(`/api/inventory/discrepancies/${discrepancyId}/resolve`, body);
      const reason = 'Ampoule broken at withdrawal';
      expect((await resolve({ reason }).expect(400)).body.issues).toEqual([
        { field: 'witnessUsername', message: 'is required: a second pharmacy user witnesses every controlled-substance resolution' },
      ]);
      expect((await resolve({ reason, witnessUsername: 'ppatel', witnessPassword: users.pharmacy.password }).expect(400)).body.issues).toEqual([
        { field: 'witnessUsername', message: 'must be a different person from the one resolving' },
      ]);
      expect((await resolve({ reason, witnessUsername: 'jlee', witnessPassword: 'wrong-password-123' }).expect(400)).body.issues[0].field).toBe('witnessPassword');
      expect((await resolve({ reason, witnessUsername: 'vera', witnessPassword: 'vera-password-123' }).expect(400)).body.issues).toEqual([
        { field: 'witnessUsername', message: 'must be a pharmacy user' },
      ]);
      // An admin may change inventory, but controlled-substance discrepancies are pharmacy's.
      expect((await resolve({ reason, witnessUsername: 'jlee', witnessPassword: users.secondPharmacy.password }, app.admin).expect(400)).body.issues[0].field).toBe('resolver');
    });

    it('resolves it with a reason by one pharmacist witnessed by a second, once', async () => {
      const resolved = await as(users.pharmacy)
        .post(`/api/inventory/discrepancies/${discrepancyId}/resolve`, { reason: 'Ampoule broken at withdrawal', witnessUsername: 'jlee', witnessPassword: users.secondPharmacy.password })
        .expect(200);
      expect(resolved.body).toMatchObject({ id: discrepancyId, resolvedBy: 'ppatel', witnessedBy: 'jlee', reason: 'Ampoule broken at withdrawal', resolvedAt: expect.any(String) });
      await as(users.pharmacy).post(`/api/inventory/discrepancies/${discrepancyId}/resolve`, { reason: 'again', witnessUsername: 'jlee', witnessPassword: users.secondPharmacy.password }).expect(409);
      // The audit trail keeps the resolution, never the witness's password.
      const entries = JSON.stringify((await as(app.admin).get('/api/admin/audit?limit=200').expect(200)).body);
      expect(entries).toContain('http.POST /api/inventory/discrepancies/:id/resolve');
      expect(entries).toContain('"witnessPassword":"[redacted]"');
      expect(entries).not.toContain(users.secondPharmacy.password);
      expect(await as(users.viewer).get('/api/inventory/discrepancies').expect(200).then((r) => r.body)).toEqual([]);
      expect((await as(users.viewer).get('/api/inventory/discrepancies?state=resolved').expect(200)).body.map((d: { id: number }) => d.id)).toEqual([discrepancyId]);
    });

    it('keeps the ledger append-only, latest first', async () => {
      const ledger = (await as(users.viewer).get(`/api/inventory/bins/${fixture.bins.morphine}/ledger`).expect(200)).body;
      expect(ledger.map((e: { kind: string; expectedAfter: number }) => [e.kind, e.expectedAfter])).toEqual([
        ['count', 6],
        ['withdraw', 7],
        ['restock', 10],
      ]);
    });
  });

  describe('levels, expiry and the pick list', () => {
    it('shows status and days of supply per bin, and cabinets with their most urgent status', async () => {
      await entry(fixture.bins.saline, restock(4, 'NS-OLD', inDays(-3))).expect(201);
      await entry(fixture.bins.saline, restock(10, 'NS-NEW', inDays(45))).expect(201);
      await entry(fixture.bins.saline, { kind: 'withdraw', quantity: 7 }).expect(201);
      const saline = (await as(users.viewer).get(`/api/inventory/bins?cabinet=${CABINET}&search=chloride`).expect(200)).body;
      // FEFO: the 7 withdrawn took the 4 expired units first, then 3 of the new lot. The bin is minutes old, so
      // its rate counts over its first hour: 7 an hour, 7 left, gone within the hour (0.04 days, shown as 0).
      expect(saline).toEqual([expect.objectContaining({ expected: 7, status: 'below_par', daysOfSupply: 0, expiredUnits: 0, lots: [{ lotNumber: 'NS-NEW', expiry: inDays(45), quantity: 7 }] })]);
      const other = (await as(users.viewer).get('/api/inventory/bins?status=stock_out').expect(200)).body;
      expect(other.map((b: { id: number }) => b.id)).toEqual([fixture.bins.otherMorphine]);
      const cabinets = (await as(users.viewer).get('/api/inventory/cabinets').expect(200)).body;
      expect(cabinets.map((c: { id: string; worst: string; unit: string }) => [c.id, c.worst, c.unit])).toEqual([
        [CABINET, 'below_par', TEST_UNIT],
        [OTHER_CABINET, 'stock_out', TEST_UNIT],
      ]);
    });

    it('lists expiring and expired lots in buckets', async () => {
      await entry(fixture.bins.saline, restock(2, 'NS-EXP', inDays(-2))).expect(201);
      const lots = (await as(users.viewer).get('/api/inventory/expiry?withinDays=60').expect(200)).body;
      expect(lots.map((l: { lotNumber: string; bucket: string }) => [l.lotNumber, l.bucket])).toEqual([
        ['NS-EXP', 'expired'],
        ['NS-NEW', 'within_60'],
      ]);
    });

    it('brings bins to par in walking-route order and lists expired lots to pull', async () => {
      const stops = (await as(users.viewer).get(`/api/inventory/pick-list?route=${OTHER_CABINET},${CABINET}`).expect(200)).body;
      expect(stops.map((s: { cabinetId: string }) => s.cabinetId)).toEqual([OTHER_CABINET, CABINET]);
      expect(stops[0].lines).toEqual([expect.objectContaining({ binId: fixture.bins.otherMorphine, bring: 10, pull: [], controlled: true })]);
      expect(stops[1].lines).toEqual([
        expect.objectContaining({ binId: fixture.bins.morphine, bring: 4 }),
        expect.objectContaining({ binId: fixture.bins.saline, bring: 13, pull: [{ lotNumber: 'NS-EXP', expiry: inDays(-2), quantity: 2 }] }),
      ]);
    });
  });

  describe('a count session', () => {
    it('reconciles counts against the expected ones and is signed off once every bin is counted', async () => {
      const started = (await as(users.pharmacy).post('/api/inventory/count-sessions', { unit: TEST_UNIT }).expect(201)).body;
      expect(started).toMatchObject({ scope: `Unit: ${TEST_UNIT}`, cabinetIds: [CABINET, OTHER_CABINET], status: 'open', startedBy: 'ppatel', reconciliation: { notCounted: 3, complete: false } });
      const id = started.id;
      const counted = (
        await as(users.pharmacy)
          .post(`/api/inventory/count-sessions/${id}/counts`, { counts: [{ binId: fixture.bins.morphine, count: 6 }, { binId: fixture.bins.saline, count: 8 }] })
          .expect(200)
      ).body;
      expect(counted.reconciliation).toMatchObject({ counted: 2, matched: 1, mismatched: 1, notCounted: 1, unitsMissing: 1 });
      const refused = await as(users.pharmacy).post(`/api/inventory/count-sessions/${id}/sign-off`).expect(409);
      expect(refused.body.issues).toEqual([{ field: 'counts', message: '1 bins are not counted yet' }]);
      await as(users.pharmacy).post(`/api/inventory/count-sessions/${id}/counts`, { counts: [{ binId: 999_999, count: 1 }] }).expect(400);
      await as(users.pharmacy).post(`/api/inventory/count-sessions/${id}/counts`, { counts: [{ binId: fixture.bins.otherMorphine, count: 0, method: 'verify' }] }).expect(200);
      const signed = (await as(users.pharmacy).post(`/api/inventory/count-sessions/${id}/sign-off`).expect(200)).body;
      expect(signed).toMatchObject({ status: 'signed_off', signedOffBy: 'ppatel', reconciliation: { complete: true, matched: 2, mismatched: 1 } });
      // History: later entries do not change a signed-off session.
      await entry(fixture.bins.otherMorphine, restock(10, 'MS2402', inDays(300))).expect(201);
      expect((await as(users.viewer).get(`/api/inventory/count-sessions/${id}`).expect(200)).body.reconciliation).toEqual(signed.reconciliation);
      await as(users.pharmacy).post(`/api/inventory/count-sessions/${id}/counts`, { counts: [{ binId: fixture.bins.morphine, count: 6 }] }).expect(409);
      // The saline miscount opened an (uncontrolled) discrepancy.
      const open = (await as(users.viewer).get('/api/inventory/discrepancies').expect(200)).body;
      expect(open).toEqual([expect.objectContaining({ binId: fixture.bins.saline, controlled: false, delta: -1 })]);
    });
  });
});
