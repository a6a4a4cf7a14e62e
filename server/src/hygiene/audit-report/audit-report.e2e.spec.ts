import request from 'supertest';
import { DataSource } from 'typeorm';
import { createUserAndSignIn, startAppSignedInAsAdmin, type TestSession } from '../../../test-support/sign-in.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { stopScheduledAlertJobs } from '../../alerts/testing/alerts-test-setup.js';
import { testTagId } from '../../equipment/testing/equipment-test-setup.js';
import { addFeatures, fixtureSvg, looseFixture, setAt } from '../../floorplan/import/testing/floor-plan-fixture.js';
import { RoomTransitionRecord } from '../../location/persistence/room-transition-record.entity.js';
import { StaffRegistryService } from '../staff/staff-registry.service.js';
import { DISPENSER, FRIDGE_SENSOR, PATIENT_ROOM, hygieneBatch, postHygiene } from '../testing/hygiene-test-setup.js';
import { countByHand, tallyBy, tallyCells, type HandActivation, type HandMove } from './testing/count-compliance-by-hand.js';
import { csvSections } from './testing/read-report-csv.js';
import { pdfPagesText } from './testing/read-pdf-text.js';

const SECOND = 1000;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const UNIT = 'Test ward';
/** The two care rooms of the unit, a dispenser inside each. */
const ROOM_A = PATIENT_ROOM;
const ROOM_B = 'f-1-room-1';
const DISPENSER_OF_ROOM: Readonly<Record<string, string>> = { [ROOM_A]: 'f-0-hh-room-1', [ROOM_B]: 'f-1-hh-room-1' };
const ROOM_NAMES: Readonly<Record<string, string>> = { [ROOM_A]: 'Room 1', [ROOM_B]: 'Room 11', 'f-0-med': 'Med room' };
const NURSE_BADGE = testTagId(7101);
const CLEANER_BADGE = testTagId(7102);
const ROLE_OF_BADGE: Readonly<Record<string, string>> = { [NURSE_BADGE]: 'nurse', [CLEANER_BADGE]: 'environmental_services' };

/** Local time in the fixture site's zone, counted here with its own formatter (sv-SE writes YYYY-MM-DD HH:MM). */
const london = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
const localTime = (ms: number) => london.format(ms);
const localHour = (ms: number) => Number(localTime(ms).slice(11, 13));

/** The fixture floors, each with a dispenser inside its Room 1 (Level 1's renamed Room 11). */
function unitFloors() {
  return (['f-0', 'f-1'] as const).map((floorId, level) => {
    const floor = looseFixture(floorId, level);
    if (floorId === 'f-1') setAt(floor, ROOM_B, 'properties.name', ROOM_NAMES[ROOM_B]);
    const roomId = `${floorId}-room-1`;
    addFeatures(floor, { type: 'Feature', id: DISPENSER_OF_ROOM[roomId], geometry: { type: 'Point', coordinates: [1, 5] }, properties: { kind: 'device', deviceType: 'hand_hygiene_dispenser', name: `Dispenser, ${ROOM_NAMES[roomId]}`, roomId } });
    return floor;
  });
}

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
 * The fixture's Test ward over a 7-hour period starting an hour before T0 (whole minutes, 30 h ago): a
 * nurse's and a cleaner's badge moving between its two patient rooms (room transitions as the location
 * engine stores them) and dispenser activations through the ingest; room events from a device through the
 * ingest and from a person through the API, one before the period; and a medication-fridge excursion from
 * readings through the ingest, acknowledged and resolved with a note. The expected figures and rows are
 * counted here from the scenario itself (count-compliance-by-hand.ts), not through the report's code.
 */
describeEachDatabase('the infection-control audit report download', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let keys: Record<string, string>;
  let nurse: TestSession;
  const T0 = Math.floor((Date.now() - 30 * HOUR) / MINUTE) * MINUTE;
  const [FROM, TO] = [T0 - HOUR, T0 + 6 * HOUR];
  const period = { from: new Date(FROM).toISOString(), to: new Date(TO).toISOString() };
  const at = (seconds: number) => T0 + seconds * SECOND;
  const corridorOf = (roomId: string) => roomId.replace('room-1', 'corridor');
  // Door crossings: [badge, room, seconds from T0]; each stay lasts until the badge's next crossing.
  const crossings: Array<[string, string, number]> = [
    [NURSE_BADGE, ROOM_A, -5400], // entered before the period: only its exit (-3000) counts
    [NURSE_BADGE, corridorOf(ROOM_A), -3000],
    [NURSE_BADGE, ROOM_A, 600],
    [NURSE_BADGE, corridorOf(ROOM_A), 900],
    [NURSE_BADGE, ROOM_B, 3600],
    [NURSE_BADGE, corridorOf(ROOM_B), 3900],
    [NURSE_BADGE, ROOM_A, 7200], // 5 s: shorter than the 10 s minimum, no opportunity
    [NURSE_BADGE, corridorOf(ROOM_A), 7205],
    [CLEANER_BADGE, ROOM_A, 1800],
    [CLEANER_BADGE, corridorOf(ROOM_A), 2400],
    [CLEANER_BADGE, ROOM_B, 5400],
    [CLEANER_BADGE, corridorOf(ROOM_B), 5700],
  ];
  const moves: HandMove[] = crossings.map(([badgeId, roomId, seconds]) => ({ badgeId, roomId, at: at(seconds) }));
  const use = (roomId: string, seconds: number, badgeId: string | null = null): HandActivation => ({ dispenserId: DISPENSER_OF_ROOM[roomId], at: at(seconds), badgeId });
  const activations: HandActivation[] = [
    use(ROOM_A, -3010), // 10 s before the nurse left
    use(ROOM_A, 590, NURSE_BADGE), // her badge, 10 s before she entered
    use(ROOM_A, 920), // 20 s after she left
    use(ROOM_B, 3650, NURSE_BADGE), // 50 s after she entered: too late
    use(ROOM_A, 1790, CLEANER_BADGE),
    use(ROOM_B, 5380),
    use(ROOM_B, 5740), // 40 s after the cleaner left: too late
    use(ROOM_A, 7201), // the nurse's glance in
    use(ROOM_A, -4000), // before the period
  ];
  const handCount = () => countByHand(moves, activations, DISPENSER_OF_ROOM, FROM, TO);
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
    for (const floor of unitFloors()) await request(app.server).post('/api/admin/floorplans/import').set('Cookie', app.admin.cookie).send({ floor, svg: fixtureSvg() }).expect(200);
    keys = {};
    for (const deviceId of [DISPENSER, FRIDGE_SENSOR, ...Object.values(DISPENSER_OF_ROOM)]) {
      keys[deviceId] = (await request(app.server).post('/api/admin/device-keys').set('Cookie', app.admin.cookie).send({ deviceId }).expect(201)).body.key;
    }
    nurse = await createUserAndSignIn(app.server, app.admin, { username: 'icnurse', role: 'infection_control' });

    await app.testApp.app.get(StaffRegistryService).createMany(
      [
        { displayName: 'Nurse Ada', role: 'nurse', unit: UNIT, badgeTagId: NURSE_BADGE },
        { displayName: 'Cleaner Cy', role: 'environmental_services', unit: UNIT, badgeTagId: CLEANER_BADGE },
      ],
      new Date(FROM - 24 * HOUR),
    );
    const previous = new Map<string, string>();
    await app.testApp.app.get(DataSource).getRepository(RoomTransitionRecord).insert(
      moves.map((move) => {
        const fromRoomId = previous.get(move.badgeId) ?? null;
        previous.set(move.badgeId, move.roomId);
        return { tagId: move.badgeId, fromRoomId, toRoomId: move.roomId, floorId: move.roomId.slice(0, 3), enteredAt: new Date(move.at) };
      }),
    );
    for (const dispenserId of Object.values(DISPENSER_OF_ROOM)) {
      const events = activations.filter((use) => use.dispenserId === dispenserId).map((use) => ({ type: 'dispense', ts: use.at, ...(use.badgeId === null ? {} : { badgeId: use.badgeId }) }));
      await postHygiene(app.server, hygieneBatch(dispenserId, ++seq, events), keys[dispenserId]).expect(200);
    }

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

  /** The compliance sections as counted by hand: [section title, rows (without the column line)]. */
  const expectedCompliance = (): Array<[string, string[][]]> => {
    const opportunities = handCount();
    const met = opportunities.filter((opportunity) => opportunity.met).length;
    const byBadge = opportunities.filter((opportunity) => opportunity.metByBadge).length;
    const inPeriodUses = activations.filter((use) => use.at >= FROM && use.at < TO).length;
    const days = [...new Set(Array.from({ length: (TO - FROM) / HOUR }, (_, hour) => localTime(FROM + hour * HOUR).slice(0, 10)))];
    const byDay = new Map(tallyBy(opportunities, (opportunity) => localTime(opportunity.at).slice(0, 10)).map(([day, ...cells]) => [day, cells]));
    return [
      ['Hand-hygiene compliance: total', [[...tallyCells(opportunities.length, met, byBadge), String(inPeriodUses)]]],
      ['Compliance by room', tallyBy(opportunities, (opportunity) => opportunity.roomId).map(([roomId, ...cells]) => [ROOM_NAMES[roomId], ...cells])],
      ['Compliance by staff role', tallyBy(opportunities, (opportunity) => ROLE_OF_BADGE[opportunity.badgeId]).map(([role, ...cells]) => [role.replace('_', ' '), ...cells])],
      // Default shifts: day from 07:00, night from 19:00, local.
      ['Compliance by shift', tallyBy(opportunities, (opportunity) => (localHour(opportunity.at) >= 7 && localHour(opportunity.at) < 19 ? 'day' : 'night'))],
      ['Compliance by opportunity: entering and leaving rooms', tallyBy(opportunities, (opportunity) => opportunity.kind).map(([kind, ...cells]) => [kind === 'entry' ? 'Entering' : 'Leaving', ...cells])],
      ['Compliance by day', days.map((day) => [day, ...(byDay.get(day) ?? tallyCells(0, 0, 0))])],
    ];
  };

  it('counts the scenario by hand as its comments say: 9 opportunities, 5 met, 2 by badge', () => {
    const opportunities = handCount();
    expect([opportunities.length, opportunities.filter((o) => o.met).length, opportunities.filter((o) => o.metByBadge).length]).toEqual([9, 5, 2]);
  });

  const expectedExcursion = () => ['Med room', FRIDGE_SENSOR, 'temperature (°C)', localTime(T0 + 20 * MINUTE), localTime(T0 + 35 * MINUTE), localTime(T0 + 75 * MINUTE), String(55), '9.4', '2 to 8', 'icnurse', note, 'icnurse'];

  it('downloads the CSV as an attachment whose compliance figures, cleaning log and excursions are the scenario’s', async () => {
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
    for (const [title, rows] of expectedCompliance()) expect([title, sections.get(title)?.slice(1)]).toEqual([title, rows]);
    const [columns, ...cleaningRows] = sections.get('Cleaning log') ?? [];
    expect(columns).toEqual(['Time', 'Room', 'Event', 'Kind', 'Phase', 'By', 'Result']);
    expect(cleaningRows).toEqual(expectedCleaningRows());
    expect(sections.get('Environment excursions')?.slice(1)).toEqual([expectedExcursion()]);
  });

  it('downloads the PDF with the same figures and rows, every page numbered', async () => {
    const response = await download({ unit: UNIT, ...period, format: 'pdf' }).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="wardwatch-audit-test-ward-.*\.pdf"$/);
    const pages = pdfPagesText(response.body as Buffer);
    const runs = pages.flat();
    const holdsInOrder = (cells: readonly string[]) => runs.some((_, start) => cells.every((cell, i) => runs[start + i] === cell));
    for (const [, rows] of expectedCompliance()) for (const row of rows) expect([row, holdsInOrder(row)]).toEqual([row, true]);
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
