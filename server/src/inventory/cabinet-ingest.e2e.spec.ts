import request from 'supertest';
import { startAppSignedInAsAdmin } from '../../test-support/sign-in.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { CABINET, OTHER_CABINET, cabinetBatch, cabinetKey, createInventoryUsers, setUpInventory, type InventoryFixture } from './testing/inventory-test-setup.js';

const expiry = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);

describeEachDatabase('cabinet ingest over HTTP', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let fixture: InventoryFixture;
  let key: string;
  beforeAll(async () => {
    const users = await createInventoryUsers(app.server, app.admin);
    fixture = await setUpInventory(app.server, app.admin, users.pharmacy);
    key = await cabinetKey(app.server, app.admin, CABINET);
  });

  const post = (body: unknown, bearer: string | null = key) => {
    const call = request(app.server).post('/api/v1/ingest/cabinet').set('Content-Type', 'application/json');
    return (bearer === null ? call : call.set('Authorization', `Bearer ${bearer}`)).send(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const bin = async (id: number) => (await request(app.server).get(`/api/inventory/bins/${id}`).set('Cookie', app.admin.cookie).expect(200)).body;
  const ledgerLength = async (id: number) => (await request(app.server).get(`/api/inventory/bins/${id}/ledger`).set('Cookie', app.admin.cookie).expect(200)).body.length;
  const ts = () => Date.now() - 1000;

  it('stores a batch of transactions and counts in the bins’ ledgers and answers what it stored', async () => {
    const answer = await post(
      cabinetBatch(1, [
        { type: 'restock', ts: ts(), drawer: 'Drawer 1', bin: 'A1', quantity: 10, lot: { lotNumber: 'MS2401', expiry }, user: 'pharm01' },
        { type: 'withdraw', ts: ts(), drawer: 'Drawer 1', bin: 'A1', quantity: 2, user: 'rn042' },
        { type: 'waste', ts: ts(), drawer: 'Drawer 1', bin: 'A1', quantity: 1, user: 'rn042', witness: 'rn017' },
        { type: 'count', ts: ts(), drawer: 'Drawer 1', bin: 'A1', count: 6, method: 'sensor' },
      ]),
    ).expect(200);
    expect(answer.body).toEqual({ accepted: 4, duplicate: false, discrepancies: 1 });
    expect(await bin(fixture.bins.morphine)).toMatchObject({ expected: 6, lastCount: 6, lots: [{ lotNumber: 'MS2401', expiry, quantity: 6 }] });
    const ledger = (await request(app.server).get(`/api/inventory/bins/${fixture.bins.morphine}/ledger`).set('Cookie', app.admin.cookie).expect(200)).body;
    expect(ledger.map((e: { kind: string; source: string; userName: string | null; witnessName: string | null }) => [e.kind, e.source, e.userName, e.witnessName])).toEqual([
      ['count', 'cabinet', null, null],
      ['waste', 'cabinet', 'rn042', 'rn017'],
      ['withdraw', 'cabinet', 'rn042', null],
      ['restock', 'cabinet', 'pharm01', null],
    ]);
    const [discrepancy] = (await request(app.server).get('/api/inventory/discrepancies').set('Cookie', app.admin.cookie).expect(200)).body;
    expect(discrepancy).toMatchObject({ controlled: true, expected: 7, counted: 6, delta: -1, method: 'sensor' });
  });

  it('answers a retry of a stored seq as a duplicate and never counts it twice', async () => {
    const batch = cabinetBatch(2);
    await post(batch).expect(200);
    const before = await bin(fixture.bins.saline);
    expect((await post(batch).expect(200)).body).toEqual({ accepted: 0, duplicate: true, discrepancies: 0 });
    expect(await bin(fixture.bins.saline)).toMatchObject({ expected: before.expected });
  });

  it('stores one of two copies of a batch sent at the same moment (a retry racing the original)', async () => {
    const before = (await bin(fixture.bins.saline)).expected;
    const batch = cabinetBatch(5, [{ type: 'restock', ts: ts(), drawer: 'Drawer 1', bin: 'A2', quantity: 7, lot: { lotNumber: 'NS7', expiry } }]);
    const answers = await Promise.all([post(batch), post(batch), post(batch)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.map((answer) => answer.body.duplicate).sort()).toEqual([false, true, true]);
    expect((await bin(fixture.bins.saline)).expected).toBe(before + 7);
  });

  it('refuses a batch whole (400) naming the field, storing nothing of it, and takes the corrected batch with the same seq', async () => {
    const entries = await ledgerLength(fixture.bins.saline);
    const good = { type: 'withdraw', ts: ts(), drawer: 'Drawer 1', bin: 'A2', quantity: 1 };
    const answer = await post(cabinetBatch(3, [good, { ...good, bin: 'Z9' }, { ...good, drawer: 'Drawer 7' }])).expect(400);
    expect(answer.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'events[1].bin is not a bin of Drawer 1; events[2].drawer is not a drawer of cabinet f-0-cab-1',
      issues: [
        { field: 'events[1].bin', message: 'is not a bin of Drawer 1' },
        { field: 'events[2].drawer', message: 'is not a drawer of cabinet f-0-cab-1' },
      ],
    });
    const schema = await post(cabinetBatch(3, [{ ...good, quantity: 0 }])).expect(400);
    expect(schema.body.issues).toEqual([{ field: 'events[0].quantity', message: 'must be >= 1' }]);
    const witness = await post(cabinetBatch(3, [{ type: 'waste', ts: ts(), drawer: 'Drawer 1', bin: 'A1', quantity: 1, user: 'rn042', witness: 'RN042' }])).expect(400);
    expect(witness.body.issues).toEqual([{ field: 'events[0].witness', message: 'must be a different person from the one wasting' }]);
    expect(await ledgerLength(fixture.bins.saline)).toBe(entries);
    expect((await post(cabinetBatch(3, [good])).expect(200)).body).toEqual({ accepted: 1, duplicate: false, discrepancies: 0 });
  });

  it('refuses no key or an unknown one (401), another cabinet’s batch or a non-cabinet key (403), bad JSON (400)', async () => {
    await post(cabinetBatch(10), null).expect(401);
    await post(cabinetBatch(10), `wwd_${'A'.repeat(43)}`).expect(401);
    expect((await post(cabinetBatch(10, undefined, OTHER_CABINET)).expect(403)).body.issues).toEqual([{ field: 'cabinetId', message: `must be "${CABINET}", the cabinet of this device key` }]);
    const gatewayKey = await cabinetKey(app.server, app.admin, 'f-0-gw-1');
    expect((await post(cabinetBatch(10), gatewayKey).expect(403)).body.message).toBe('Device "f-0-gw-1" is not a medication cabinet placed on a floor plan');
    expect((await post('{"cabinetId": ').expect(400)).body.issues).toEqual([{ field: '(body)', message: 'is not valid JSON' }]);
  });

  it('shows the schema in the OpenAPI document, references written out', async () => {
    const document = await request(app.server).get('/api/docs-json').set('Cookie', app.admin.cookie).expect(200);
    const operation = document.body.paths['/api/v1/ingest/cabinet'].post;
    const schema = operation.requestBody.content['application/json'].schema;
    expect(schema).toMatchObject({ required: ['cabinetId', 'seq', 'sentAt', 'events'], properties: { events: { maxItems: 1000 } } });
    expect(JSON.stringify(schema)).not.toContain('$ref');
  });

  it('counts a cabinet’s own counts in an open count session of its unit', async () => {
    const admin = (path: string) => request(app.server).post(path).set('Cookie', app.admin.cookie);
    const session = (await admin('/api/inventory/count-sessions').send({ cabinetIds: [CABINET] }).expect(201)).body;
    // Earlier tests withdrew from an empty bin: restock it first, then count what the ledger expects.
    const expected = (await bin(fixture.bins.saline)).expected + 30;
    await post(
      cabinetBatch(15, [
        { type: 'restock', ts: ts(), drawer: 'Drawer 1', bin: 'A2', quantity: 30, lot: { lotNumber: 'NS30', expiry } },
        { type: 'count', ts: ts(), drawer: 'Drawer 1', bin: 'A2', count: expected, method: 'sensor' },
      ]),
    ).expect(200);
    const reconciled = (await request(app.server).get(`/api/inventory/count-sessions/${session.id}`).set('Cookie', app.admin.cookie).expect(200)).body.reconciliation;
    expect(reconciled.lines.find((line: { binId: number }) => line.binId === fixture.bins.saline)).toEqual({ binId: fixture.bins.saline, expected, counted: expected, delta: 0, state: 'match' });
    expect(reconciled.lines.find((line: { binId: number }) => line.binId === fixture.bins.morphine)).toMatchObject({ state: 'not_counted' });
  });

  it('still knows the stored seqs after a restart: a retry is a duplicate', async () => {
    const last = cabinetBatch(20);
    await post(last).expect(200);
    const expected = (await bin(fixture.bins.saline)).expected;
    app.testApp = await app.testApp.restart();
    app.server = app.testApp.server;
    expect((await post(last).expect(200)).body.duplicate).toBe(true);
    expect((await post(cabinetBatch(1)).expect(200)).body.duplicate).toBe(true);
    expect((await bin(fixture.bins.saline)).expected).toBe(expected);
    expect((await post(cabinetBatch(21)).expect(200)).body.duplicate).toBe(false);
  });
});
