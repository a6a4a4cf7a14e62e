import request from 'supertest';
import { DataSource } from 'typeorm';
import { createUserAndSignIn, startAppSignedInAsAdmin, type TestSession } from '../../test-support/sign-in.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { EnvironmentReading } from './entities/environment-reading.entity.js';
import { ReadingRetentionService } from './reading-retention.service.js';
import { FRIDGE_SENSOR, hygieneBatch, placeHygieneDevices, postHygiene } from './testing/hygiene-test-setup.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

describeEachDatabase('environment readings: aggregates, chart API and retention', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let key: string;
  let viewer: TestSession;
  /** The start of an hour two to three hours ago: every reading below is in the past and within one batch's bounds. */
  const base = Math.floor((Date.now() - 2 * HOUR) / HOUR) * HOUR;
  const reading = (offsetMs: number, value: number) => ({ type: 'reading', ts: base + offsetMs, measure: 'temperature', value });

  beforeAll(async () => {
    key = (await placeHygieneDevices(app.server, app.admin))[FRIDGE_SENSOR];
    viewer = await createUserAndSignIn(app.server, app.admin, { username: 'vera', role: 'viewer' });
    await postHygiene(app.server, hygieneBatch(FRIDGE_SENSOR, 1, [reading(10_000, 20), reading(50_000, 22), reading(70_000, 21)]), key).expect(200);
    // A late reading of the first minute, and one of the next hour; then the same batch again (a retry).
    const second = hygieneBatch(FRIDGE_SENSOR, 2, [reading(30_000, 19), reading(HOUR + 5_000, 30)]);
    await postHygiene(app.server, second, key).expect(200);
    expect((await postHygiene(app.server, second, key).expect(200)).body.duplicate).toBe(true);
  });

  const chart = (query: Record<string, string>, session: TestSession = app.admin) =>
    request(app.server).get('/api/hygiene/environment/readings').query(query).set('Cookie', session.cookie);
  const range = (fromMs: number, toMs: number, resolution: string) => ({ deviceId: FRIDGE_SENSOR, measure: 'temperature', from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString(), resolution });
  const iso = (ms: number) => new Date(ms).toISOString();

  it('merges late readings into their minute and hour, and counts a retried batch once', async () => {
    const minutes = (await chart(range(base, base + 2 * HOUR, 'minute'), viewer).expect(200)).body;
    expect(minutes).toEqual([
      { start: iso(base), count: 3, min: 19, max: 22, mean: (20 + 22 + 19) / 3 },
      { start: iso(base + MINUTE), count: 1, min: 21, max: 21, mean: 21 },
      { start: iso(base + HOUR), count: 1, min: 30, max: 30, mean: 30 },
    ]);
    const hours = (await chart(range(base, base + 2 * HOUR, 'hour'), viewer).expect(200)).body;
    expect(hours).toEqual([
      { start: iso(base), count: 4, min: 19, max: 22, mean: 20.5 },
      { start: iso(base + HOUR), count: 1, min: 30, max: 30, mean: 30 },
    ]);
  });

  it('includes the buckets starting at from and leaves out the one starting at to', async () => {
    const minutes = (await chart(range(base + MINUTE, base + HOUR, 'minute')).expect(200)).body;
    expect(minutes.map((bucket: { start: string }) => bucket.start)).toEqual([iso(base + MINUTE)]);
    expect((await chart({ ...range(base, base + 2 * HOUR, 'minute'), measure: 'humidity' }).expect(200)).body).toEqual([]);
  });

  it('refuses a missing resolution, an unknown measure, a reversed or too long range (400 naming the field), and anonymous callers (401)', async () => {
    const { resolution: _resolution, ...noResolution } = range(base, base + HOUR, 'minute');
    expect((await chart(noResolution).expect(400)).body.issues).toEqual([{ field: 'resolution', message: 'resolution must be one of the following values: minute, hour' }]);
    expect((await chart({ ...range(base, base + HOUR, 'minute'), measure: 'noise' }).expect(400)).body.issues.map((issue: { field: string }) => issue.field)).toEqual(['measure']);
    expect((await chart(range(base, base - 1, 'hour')).expect(400)).body.issues.map((issue: { field: string }) => issue.field)).toEqual(['to']);
    expect((await chart(range(base, base + 8 * DAY, 'minute')).expect(400)).body.issues.map((issue: { field: string }) => issue.field)).toEqual(['to']);
    await chart(range(base, base + 8 * DAY, 'hour')).expect(200);
    await request(app.server).get('/api/hygiene/environment/readings').query(range(base, base + HOUR, 'hour')).expect(401);
  });

  it('purges raw readings past the retention and keeps the aggregates the charts read', async () => {
    const retention = app.testApp.app.get(ReadingRetentionService);
    const raw = app.testApp.app.get(DataSource).getRepository(EnvironmentReading);
    expect(app.testApp.config.hygieneRawReadingRetentionDays).toBe(30);
    expect(await retention.purge(new Date(base + 30 * DAY))).toBe(0);
    // 30 days after the first hour's readings, those four go; the one of the next hour stays.
    expect(await retention.purge(new Date(base + HOUR + 30 * DAY))).toBe(4);
    expect((await raw.find()).map((row) => row.value)).toEqual([30]);
    expect((await chart(range(base, base + 2 * HOUR, 'hour')).expect(200)).body.map((bucket: { count: number }) => bucket.count)).toEqual([4, 1]);
  });
});
