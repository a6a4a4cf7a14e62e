import request from 'supertest';
import { DataSource } from 'typeorm';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { startAppSignedInAsAdmin } from '../../../test-support/sign-in.js';
import { PlacedDevice } from '../device.entity.js';
import { DeviceKeyService } from './device-key.service.js';

describeEachDatabase('device keys', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let deviceKeys: DeviceKeyService;
  beforeAll(async () => {
    deviceKeys = app.testApp.app.get(DeviceKeyService);
    const now = new Date();
    // Placements normally come from a floor-plan import; the keys only need the row.
    await app.testApp.app
      .get(DataSource)
      .getRepository(PlacedDevice)
      .insert(
        ['gw-1', 'gw-2'].map((id) => ({
          id,
          deviceType: 'ble_gateway' as const,
          name: `Gateway ${id}`,
          floorId: 'f-0',
          roomId: null,
          x: 1,
          y: 2,
          mountHeightM: null,
          measures: null,
          createdAt: now,
          updatedAt: now,
        })),
      );
  });

  const createKey = (body: object) => request(app.server).post('/api/admin/device-keys').set('Cookie', app.admin.cookie).send(body);
  const listKeys = async () => (await request(app.server).get('/api/admin/device-keys').set('Cookie', app.admin.cookie).expect(200)).body;

  it('issues a key for a placed device, showing the secret only in the creation response', async () => {
    const created = await createKey({ deviceId: 'gw-1', label: 'Ward 3 gateway' }).expect(201);
    expect(created.headers['cache-control']).toBe('no-store');
    expect(created.body).toEqual({
      id: expect.any(Number),
      deviceId: 'gw-1',
      label: 'Ward 3 gateway',
      prefix: created.body.key.slice(0, 12),
      createdAt: expect.any(String),
      createdBy: 'user:admin',
      revokedAt: null,
      lastUsedAt: null,
      key: expect.stringMatching(/^wwd_[A-Za-z0-9_-]{43}$/),
    });
    const listed = (await listKeys()).find((k: { id: number }) => k.id === created.body.id);
    expect(Object.keys(listed).sort()).toEqual(['createdAt', 'createdBy', 'deviceId', 'id', 'label', 'lastUsedAt', 'prefix', 'revokedAt']);
    expect(JSON.stringify(await listKeys())).not.toContain(created.body.key);
  });

  it('refuses a device that is not placed with 400 naming deviceId', async () => {
    const refused = await createKey({ deviceId: 'gw-nowhere' }).expect(400);
    expect(refused.body.issues).toEqual([{ field: 'deviceId', message: 'is not a placed device' }]);
    await createKey({}).expect(400);
  });

  it('authenticates the device by its key, and nothing else', async () => {
    const { body } = await createKey({ deviceId: 'gw-2' }).expect(201);
    expect(await deviceKeys.authenticate(body.key)).toEqual({ kind: 'device', deviceId: 'gw-2', keyId: body.id });
    // Twice: the second answer comes from the cache of verified keys.
    expect(await deviceKeys.authenticate(body.key)).toEqual({ kind: 'device', deviceId: 'gw-2', keyId: body.id });

    const lastChar = body.key.at(-1) === 'A' ? 'B' : 'A';
    for (const wrong of [undefined, '', 'wwd_short', `${body.key.slice(0, -1)}${lastChar}`, `wwd_${'x'.repeat(43)}`, app.admin.token]) {
      expect(await deviceKeys.authenticate(wrong)).toBeUndefined();
    }
  });

  it('records use at most once per flush, not per request', async () => {
    const { body } = await createKey({ deviceId: 'gw-1' }).expect(201);
    for (let i = 0; i < 5; i++) await deviceKeys.authenticate(body.key);
    expect((await listKeys()).find((k: { id: number }) => k.id === body.id).lastUsedAt).toBeNull();
    await deviceKeys.flushLastUsed();
    const used = (await listKeys()).find((k: { id: number }) => k.id === body.id).lastUsedAt;
    expect(Date.now() - Date.parse(used)).toBeLessThan(60_000);
  });

  it('stops a revoked key at once, even one verified a moment ago', async () => {
    const { body } = await createKey({ deviceId: 'gw-1', label: 'to revoke' }).expect(201);
    expect(await deviceKeys.authenticate(body.key)).toBeDefined();

    const revoked = await request(app.server).post(`/api/admin/device-keys/${body.id}/revoke`).set('Cookie', app.admin.cookie).expect(200);
    expect(revoked.body).toMatchObject({ id: body.id, revokedAt: expect.any(String) });
    expect(revoked.body.key).toBeUndefined();
    expect(await deviceKeys.authenticate(body.key)).toBeUndefined();

    const again = await request(app.server).post(`/api/admin/device-keys/${body.id}/revoke`).set('Cookie', app.admin.cookie).expect(200);
    expect(again.body.revokedAt).toBe(revoked.body.revokedAt);
    await request(app.server).post('/api/admin/device-keys/999999/revoke').set('Cookie', app.admin.cookie).expect(404);
  });

  it('audits creation and revocation without the key', async () => {
    const { body } = await createKey({ deviceId: 'gw-2', label: 'audited' }).expect(201);
    await request(app.server).post(`/api/admin/device-keys/${body.id}/revoke`).set('Cookie', app.admin.cookie).expect(200);
    const trail = (await request(app.server).get('/api/admin/audit?limit=500').set('Cookie', app.admin.cookie).expect(200)).body;
    expect(trail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'device-keys.create', actor: 'user:admin', target: `device-key:${body.id}` }),
        expect.objectContaining({ action: 'device-keys.revoke', actor: 'user:admin', target: `device-key:${body.id}` }),
      ]),
    );
    expect(JSON.stringify(trail)).not.toContain(body.key);
  });
});
