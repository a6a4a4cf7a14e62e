import request from 'supertest';
import { startAppSignedInAsAdmin } from '../../test-support/sign-in.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { fixtureSvg } from '../floorplan/import/testing/floor-plan-fixture.js';
import type { BleSightingReport } from '../ingest/ble/ble-batch.js';
import { BleSightingBus } from '../ingest/ble-sighting.bus.js';
import { IBEACON_ADV, IBEACON_TAG } from '../ingest/ble/testing/ble-test-vectors.js';
import { GATEWAY, liveBatch, placeTestDevices } from '../ingest/testing/ingest-test-setup.js';
import type { SiteModel } from '../location/engine/site-model.js';
import { parked, simulateSightings } from '../location/engine/testing/simulated-radio.js';
import { LocationService } from '../location/location.service.js';
import { SiteModelBuilder } from '../location/site/site-model-builder.js';
import type { AlertView } from './alert.dto.js';
import { AlertScheduler } from './alert-scheduler.service.js';
import { WatchClock } from './scheduled/watch-clock.js';
import { TagBatteryLog } from './tag-battery-log.service.js';
import { floorWithExit, stopScheduledAlertJobs } from './testing/alerts-test-setup.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const tag = (minor: number) => `ibeacon:e2c56db5-dffb-48d2-b060-d0f5a71096e0:7:${minor}`;

describeEachDatabase('scheduled alert checks', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let keys: Record<string, string>;
  let site: SiteModel;
  let seq = 100;
  /** Event time of the next radio phase: phases follow each other, since the engine's event time only moves forward. */
  let clock = Date.now() - 10 * MINUTE;

  const scheduler = () => app.testApp.app.get(AlertScheduler);
  const location = () => app.testApp.app.get(LocationService);
  const alerts = async (query: string): Promise<AlertView[]> =>
    (await request(app.server).get(`/api/alerts?${query}`).set('Cookie', app.admin.cookie).expect(200)).body;
  const createAsset = async (fields: Record<string, unknown>): Promise<{ id: number }> =>
    (await request(app.server).post('/api/equipment/assets').set('Cookie', app.admin.cookie).send(fields).expect(201)).body;
  /** The tag parked at (x, y) on the floor for 20 s of event time; returns the last sighting's time. */
  const park = async (tagId: string, floorId: string, x: number, y: number): Promise<number> => {
    const fromMs = clock;
    clock += 30 * SECOND;
    const sightings = simulateSightings(site, parked(floorId, x, y), { tagId, seed: Math.floor(fromMs / SECOND), fromMs, toMs: fromMs + 20 * SECOND });
    const bus = app.testApp.app.get(BleSightingBus);
    for (const sighting of sightings) bus.publish([sighting], sighting.gatewayId);
    await location().flush();
    return sightings[sightings.length - 1].ts;
  };
  const postBatch = (sightings: BleSightingReport[]) =>
    request(app.server)
      .post('/api/v1/ingest/ble')
      .set('Authorization', `Bearer ${keys[GATEWAY]}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(liveBatch(seq++, sightings.length === 0 ? {} : { sightings })))
      .expect(200);

  beforeAll(async () => {
    stopScheduledAlertJobs(app.testApp.app);
    // The server has been listening for long: silences count from the last report.
    app.testApp.app.get(WatchClock).watchingSince = new Date(0);
    keys = await placeTestDevices(app.server, app.admin);
    await request(app.server).post('/api/admin/floorplans/import').set('Cookie', app.admin.cookie).send({ floor: floorWithExit('f-x', 5), svg: fixtureSvg() }).expect(200);
    await location().reloadSite();
    site = (await app.testApp.app.get(SiteModelBuilder).build()).model;
  });

  it('raises one alert per silent gateway however often the check runs, and clears it when the gateway reports', async () => {
    await postBatch([]);
    const reportedAt = Date.now();
    const first = await scheduler().runChecks(new Date(reportedAt + 6 * MINUTE), ['gatewayOffline']);
    const second = await scheduler().runChecks(new Date(reportedAt + 7 * MINUTE), ['gatewayOffline']);
    // Every placed gateway of the fixture floors: the one that reported, and those that never did.
    expect(first.gatewayOffline).toMatchObject({ raised: 5, cleared: 0 });
    expect(second.gatewayOffline).toMatchObject({ raised: 0, confirmed: 5, cleared: 0 });
    const open = await alerts('kind=gateway.offline');
    expect(open).toHaveLength(5);
    expect(open.find((a) => a.subjectId === GATEWAY)).toMatchObject({
      title: 'Gateway, Room 1 offline',
      floorId: 'f-0',
      roomId: 'f-0-room-1',
      lastEvaluatedAt: new Date(reportedAt + 7 * MINUTE).toISOString(),
      detail: { neverReported: false },
    });

    await postBatch([]);
    const third = await scheduler().runChecks(new Date(Date.now() + MINUTE), ['gatewayOffline']);
    expect(third.gatewayOffline).toMatchObject({ raised: 0, cleared: 5 });
    const cleared = (await alerts('kind=gateway.offline&state=resolved')).find((a) => a.subjectId === GATEWAY);
    expect(cleared).toMatchObject({ resolution: 'auto_cleared', resolvedBy: 'system' });
  });

  it('raises a low-battery alert below 2,500 mV and clears it only above 2,600 mV', async () => {
    const report = (batteryMv: number) => postBatch([{ ts: Date.now() - SECOND, rssi: -60, adv: IBEACON_ADV, batteryMv }]);
    const lowBattery = async () => (await alerts('kind=tag.low_battery')).filter((a) => a.subjectId === IBEACON_TAG);

    await report(2_490);
    await scheduler().runChecks(new Date(), ['lowBattery']);
    expect(await lowBattery()).toEqual([expect.objectContaining({ title: `Tag battery low: ${IBEACON_TAG}`, detail: expect.objectContaining({ batteryMv: 2_490 }) })]);
    const raisedId = (await lowBattery())[0].id;

    await report(2_580);
    await scheduler().runChecks(new Date(), ['lowBattery']);
    expect(await lowBattery()).toEqual([expect.objectContaining({ id: raisedId, detail: expect.objectContaining({ batteryMv: 2_580 }) })]);

    await report(2_610);
    await scheduler().runChecks(new Date(), ['lowBattery']);
    expect(await lowBattery()).toEqual([]);

    await report(2_550);
    await scheduler().runChecks(new Date(), ['lowBattery']);
    expect(await lowBattery()).toEqual([]);
  });

  it('keeps the latest battery readings across a restart', async () => {
    await postBatch([{ ts: Date.now() - SECOND, rssi: -60, adv: IBEACON_ADV, batteryMv: 2_444 }]);
    app.testApp = await app.testApp.restart();
    app.server = app.testApp.server;
    stopScheduledAlertJobs(app.testApp.app);
    app.testApp.app.get(WatchClock).watchingSince = new Date(0);
    expect(app.testApp.app.get(TagBatteryLog).latest().get(IBEACON_TAG)).toMatchObject({ batteryMv: 2_444 });
    await location().reloadSite();
  });

  it('raises a missing alert for a tag that stops reporting, at its type’s threshold, and clears it when heard again', async () => {
    const ventilator = await createAsset({ assetTag: 'EQ-V1', name: 'Ventilator 1', typeCode: 'ventilator', tagId: tag(1) });
    await createAsset({ assetTag: 'EQ-V2', name: 'Ventilator 2', typeCode: 'ventilator', tagId: tag(2), status: 'retired' });
    const lastSeen = await park(tag(1), 'f-0', 3, 6.5);
    const missing = async () => alerts('kind=equipment.missing');

    await scheduler().runChecks(new Date(lastSeen + 30 * MINUTE - SECOND), ['missing']);
    expect(await missing()).toEqual([]);
    await scheduler().runChecks(new Date(lastSeen + 30 * MINUTE), ['missing']);
    // The retired ventilator, never heard, is not missing.
    expect(await missing()).toEqual([
      expect.objectContaining({
        subjectType: 'asset',
        subjectId: String(ventilator.id),
        title: 'Ventilator 1 (EQ-V1) missing',
        floorId: 'f-0',
        roomId: 'f-0-room-1',
        detail: { assetName: 'Ventilator 1 (EQ-V1)', tagId: tag(1), lastSeenAt: new Date(lastSeen).toISOString(), missingAfterMinutes: 30 },
      }),
    ]);

    await park(tag(1), 'f-0', 3, 6.5);
    await scheduler().runChecks(new Date(lastSeen + 30 * MINUTE + SECOND), ['missing']);
    expect(await missing()).toEqual([]);
  });

  it('raises a left-zone alert when an asset is placed in an exit, within seconds, and clears it back inside', async () => {
    const pump = await createAsset({ assetTag: 'EQ-P1', name: 'Pump 1', typeCode: 'infusion_pump', tagId: tag(3) });
    const leftZone = async () => alerts('kind=equipment.left_zone');
    await park(tag(3), 'f-x', 3, 6.5);
    await scheduler().runChecks(new Date(), ['leftZone']);
    expect(await leftZone()).toEqual([]);

    // No check is run by the test: the transition into the exit prompts one.
    await park(tag(3), 'f-x', 14, 6.5);
    await waitFor(async () => (await leftZone()).length > 0);
    expect(await leftZone()).toEqual([
      expect.objectContaining({ subjectId: String(pump.id), severity: 'critical', title: 'Pump 1 (EQ-P1) at East exit', floorId: 'f-x', roomId: 'f-x-stairs' }),
    ]);

    await park(tag(3), 'f-x', 3, 6.5);
    await scheduler().runChecks(new Date(), ['leftZone']);
    expect(await leftZone()).toEqual([]);
  });

  it('raises PM due as a warning within 14 days and critical when overdue, and clears it when rescheduled', async () => {
    const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * MINUTE).toISOString().slice(0, 10);
    const soon = await createAsset({ assetTag: 'EQ-PM1', name: 'Monitor 1', typeCode: 'patient_monitor', pmDueDate: inDays(5) });
    const late = await createAsset({ assetTag: 'EQ-PM2', name: 'Monitor 2', typeCode: 'patient_monitor', pmDueDate: inDays(-5) });
    await createAsset({ assetTag: 'EQ-PM3', name: 'Monitor 3', typeCode: 'patient_monitor', pmDueDate: inDays(40) });
    await scheduler().runChecks(new Date(), ['pmDue']);
    const due = await alerts('kind=equipment.pm_due');
    expect(new Map(due.map((a) => [a.subjectId, a.severity]))).toEqual(
      new Map([
        [String(soon.id), 'warning'],
        [String(late.id), 'critical'],
      ]),
    );
    await request(app.server).patch(`/api/equipment/assets/${soon.id}`).set('Cookie', app.admin.cookie).send({ pmDueDate: inDays(200) }).expect(200);
    await scheduler().runChecks(new Date(), ['pmDue']);
    expect((await alerts('kind=equipment.pm_due')).map((a) => a.subjectId)).toEqual([String(late.id)]);
  });

  it('raises PAR below minimum, critical with none available, and clears it when the unit has enough', async () => {
    await request(app.server)
      .put('/api/equipment/par-levels')
      .set('Cookie', app.admin.cookie)
      .send({ levels: [{ unit: 'Test ward', typeCode: 'wheelchair', minAvailable: 2 }] })
      .expect(200);
    await scheduler().runChecks(new Date(), ['parBelow']);
    expect(await alerts('kind=equipment.par_below')).toEqual([
      expect.objectContaining({
        subjectType: 'par',
        subjectId: 'wheelchair@Test ward',
        severity: 'critical',
        title: 'Wheelchair below PAR at Test ward: 0 of 2',
        floorId: null,
        detail: { placeName: 'Test ward', typeName: 'Wheelchair', minimum: 2, available: 0, shortfall: 2, unlocated: 0 },
      }),
    ]);
    // Untracked wheelchairs count where they are homed.
    for (const n of [1, 2]) await createAsset({ assetTag: `EQ-W${n}`, name: `Wheelchair ${n}`, typeCode: 'wheelchair', homeUnit: 'Test ward' });
    await scheduler().runChecks(new Date(), ['parBelow']);
    expect(await alerts('kind=equipment.par_below')).toEqual([]);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((wait) => setTimeout(wait, 50));
  }
}
