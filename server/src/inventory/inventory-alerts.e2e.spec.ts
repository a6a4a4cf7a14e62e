import request from 'supertest';
import { startAppSignedInAsAdmin } from '../../test-support/sign-in.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { AlertScheduler } from '../alerts/alert-scheduler.service.js';
import { stopScheduledAlertJobs } from '../alerts/testing/alerts-test-setup.js';
import { createInventoryUsers, restock, setUpInventory, type InventoryFixture, type InventoryUsers } from './testing/inventory-test-setup.js';

const HOUR = 3_600_000;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describeEachDatabase('inventory alerts', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let users: InventoryUsers;
  let fixture: InventoryFixture;
  beforeAll(async () => {
    stopScheduledAlertJobs(app.testApp.app);
    users = await createInventoryUsers(app.server, app.admin);
    fixture = await setUpInventory(app.server, app.admin, users.pharmacy);
  });

  const scheduler = () => app.testApp.app.get(AlertScheduler);
  const open = async (kind: string) => (await request(app.server).get(`/api/alerts?kind=${kind}`).set('Cookie', users.pharmacy.cookie).expect(200)).body as Array<Record<string, unknown>>;
  const entry = (binId: number, body: object) => request(app.server).post(`/api/inventory/bins/${binId}/entries`).set('Cookie', users.pharmacy.cookie).send(body).expect(201);

  it('raises one alert per stock-out and below-reorder bin however often the checks run, and clears them when restocked', async () => {
    await entry(fixture.bins.morphine, restock(10, 'MS1', inDays(200)));
    await entry(fixture.bins.morphine, { kind: 'withdraw', quantity: 8 });
    const first = await scheduler().runChecks(new Date(), ['stockOut', 'belowReorder']);
    const second = await scheduler().runChecks(new Date(), ['stockOut', 'belowReorder']);
    // Empty: saline and the other cabinet's morphine; at or below reorder: morphine (2 of par 10).
    expect(first).toMatchObject({ stockOut: { raised: 2 }, belowReorder: { raised: 1 } });
    expect(second).toMatchObject({ stockOut: { raised: 0, confirmed: 2 }, belowReorder: { raised: 0, confirmed: 1 } });
    expect(await open('inventory.below_reorder')).toEqual([
      expect.objectContaining({ severity: 'warning', subjectType: 'bin', subjectId: String(fixture.bins.morphine), floorId: 'f-0', roomId: 'f-0-med', title: 'Below reorder point: Morphine sulfate 2 mg/mL ampoule at Cabinet, Med room – Drawer 1 / A1 (2 of par 10)' }),
    ]);
    await entry(fixture.bins.morphine, restock(8, 'MS2', inDays(300)));
    expect(await scheduler().runChecks(new Date(), ['belowReorder'])).toMatchObject({ belowReorder: { cleared: 1 } });
    expect(await open('inventory.below_reorder')).toEqual([]);
  });

  it('raises expiring and expired lots still in a bin', async () => {
    await entry(fixture.bins.saline, restock(5, 'NS-SOON', inDays(10)));
    await entry(fixture.bins.saline, restock(5, 'NS-PAST', inDays(-3)));
    await scheduler().runChecks(new Date(), ['lotExpiring', 'lotExpired']);
    expect((await open('inventory.lot_expiring')).map((a) => [a.subjectId, a.severity])).toEqual([[`${fixture.bins.saline}:NS-SOON`, 'warning']]);
    expect((await open('inventory.lot_expired')).map((a) => [a.subjectId, a.severity])).toEqual([[`${fixture.bins.saline}:NS-PAST`, 'critical']]);
  });

  it('escalates a controlled-substance discrepancy left unresolved past 12 h, and clears it once resolved', async () => {
    await entry(fixture.bins.morphine, { kind: 'count', count: 9, method: 'blind' });
    expect(await scheduler().runChecks(new Date(Date.now() + 11 * HOUR), ['discrepancyOverdue'])).toMatchObject({ discrepancyOverdue: { raised: 0 } });
    await scheduler().runChecks(new Date(Date.now() + 13 * HOUR), ['discrepancyOverdue']);
    const [overdue] = await open('inventory.discrepancy_overdue');
    expect(overdue).toMatchObject({ severity: 'critical', title: 'Controlled-substance discrepancy overdue: Morphine sulfate 2 mg/mL ampoule at Cabinet, Med room – Drawer 1 / A1 (-1)' });
    const [discrepancy] = (await request(app.server).get('/api/inventory/discrepancies').set('Cookie', users.pharmacy.cookie).expect(200)).body;
    await request(app.server)
      .post(`/api/inventory/discrepancies/${discrepancy.id}/resolve`)
      .set('Cookie', users.pharmacy.cookie)
      .send({ reason: 'Miscounted at the cabinet; recount agrees', witnessUsername: users.secondPharmacy.username, witnessPassword: users.secondPharmacy.password })
      .expect(200);
    expect(await scheduler().runChecks(new Date(Date.now() + 14 * HOUR), ['discrepancyOverdue'])).toMatchObject({ discrepancyOverdue: { cleared: 1 } });
  });

  it('lets pharmacy act on inventory alerts and not on equipment ones', async () => {
    const [first, second] = await open('inventory.stock_out');
    await request(app.server).post(`/api/alerts/${first.id}/acknowledge`).set('Cookie', users.pharmacy.cookie).send({ note: 'Restock on the 14:00 round' }).expect(200);
    await request(app.server).post(`/api/alerts/${second.id}/acknowledge`).set('Cookie', users.biomed.cookie).send({}).expect(403);
    const summary = (await request(app.server).get('/api/alerts/summary').set('Cookie', users.viewer.cookie).expect(200)).body;
    expect(summary.byKind.find((k: { kind: string }) => k.kind === 'inventory.stock_out')).toMatchObject({ label: 'Bin stocked out', open: 2, unacknowledged: 1 });
  });
});
