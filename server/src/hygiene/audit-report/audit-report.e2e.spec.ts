import request from 'supertest';
import { createUserAndSignIn, startAppSignedInAsAdmin, type TestSession } from '../../../test-support/sign-in.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { stopScheduledAlertJobs } from '../../alerts/testing/alerts-test-setup.js';
import { DISPENSER, FRIDGE_SENSOR, PATIENT_ROOM, hygieneBatch, placeHygieneDevices, postHygiene } from '../testing/hygiene-test-setup.js';
import { csvSections } from './testing/read-report-csv.js';
import { pdfPagesText } from './testing/read-pdf-text.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const UNIT = 'Test ward';
const ROOM_NAMES: Readonly<Record<string, string>> = { 'f-0-room-1': 'Room 1', 'f-1-room-1': 'Room 1', 'f-0-med': 'Med room' };

/** Local time in the fixture site's zone, counted here with its own formatter (sv-SE writes YYYY-MM-DD HH:MM). */
const london = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
const localTime = (ms: number) => london.format(ms);

interface ScenarioClean {
  at: number;
  roomId: string;
  event: string;
  kind: string;
  phase: string;
  by: string;
  result: string;
}

/**
 * The fixture's Test ward over a 7-hour period starting an hour before T0 (whole minutes, 30 h ago): room
 * events from a device through the ingest and from a person through the API, one before the period, and a
 * medication-fridge excursion from readings through the ingest, acknowledged and resolved with a note.
 * The expected rows are counted here from the scenario itself, not through the report's code.
 */
describeEachDatabase('the infection-control audit report download', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let keys: Record<string, string>;
  let nurse: TestSession;
  const T0 = Math.floor((Date.now() - 30 * HOUR) / MINUTE) * MINUTE;
  const period = { from: new Date(T0 - HOUR).toISOString(), to: new Date(T0 + 6 * HOUR).toISOString() };
  const note = 'Door seal replaced, stock checked: "all within range"';
  let seq = 0;

  const deviceCleans: ScenarioClean[] = [
    { at: T0 - 2 * HOUR, roomId: PATIENT_ROOM, event: 'Clean', kind: 'daily', phase: 'completed', by: 'evs-01', result: '' },
    { at: T0 + 10 * MINUTE, roomId: PATIENT_ROOM, event: 'Clean', kind: 'daily', phase: 'completed', by: 'evs-12', result: '' },
    { at: T0 + HOUR, roomId: 'f-1-room-1', event: 'Clean', kind: 'terminal', phase: 'started', by: 'evs-12', result: '' },
    { at: T0 + 2 * HOUR, roomId: PATIENT_ROOM, event: 'Verification', kind: 'ATP', phase: '', by: 'ic-3', result: 'passed, 87 RLU' },
  ];
  const personCleans: ScenarioClean[] = [{ at: T0 + 30 * MINUTE, roomId: PATIENT_ROOM, event: 'Discharge', kind: '', phase: '', by: 'icnurse', result: '' }];
  const inPeriod = (at: number) => at >= T0 - HOUR && at < T0 + 6 * HOUR;
  const expectedCleaningRows = () =>
    [...deviceCleans, ...personCleans]
      .filter((clean) => inPeriod(clean.at))
      .sort((a, b) => a.at - b.at)
      .map((clean) => [localTime(clean.at), ROOM_NAMES[clean.roomId], clean.event, clean.kind, clean.phase, clean.by, clean.result]);

  const temperatures = async (readings: Array<[number, number]>) => {
    const events = readings.map(([at, value]) => ({ type: 'reading', ts: at, measure: 'temperature', value }));
    await postHygiene(app.server, hygieneBatch(FRIDGE_SENSOR, ++seq, events), keys[FRIDGE_SENSOR]).expect(200);
  };
  const download = (query: Record<string, string>, session: TestSession = nurse) =>
    request(app.server)
      .get('/api/hygiene/audit-report')
      .query(query)
      .set('Cookie', session.cookie)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    stopScheduledAlertJobs(app.testApp.app);
    keys = await placeHygieneDevices(app.server, app.admin);
    nurse = await createUserAndSignIn(app.server, app.admin, { username: 'icnurse', role: 'infection_control' });

    const deviceEvents = deviceCleans.map((clean) =>
      clean.event === 'Verification'
        ? { type: 'verification', ts: clean.at, roomId: clean.roomId, method: 'atp', passed: true, value: 87, by: clean.by }
        : { type: 'cleaning', ts: clean.at, roomId: clean.roomId, kind: clean.kind, phase: clean.phase, by: clean.by },
    );
    await postHygiene(app.server, hygieneBatch(DISPENSER, ++seq, deviceEvents), keys[DISPENSER]).expect(200);
    for (const clean of personCleans) {
      await request(app.server).post(`/api/hygiene/rooms/${clean.roomId}/events`).set('Cookie', nurse.cookie).send({ type: 'discharge', at: new Date(clean.at).toISOString() }).expect(201);
    }

    // 2–8 °C, 15 min start delay: out from T0 + 20 min, alarmed at + 35, worst 9.4, back inside the margin at + 75.
    await temperatures([[T0, 5], [T0 + 20 * MINUTE, 9], [T0 + 30 * MINUTE, 9.4], [T0 + 35 * MINUTE, 9.1]]);
    const [alert] = (await request(app.server).get('/api/alerts').query({ kind: 'environment.excursion', state: 'open' }).set('Cookie', app.admin.cookie).expect(200)).body;
    await request(app.server).post(`/api/alerts/${alert.id}/acknowledge`).set('Cookie', nurse.cookie).send({ note: 'On it' }).expect(200);
    await request(app.server).post(`/api/alerts/${alert.id}/resolve`).set('Cookie', nurse.cookie).send({ note }).expect(200);
    await temperatures([[T0 + 75 * MINUTE, 6]]);
  });

  const expectedExcursion = () => ['Med room', FRIDGE_SENSOR, 'temperature (°C)', localTime(T0 + 20 * MINUTE), localTime(T0 + 35 * MINUTE), localTime(T0 + 75 * MINUTE), String(55), '9.4', '2 to 8', 'icnurse', note, 'icnurse'];

  it('downloads the CSV as an attachment whose cleaning log and excursions are the scenario’s', async () => {
    const response = await download({ unit: UNIT, ...period, format: 'csv' }).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="wardwatch-audit-test-ward-${localTime(T0 - HOUR).slice(0, 10)}-${localTime(T0 + 6 * HOUR).slice(0, 10)}.csv"`);
    expect(response.headers['cache-control']).toBe('no-store');
    const sections = csvSections((response.body as Buffer).toString('utf8'));
    expect(sections.get(`Infection-control audit report: ${UNIT}`)).toEqual(
      expect.arrayContaining([
        ['Site', 'Test Hospital'],
        ['Unit', UNIT],
        ['Period', `${localTime(T0 - HOUR)} to ${localTime(T0 + 6 * HOUR)} (end not included)`],
        ['Time zone', 'Europe/London'],
        ['Generated by', 'icnurse'],
      ]),
    );
    const [columns, ...cleaningRows] = sections.get('Cleaning log') ?? [];
    expect(columns).toEqual(['Time', 'Room', 'Event', 'Kind', 'Phase', 'By', 'Result']);
    expect(cleaningRows).toEqual(expectedCleaningRows());
    expect(sections.get('Environment excursions')?.slice(1)).toEqual([expectedExcursion()]);
  });

  it('downloads the PDF with the same rows, every page numbered', async () => {
    const response = await download({ unit: UNIT, ...period, format: 'pdf' }).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="wardwatch-audit-test-ward-.*\.pdf"$/);
    const pages = pdfPagesText(response.body as Buffer);
    const runs = pages.flat();
    const holdsInOrder = (cells: readonly string[]) => runs.some((_, start) => cells.every((cell, i) => runs[start + i] === cell));
    // Empty cells draw nothing in a PDF.
    for (const row of expectedCleaningRows()) expect(holdsInOrder(row.filter((cell) => cell !== ''))).toBe(true);
    expect(runs.filter((run) => run === 'evs-01')).toEqual([]);
    const excursion = expectedExcursion();
    expect(holdsInOrder(excursion.slice(0, 10))).toBe(true);
    expect(runs.join(' ')).toContain('Door seal replaced');
    pages.forEach((page, i) => expect(page.at(-1)).toBe(`Page ${i + 1} of ${pages.length}`));
  });

  it('records each export in the audit trail: who, which unit, period and format', async () => {
    await download({ unit: UNIT, ...period, format: 'csv' }).expect(200);
    const entries = (await request(app.server).get('/api/admin/audit').query({ limit: 20 }).set('Cookie', app.admin.cookie).expect(200)).body as Array<{ actor: string; action: string; target: string; details: Record<string, unknown> }>;
    expect(entries.find((entry) => entry.action === 'hygiene.audit_report.export')).toMatchObject({
      actor: 'user:icnurse',
      target: `unit:${UNIT}`,
      details: { unit: UNIT, from: period.from, to: period.to, format: 'csv' },
    });
  });

  it('lets only infection control and admins export: 403 for every other role', async () => {
    await download({ unit: UNIT, ...period, format: 'csv' }, app.admin).expect(200);
    for (const role of ['viewer', 'biomed', 'pharmacy'] as const) {
      const session = await createUserAndSignIn(app.server, app.admin, { username: `report-${role}`, role });
      await download({ unit: UNIT, ...period, format: 'pdf' }, session).expect(403);
    }
  });

  it('answers 400 naming the field for an unknown unit, bad dates, a period over 92 days and a bad format', async () => {
    const fieldsOf = async (query: Record<string, string>) => {
      const response = await request(app.server).get('/api/hygiene/audit-report').query(query).set('Cookie', nurse.cookie).expect(400);
      // A malformed date breaks two rules of its field: each field once.
      return [...new Set((response.body.issues as Array<{ field: string }>).map((issue) => issue.field))];
    };
    expect(await fieldsOf({ unit: 'Narnia ward', ...period, format: 'pdf' })).toEqual(['unit']);
    expect(await fieldsOf({ unit: UNIT, from: 'yesterday', to: period.to, format: 'pdf' })).toEqual(['from']);
    expect(await fieldsOf({ unit: UNIT, from: '2026-11-01T00:00:00', to: period.to, format: 'pdf' })).toEqual(['from']);
    expect(await fieldsOf({ unit: UNIT, from: period.to, to: period.from, format: 'pdf' })).toEqual(['to']);
    expect(await fieldsOf({ unit: UNIT, from: '2026-01-01T00:00:00Z', to: '2026-04-03T00:00:01Z', format: 'pdf' })).toEqual(['to']);
    expect(await fieldsOf({ unit: UNIT, ...period, format: 'xlsx' })).toEqual(['format']);
    expect(await fieldsOf({ ...period, format: 'csv' })).toEqual(['unit']);
  });
});
