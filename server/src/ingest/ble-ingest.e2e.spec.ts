import request from 'supertest';
import { startAppSignedInAsAdmin } from '../../test-support/sign-in.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { EDDYSTONE_TLM_ADV, EDDYSTONE_UID_ADV, EDDYSTONE_UID_TAG, IBEACON_ADV, IBEACON_TAG, PHONE_ADV } from './ble/testing/ble-test-vectors.js';
import { IngestStatsService } from './ingest-stats.service.js';
import { GATEWAY, OTHER_GATEWAY, SENSOR, liveBatch, placeTestDevices, recordBus, type BusRecorder } from './testing/ingest-test-setup.js';

describeEachDatabase('BLE ingest over HTTP', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let keys: Record<string, string>;
  let bus: BusRecorder;
  beforeAll(async () => {
    keys = await placeTestDevices(app.server, app.admin);
    bus = recordBus(app.testApp.app);
  });

  const post = (body: unknown, key: string | null = keys[GATEWAY]) => {
    const call = request(app.server).post('/api/v1/ingest/ble').set('Content-Type', 'application/json');
    return (key === null ? call : call.set('Authorization', `Bearer ${key}`)).send(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const stateOf = (gatewayId: string) => app.testApp.app.get(IngestStatsService).gatewayStates().find((s) => s.gatewayId === gatewayId);

  it('accepts a batch, answers what it did with it and hands the normalized sightings to the bus', async () => {
    const now = Date.now();
    const mac = 'AC:23:3F:A0:0B:1C';
    const batch = liveBatch(1, {
      sightings: [
        { ts: now - 3000, rssi: -67, n: 4, rssiMax: -61, adv: IBEACON_ADV },
        { ts: new Date(now - 2000).toISOString(), rssi: -72, adv: EDDYSTONE_UID_ADV, mac },
        { ts: now - 1000, rssi: -74, adv: EDDYSTONE_TLM_ADV, mac },
        { ts: now - 1000, rssi: -50, adv: PHONE_ADV },
      ],
    });
    const answer = await post(batch).expect(200);
    expect(answer.body).toEqual({ accepted: 3, duplicate: false, unknownFrames: 1, skipped: 1 });
    expect(await bus.next()).toEqual({
      gatewayId: GATEWAY,
      sightings: [
        { tagId: IBEACON_TAG, gatewayId: GATEWAY, ts: now - 3000, rssi: -67, n: 4, rssiMax: -61, txPowerAt1m: -59 },
        { tagId: EDDYSTONE_UID_TAG, gatewayId: GATEWAY, ts: now - 2000, rssi: -72, n: 1, txPowerAt1m: -66 },
        { tagId: EDDYSTONE_UID_TAG, gatewayId: GATEWAY, ts: now - 1000, rssi: -74, n: 1, batteryMv: 3000, temperatureC: 25.5 },
      ],
    });
  });

  it('answers a retry of an accepted seq as a duplicate and forwards nothing again', async () => {
    const batch = liveBatch(2);
    await post(batch).expect(200);
    await bus.next();
    expect((await post(batch).expect(200)).body).toEqual({ accepted: 0, duplicate: true, unknownFrames: 0, skipped: 0 });
    // A late batch within the window (seq 2 before 3 arrived) is new; then only repeats are refused.
    expect((await post(liveBatch(4)).expect(200)).body.duplicate).toBe(false);
    expect((await post(liveBatch(3)).expect(200)).body.duplicate).toBe(false);
    expect((await post(liveBatch(3)).expect(200)).body.duplicate).toBe(true);
    expect(bus.batches).toHaveLength(4);
    expect(stateOf(GATEWAY)).toMatchObject({ lastSeq: 4, batches: 4, duplicateBatches: 2 });
  });

  it('refuses a request without a device key or with an unknown one (401)', async () => {
    await post(liveBatch(10), null).expect(401);
    await post(liveBatch(10), `wwd_${'A'.repeat(43)}`).expect(401);
  });

  it("refuses a batch that names another gateway than the key's (403 naming gatewayId)", async () => {
    const answer = await post(liveBatch(10, { gatewayId: OTHER_GATEWAY })).expect(403);
    expect(answer.body).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: `This device key belongs to gateway "${GATEWAY}"; the batch is from "${OTHER_GATEWAY}"`,
      issues: [{ field: 'gatewayId', message: `must be "${GATEWAY}", the gateway of this device key` }],
    });
  });

  it('refuses the key of a device that is not a BLE gateway (403)', async () => {
    const answer = await post(liveBatch(10, { gatewayId: SENSOR }), keys[SENSOR]).expect(403);
    expect(answer.body.message).toBe(`Device "${SENSOR}" is not a BLE gateway placed on a floor plan`);
  });

  it('refuses an invalid batch whole (400), naming each field, and forwards nothing of it', async () => {
    const before = bus.batches.length;
    const good = { ts: Date.now() - 1000, rssi: -60, adv: IBEACON_ADV };
    const answer = await post(liveBatch(11, { sightings: [good, good, good, { ...good, rssi: 30 }] })).expect(400);
    expect(answer.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid BLE batch: sightings[3].rssi must be <= 20',
      issues: [{ field: 'sightings[3].rssi', message: 'must be <= 20' }],
    });
    // The refused seq was not recorded: the corrected batch with the same seq is accepted.
    expect((await post(liveBatch(11, { sightings: [good, good, good, good] })).expect(200)).body.accepted).toBe(4);
    expect(bus.batches.length).toBe(before + 1);
  });

  it('lists at most 20 issues and says how many there were', async () => {
    const sightings = Array.from({ length: 30 }, () => ({ ts: Date.now(), rssi: -60, adv: 'xyz' }));
    const answer = await post(liveBatch(12, { sightings })).expect(400);
    expect(answer.body.issues).toHaveLength(20);
    expect(answer.body.message).toBe('Invalid BLE batch: sightings[0].adv must be hex digits (0-9, a-f, A-F), an even number of them (and 29 more issues)');
  });

  it('refuses a body that is not JSON (400)', async () => {
    const answer = await post('{"gatewayId": ').expect(400);
    expect(answer.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The body is not valid JSON (Unexpected end of JSON input)',
      issues: [{ field: '(body)', message: 'is not valid JSON' }],
    });
  });

  it('refuses a body over 1 MiB (413) without reading it as a batch', async () => {
    const answer = await post(liveBatch(13, { padding: 'x'.repeat(1_100_000) })).expect(413);
    expect(answer.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'The body is larger than the ingest limit of 1048576 bytes; send smaller batches',
    });
  });

  it('refuses more than 5000 sightings (413) even when the body is under the size limit', async () => {
    const sighting = { ts: Date.now() - 1000, rssi: -60, adv: IBEACON_ADV };
    const body = liveBatch(14, { sightings: Array.from({ length: 5001 }, () => sighting) });
    expect(JSON.stringify(body).length).toBeLessThan(1024 * 1024);
    const answer = await post(body).expect(413);
    expect(answer.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'A batch carries at most 5000 sightings, this one 5001: split it',
      issues: [{ field: 'sightings', message: 'has 5001 items, at most 5000' }],
    });
    expect((await post(liveBatch(14, { sightings: Array.from({ length: 5000 }, () => sighting) })).expect(200)).body.accepted).toBe(5000);
  });

  it('counts refused batches against the gateway', () => {
    // 403 (other gateway), 400 (rssi), 400 (20 issues), 413 (5001 sightings). The body parser refuses bad JSON
    // and oversize bodies before the key is read, so those are not the gateway's.
    expect(stateOf(GATEWAY)).toMatchObject({ rejectedBatches: 4, lastRejectedAt: expect.any(Date) });
  });

  it('shows the schema in the OpenAPI document', async () => {
    const document = await request(app.server).get('/api/docs-json').set('Cookie', app.admin.cookie).expect(200);
    const operation = document.body.paths['/api/v1/ingest/ble'].post;
    expect(operation.requestBody.content['application/json'].schema).toMatchObject({
      required: ['gatewayId', 'seq', 'sentAt', 'sightings'],
      properties: { sightings: { maxItems: 5000 } },
    });
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '413']);
  });

  it('still knows the last seq after a restart: its retry is a duplicate, the next seq is new', async () => {
    await app.testApp.app.get(IngestStatsService).flush();
    const last = liveBatch(20);
    await post(last).expect(200);
    // No flush here: shutdown saves what changed since the last save.
    app.testApp = await app.testApp.restart();
    app.server = app.testApp.server;
    bus = recordBus(app.testApp.app);

    expect((await post(last).expect(200)).body.duplicate).toBe(true);
    expect((await post(liveBatch(19)).expect(200)).body.duplicate).toBe(false);
    expect((await post(liveBatch(21)).expect(200)).body.duplicate).toBe(false);
    expect(bus.batches).toHaveLength(2);
    expect(stateOf(GATEWAY)).toMatchObject({ lastSeq: 21, duplicateBatches: 3, rejectedBatches: 4 });
  });
});
