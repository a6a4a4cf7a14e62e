import request from 'supertest';
import { createUserAndSignIn, startAppSignedInAsAdmin, type TestSession } from '../../test-support/sign-in.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { stopScheduledAlertJobs } from '../alerts/testing/alerts-test-setup.js';
import { EnvironmentAlarmsService } from './environment-alarms.service.js';
import { FRIDGE_SENSOR, OTHER_SENSOR, hygieneBatch, placeHygieneDevices, postHygiene } from './testing/hygiene-test-setup.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;

interface AlertBody {
  id: number;
  state: string;
  severity: string;
  title: string;
  resolution: string | null;
  detail: Record<string, unknown>;
}

/**
 * Medication-fridge sensors (named "Med fridge…"): 2–8 °C, an alarm after 15 min out, clearing at 7.5 °C
 * or below (0.5 °C margin), escalating 30 min after it was raised unless acknowledged. Readings are posted
 * through the ingest, so everything from the device's batch to the alert is exercised.
 */
describeEachDatabase('environment alarms from readings posted through the ingest', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let keys: Record<string, string>;
  let nurse: TestSession;
  /** Whole minutes, 6 h ago: every reading is in the past and within a batch's 4-day bound. */
  const T0 = Math.floor((Date.now() - 6 * HOUR) / MINUTE) * MINUTE;
  const iso = (ms: number) => new Date(ms).toISOString();
  let seq = 0;

  beforeAll(async () => {
    // Escalation at the real time would overtake the hand-driven clock of these readings (6 h ago).
    stopScheduledAlertJobs(app.testApp.app);
    keys = await placeHygieneDevices(app.server, app.admin);
    nurse = await createUserAndSignIn(app.server, app.admin, { username: 'icnurse', role: 'infection_control' });
  });

  const temperatures = async (sensor: string, readings: Array<[number, number]>) => {
    const events = readings.map(([at, value]) => ({ type: 'reading', ts: at, measure: 'temperature', value }));
    await postHygiene(app.server, hygieneBatch(sensor, ++seq, events), keys[sensor]).expect(200);
  };
  const alertsOf = async (state = 'open'): Promise<AlertBody[]> =>
    (await request(app.server).get('/api/alerts').query({ kind: 'environment.excursion', state }).set('Cookie', app.admin.cookie).expect(200)).body;
  const excursions = async (query: Record<string, string> = {}) =>
    (await request(app.server).get('/api/hygiene/environment/excursions').query({ from: iso(T0 - HOUR), to: iso(T0 + 6 * HOUR), ...query }).set('Cookie', nurse.cookie).expect(200)).body;

  it('raises nothing for a door opening, raises a warning 15 min into an excursion, escalates it unacknowledged, and clears it past the margin', async () => {
    // 9.0 at +5 min, back to 7.5 (inside) at +10: a door opening, under the 15 min delay.
    await temperatures(FRIDGE_SENSOR, [[T0, 5], [T0 + 5 * MINUTE, 9], [T0 + 10 * MINUTE, 7.5], [T0 + 20 * MINUTE, 8.6], [T0 + 30 * MINUTE, 9.4]]);
    expect(await alertsOf()).toEqual([]);
    expect(await excursions()).toEqual([]);

    // 15 min after the first reading out (+20): the alarm, dated from +20, worst 9.4 at +30.
    await temperatures(FRIDGE_SENSOR, [[T0 + 35 * MINUTE, 9.1]]);
    const [raised] = await alertsOf();
    expect(raised).toMatchObject({
      state: 'unacknowledged',
      severity: 'warning',
      title: 'Med fridge, Med room: temperature too high (worst 9.4 °C; limit 2 to 8 °C)',
      detail: { deviceId: FRIDGE_SENSOR, spaceKind: 'medication_fridge', startedAt: iso(T0 + 20 * MINUTE), alarmedAt: iso(T0 + 35 * MINUTE), worstValue: 9.4, worstAt: iso(T0 + 30 * MINUTE) },
    });
    expect(await excursions()).toEqual([
      expect.objectContaining({ deviceId: FRIDGE_SENSOR, roomId: 'f-0-med', unit: 'Test ward', direction: 'high', startedAt: iso(T0 + 20 * MINUTE), alarmedAt: iso(T0 + 35 * MINUTE), endedAt: null, alertId: raised.id }),
    ]);

    // 31 min after the alarm, nobody acknowledged it: critical. 7.8 is inside the limit but not by the margin.
    await temperatures(FRIDGE_SENSOR, [[T0 + 66 * MINUTE, 8.2], [T0 + 70 * MINUTE, 7.8]]);
    const [escalated] = await alertsOf();
    expect(escalated).toMatchObject({ id: raised.id, severity: 'critical', detail: { escalatedAt: iso(T0 + 66 * MINUTE) } });

    await temperatures(FRIDGE_SENSOR, [[T0 + 75 * MINUTE, 7.4]]);
    expect(await alertsOf()).toEqual([]);
    const [cleared] = await alertsOf('resolved');
    expect(cleared).toMatchObject({ id: raised.id, resolution: 'auto_cleared' });
    expect(await excursions()).toEqual([
      expect.objectContaining({ endedAt: iso(T0 + 75 * MINUTE), durationMinutes: 55, worstValue: 9.4, escalatedAt: iso(T0 + 66 * MINUTE), acknowledgedAt: null, correctiveNote: null }),
    ]);
  });

  it('does not escalate an acknowledged alarm (across a restart), and keeps the corrective note of whoever resolved it', async () => {
    const start = T0 + 2 * HOUR;
    await temperatures(FRIDGE_SENSOR, [[start, 9], [start + 15 * MINUTE, 9]]);
    const [raised] = await alertsOf();
    await request(app.server).post(`/api/alerts/${raised.id}/acknowledge`).set('Cookie', nurse.cookie).send({ note: 'Checking the fridge' }).expect(200);

    app.testApp = await app.testApp.restart();
    app.server = app.testApp.server;
    stopScheduledAlertJobs(app.testApp.app);

    // 35 min after the alarm, still out and worse: acknowledged, so no escalation; the resumed tracker keeps the worst.
    await temperatures(FRIDGE_SENSOR, [[start + 50 * MINUTE, 9.5]]);
    const [still] = await alertsOf();
    expect(still).toMatchObject({ id: raised.id, severity: 'warning', state: 'acknowledged' });
    const note = 'Door seal replaced; stock quarantined and released by pharmacy';
    await request(app.server).post(`/api/alerts/${raised.id}/resolve`).set('Cookie', nurse.cookie).send({ note }).expect(200);

    await temperatures(FRIDGE_SENSOR, [[start + 60 * MINUTE, 6]]);
    const listed = (await excursions()).find((excursion: { alertId: number }) => excursion.alertId === raised.id);
    expect(listed).toMatchObject({ startedAt: iso(start), endedAt: iso(start + 60 * MINUTE), durationMinutes: 60, worstValue: 9.5, worstAt: iso(start + 50 * MINUTE), escalatedAt: null, correctiveNote: note });
    expect(listed.acknowledgedAt).not.toBeNull();
    expect(await alertsOf()).toEqual([]);
  });

  it('escalates an alarm whose sensor went silent, when its time passes', async () => {
    await temperatures(OTHER_SENSOR, [[T0, 1.2], [T0 + 15 * MINUTE, 1.0]]);
    const [raised] = await alertsOf();
    expect(raised).toMatchObject({ severity: 'warning', title: 'Med fridge, Med room: temperature too low (worst 1 °C; limit 2 to 8 °C)' });
    const alarms = app.testApp.app.get(EnvironmentAlarmsService);
    await alarms.tick(T0 + 44 * MINUTE);
    expect((await alertsOf())[0]).toMatchObject({ severity: 'warning' });
    await alarms.tick(T0 + 45 * MINUTE);
    expect((await alertsOf())[0]).toMatchObject({ id: raised.id, severity: 'critical' });
  });

  it('lists excursions by period and unit', async () => {
    expect(await excursions({ unit: 'Test ward' })).toHaveLength(3);
    expect(await excursions({ unit: 'Another ward' })).toEqual([]);
    // The first excursion ended at T0 + 75 min: a period from then on no longer lists it.
    expect(await excursions({ from: iso(T0 + 76 * MINUTE) })).toHaveLength(2);
    await request(app.server).get('/api/hygiene/environment/excursions').query({ from: iso(T0), to: iso(T0 - 1) }).set('Cookie', nurse.cookie).expect(400);
  });
});
