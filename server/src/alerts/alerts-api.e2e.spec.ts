import request from 'supertest';
import { DataSource } from 'typeorm';
import { createUserAndSignIn, startAppSignedInAsAdmin, type TestSession } from '../../test-support/sign-in.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import type { UserPrincipal } from '../platform/auth/session-authenticator.js';
import type { AlertView } from './alert.dto.js';
import { Alert } from './alert.entity.js';
import { AlertsService } from './alerts.service.js';
import { gatewayOfflineCondition, stopScheduledAlertJobs } from './testing/alerts-test-setup.js';

const SYSTEM: UserPrincipal = { kind: 'user', userId: 1, username: 'admin', role: 'admin' };

describeEachDatabase('alerts API', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let biomed: TestSession & { id: number };
  let viewer: TestSession;
  let infectionControl: TestSession;
  const alerts = () => app.testApp.app.get(AlertsService);
  const rows = () => app.testApp.app.get(DataSource).getRepository(Alert);

  beforeAll(async () => {
    stopScheduledAlertJobs(app.testApp.app);
    biomed = await createUserAndSignIn(app.server, app.admin, { username: 'bea', role: 'biomed' });
    viewer = await createUserAndSignIn(app.server, app.admin, { username: 'vic', role: 'viewer' });
    infectionControl = await createUserAndSignIn(app.server, app.admin, { username: 'ines', role: 'infection_control' });
  });

  const get = (path: string, session: TestSession = viewer) => request(app.server).get(path).set('Cookie', session.cookie);
  const post = (path: string, body: object, session: TestSession = biomed) => request(app.server).post(path).set('Cookie', session.cookie).send(body);
  const raise = async (gatewayId: string) => (await alerts().raise(gatewayOfflineCondition(gatewayId))).alert;

  it('keeps one open alert per condition when it is raised again, or twice at once', async () => {
    const first = await raise('gw-twice');
    const again = await alerts().raise(gatewayOfflineCondition('gw-twice'));
    expect(again).toMatchObject({ action: 'confirmed', alert: { id: first.id } });
    const racing = await Promise.all(Array.from({ length: 6 }, () => alerts().raise(gatewayOfflineCondition('gw-race'))));
    expect(new Set(racing.map((r) => r.alert.id)).size).toBe(1);
    expect(racing.filter((r) => r.action === 'raised')).toHaveLength(1);
    expect(await rows().countBy({ conditionKey: 'gateway.offline:gateway:gw-race' })).toBe(1);
    // Two server instances (two services, each serializing only its own raises) racing to the database.
    const otherServer = new AlertsService(rows(), alerts().kinds);
    const instances = await Promise.all([alerts(), otherServer, alerts(), otherServer].map((service) => service.raise(gatewayOfflineCondition('gw-race-2'))));
    expect(new Set(instances.map((r) => r.alert.id)).size).toBe(1);
    expect(await rows().countBy({ conditionKey: 'gateway.offline:gateway:gw-race-2' })).toBe(1);
    expect(await rows().countBy({ conditionKey: 'gateway.offline:gateway:gw-twice' })).toBe(1);
  });

  it('has the database refuse a second open alert for a condition, and allow any number of resolved ones', async () => {
    const open = await raise('gw-db');
    const { id: _id, ...copy } = open;
    await expect(rows().insert({ ...copy })).rejects.toThrow();
    await alerts().clear(open.conditionKey);
    await rows().insert({ ...copy, openKey: null, resolvedAt: new Date(), resolution: 'auto_cleared' });
    const reopened = await raise('gw-db');
    expect(reopened.id).not.toBe(open.id);
    expect(await rows().countBy({ conditionKey: open.conditionKey })).toBe(3);
  });

  it('refreshes an open alert whose condition changed, and opens a new one once it was cleared', async () => {
    const open = await raise('gw-refresh');
    const updated = await alerts().raise(gatewayOfflineCondition('gw-refresh', { severity: 'critical', title: 'Gateway gw-refresh still offline' }));
    expect(updated).toMatchObject({ action: 'updated', alert: { id: open.id, severity: 'critical' } });
    const cleared = await alerts().clear(open.conditionKey);
    expect(cleared).toMatchObject({ id: open.id, resolution: 'auto_cleared', resolvedBy: 'system', openKey: null });
    expect(await alerts().clear(open.conditionKey)).toBeUndefined();
    expect((await raise('gw-refresh')).id).toBeGreaterThan(open.id);
  });

  it('records who acknowledged and who resolved an alert, and when, and audits both', async () => {
    const alert = await raise('gw-ack');
    const before = Date.now();
    const acknowledged = await post(`/api/alerts/${alert.id}/acknowledge`, { note: ' Going to look. ' }).expect(200);
    expect(acknowledged.body).toMatchObject({ id: alert.id, state: 'acknowledged', acknowledgedBy: 'bea', acknowledgeNote: 'Going to look.', resolvedAt: null });
    expect(Date.parse(acknowledged.body.acknowledgedAt)).toBeGreaterThanOrEqual(before - 5);

    const resolved = await post(`/api/alerts/${alert.id}/resolve`, { note: 'Power supply replaced.' }, app.admin).expect(200);
    expect(resolved.body).toMatchObject({ state: 'resolved', resolution: 'resolved', resolvedBy: 'admin', resolutionNote: 'Power supply replaced.', acknowledgedBy: 'bea' });
    expect(Date.parse(resolved.body.resolvedAt)).toBeGreaterThanOrEqual(Date.parse(acknowledged.body.acknowledgedAt));
    expect((await get(`/api/alerts/${alert.id}`).expect(200)).body).toEqual(resolved.body);
    expect(await rows().findOneBy({ id: alert.id })).toMatchObject({ openKey: null });

    const trail = (await get('/api/admin/audit?limit=50', app.admin).expect(200)).body as Array<{ actor: string; action: string; status: number; details: unknown }>;
    expect(trail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'user:bea', action: 'http.POST /api/alerts/:id/acknowledge', status: 200, details: expect.objectContaining({ body: { note: ' Going to look. ' } }) }),
        expect.objectContaining({ actor: 'user:admin', action: 'http.POST /api/alerts/:id/resolve', status: 200 }),
      ]),
    );
  });

  it('answers 409 to resolving a resolved alert, or acknowledging one twice', async () => {
    const alert = await raise('gw-409');
    await post(`/api/alerts/${alert.id}/acknowledge`, {}).expect(200);
    const twice = await post(`/api/alerts/${alert.id}/acknowledge`, {}).expect(409);
    expect(twice.body).toMatchObject({ message: expect.stringContaining('acknowledged by bea'), issues: [{ field: 'id', message: 'alert is already acknowledged' }] });
    await post(`/api/alerts/${alert.id}/resolve`, { note: 'Done.' }).expect(200);
    const again = await post(`/api/alerts/${alert.id}/resolve`, { note: 'Done again.' }).expect(409);
    expect(again.body).toMatchObject({ statusCode: 409, message: expect.stringContaining('resolved by bea'), issues: [{ field: 'id', message: 'alert is already resolved' }] });
    await post(`/api/alerts/${alert.id}/acknowledge`, {}).expect(409);

    const cleared = await raise('gw-cleared');
    await alerts().clear(cleared.conditionKey);
    expect((await post(`/api/alerts/${cleared.id}/resolve`, { note: 'x' }).expect(409)).body.message).toContain('cleared by itself');
  });

  it('lets only one of two racing resolves win', async () => {
    const alert = await raise('gw-resolve-race');
    const outcomes = await Promise.allSettled([alerts().resolve(alert.id, SYSTEM, 'a'), alerts().resolve(alert.id, SYSTEM, 'b')]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('answers 400 naming the field: a missing or blank note, a bad id', async () => {
    const alert = await raise('gw-400');
    for (const body of [{}, { note: '   ' }, { note: 42 }]) {
      const answer = await post(`/api/alerts/${alert.id}/resolve`, body).expect(400);
      expect(answer.body.issues.map((issue: { field: string }) => issue.field)).toContain('note');
    }
    expect((await post(`/api/alerts/${alert.id}/resolve`, { note: 'x'.repeat(2001) }).expect(400)).body.issues[0].field).toBe('note');
    expect((await post(`/api/alerts/${alert.id}/acknowledge`, { note: 'ok', extra: 1 }).expect(400)).body.issues[0].field).toBe('extra');
    expect((await post('/api/alerts/abc/acknowledge', {}).expect(400)).body.issues[0].field).toBe('id');
    expect((await get('/api/alerts/0').expect(400)).body.issues[0].field).toBe('id');
    await get('/api/alerts/999999').expect(404);
    await post('/api/alerts/999999/acknowledge', {}).expect(404);
  });

  it('answers 401 without a session and 403 to roles that may not act on the kind', async () => {
    const alert = await raise('gw-403');
    await request(app.server).get('/api/alerts').expect(401);
    await request(app.server).get('/api/alerts/summary').expect(401);
    await request(app.server).post(`/api/alerts/${alert.id}/acknowledge`).send({}).expect(401);
    await request(app.server).post(`/api/alerts/${alert.id}/resolve`).send({ note: 'x' }).expect(401);
    // Viewers only read: the route refuses them.
    await post(`/api/alerts/${alert.id}/acknowledge`, {}, viewer).expect(403);
    // Infection control may act on alerts, but not on gateway alerts.
    const refused = await post(`/api/alerts/${alert.id}/resolve`, { note: 'x' }, infectionControl).expect(403);
    expect(refused.body.message).toBe('Alerts of kind gateway.offline can be acknowledged and resolved by: admin, biomed');
    expect((await get(`/api/alerts/${alert.id}`, infectionControl).expect(200)).body.state).toBe('unacknowledged');
  });

  it('says per kind who may act on it, so clients offer actions only to them', async () => {
    const byKind = (await get('/api/alerts/summary').expect(200)).body.byKind as Array<{ kind: string; label: string; actingRoles: string[] }>;
    expect(byKind.find((kind) => kind.kind === 'gateway.offline')).toMatchObject({ label: 'Gateway offline', actingRoles: ['admin', 'biomed'] });
    expect(byKind.every((kind) => kind.actingRoles[0] === 'admin')).toBe(true);
  });

  it('lists by state, kind, floor and time, newest first, a page at a time', async () => {
    const startedAt = new Date();
    const [a, b, c] = [await raise('gw-list-a'), await raise('gw-list-b'), await alerts().raise(gatewayOfflineCondition('gw-list-c', { floorId: 'f-9' }))];
    await post(`/api/alerts/${b.id}/acknowledge`, {}).expect(200);
    await post(`/api/alerts/${a.id}/resolve`, { note: 'fixed' }).expect(200);
    const ids = async (query: string) => ((await get(`/api/alerts?${query}`).expect(200)).body as AlertView[]).map((alert) => alert.id);
    const since = `since=${encodeURIComponent(startedAt.toISOString())}`;

    expect(await ids(since)).toEqual([c.alert.id, b.id]);
    expect(await ids(`state=open&${since}`)).toEqual([c.alert.id, b.id]);
    expect(await ids(`state=unacknowledged&${since}`)).toEqual([c.alert.id]);
    expect(await ids(`state=acknowledged&${since}`)).toEqual([b.id]);
    expect(await ids(`state=resolved&${since}`)).toEqual([a.id]);
    expect(await ids(`state=all&${since}`)).toEqual([c.alert.id, b.id, a.id]);
    expect(await ids(`state=all&floor=f-9`)).toEqual([c.alert.id]);
    expect(await ids(`state=all&kind=equipment.missing,equipment.pm_due&${since}`)).toEqual([]);
    expect(await ids(`state=all&kind=gateway.offline&${since}&limit=2`)).toEqual([c.alert.id, b.id]);
    expect(await ids(`state=all&${since}&limit=2&before=${b.id}`)).toEqual([a.id]);
    expect(await ids(`state=all&since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);

    const listed = (await get(`/api/alerts?${since}&limit=1`).expect(200)).body[0];
    expect(Object.keys(listed).sort()).toEqual(
      [
        'acknowledgeNote', 'acknowledgedAt', 'acknowledgedBy', 'conditionKey', 'detail', 'floorId', 'id', 'kind', 'lastEvaluatedAt', 'raisedAt',
        'resolution', 'resolutionNote', 'resolvedAt', 'resolvedBy', 'roomId', 'severity', 'state', 'subjectId', 'subjectType', 'title',
      ].sort(),
    );
    expect(listed).toMatchObject({ kind: 'gateway.offline', subjectType: 'gateway', subjectId: 'gw-list-c', detail: { neverReported: true } });
  });

  it.each([
    ['state=closed', 'state'],
    ['kind=equipment.teleported', 'kind'],
    ['kind=Not A Kind', 'kind'],
    ['floor=', 'floor'],
    ['since=yesterday', 'since'],
    ['since=2025-02-30T00:00:00Z', 'since'],
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['before=x', 'before'],
  ])('refuses ?%s with 400 naming %s', async (query, field) => {
    const answer = await get(`/api/alerts?${query}`).expect(400);
    expect(answer.body.issues.map((issue: { field: string }) => issue.field)).toContain(field);
  });

  it('counts open alerts by kind and severity, every known kind included', async () => {
    const summary = async () => (await get('/api/alerts/summary').expect(200)).body;
    const before = await summary();
    const critical = await alerts().raise(gatewayOfflineCondition('gw-sum-1', { severity: 'critical' }));
    await raise('gw-sum-2');
    await post(`/api/alerts/${critical.alert.id}/acknowledge`, {}).expect(200);
    const after = await summary();
    const gateways = (s: typeof after) => s.byKind.find((k: { kind: string }) => k.kind === 'gateway.offline');
    expect(after.open - before.open).toBe(2);
    expect(after.unacknowledged - before.unacknowledged).toBe(1);
    expect(gateways(after).bySeverity.critical - gateways(before).bySeverity.critical).toBe(1);
    expect(gateways(after).bySeverity.warning - gateways(before).bySeverity.warning).toBe(1);
    expect(gateways(after)).toMatchObject({ label: 'Gateway offline' });
    expect(after.byKind.map((k: { kind: string }) => k.kind)).toEqual(
      expect.arrayContaining(['equipment.left_zone', 'equipment.missing', 'equipment.par_below', 'equipment.pm_due', 'gateway.not_scanning', 'gateway.offline', 'tag.low_battery']),
    );
    expect(after.byKind.find((k: { kind: string }) => k.kind === 'equipment.left_zone')).toEqual({
      kind: 'equipment.left_zone',
      label: 'Equipment left its zone',
      actingRoles: ['admin', 'biomed'],
      open: 0,
      unacknowledged: 0,
      bySeverity: { info: 0, warning: 0, critical: 0 },
    });
  });
});
