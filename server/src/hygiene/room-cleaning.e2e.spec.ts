import request from 'supertest';
import { createUserAndSignIn, startAppSignedInAsAdmin, type TestSession } from '../../test-support/sign-in.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { stopScheduledAlertJobs } from '../alerts/testing/alerts-test-setup.js';
import { CleaningOverdueCheck } from './cleaning-overdue.scheduled-check.js';
import { DISPENSER, PATIENT_ROOM, hygieneBatch, placeHygieneDevices, postHygiene } from './testing/hygiene-test-setup.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const OTHER_PATIENT_ROOM = 'f-1-room-1';

interface BoardRoom {
  roomId: string;
  state: string;
  terminalRequired: boolean;
  lastCleanedAt: string | null;
  dueBy: string | null;
  overdue: boolean;
}

/**
 * Room 1 of the fixture (a patient room), its events timed from T0, 30 h ago: a daily clean is due 24 h
 * after the last clean; a discharge, the end of isolation or a failed check after a terminal clean
 * requires a terminal clean within 2 h, which only a terminal clean satisfies.
 */
describeEachDatabase('the room cleaning board and its overdue alerts', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);
  let dispenserKey: string;
  let nurse: TestSession;
  let viewer: TestSession;
  const T0 = Math.floor((Date.now() - 30 * HOUR) / MINUTE) * MINUTE;
  const iso = (ms: number) => new Date(ms).toISOString();
  let seq = 0;

  beforeAll(async () => {
    // The check runs at the times these tests choose, not at the real time.
    stopScheduledAlertJobs(app.testApp.app);
    dispenserKey = (await placeHygieneDevices(app.server, app.admin))[DISPENSER];
    nurse = await createUserAndSignIn(app.server, app.admin, { username: 'icnurse', role: 'infection_control' });
    viewer = await createUserAndSignIn(app.server, app.admin, { username: 'vera', role: 'viewer' });
  });

  const fromDevice = (events: object[]) => postHygiene(app.server, hygieneBatch(DISPENSER, ++seq, events), dispenserKey).expect(200);
  const record = (body: object, session: TestSession = nurse) => request(app.server).post(`/api/hygiene/rooms/${PATIENT_ROOM}/events`).set('Cookie', session.cookie).send(body);
  const board = async (session: TestSession = viewer): Promise<Record<string, BoardRoom>> => {
    const rooms: BoardRoom[] = (await request(app.server).get('/api/hygiene/rooms/cleaning').set('Cookie', session.cookie).expect(200)).body;
    return Object.fromEntries(rooms.map((room) => [room.roomId, room]));
  };
  const overdueAlerts = async () =>
    (await request(app.server).get('/api/alerts').query({ kind: 'hygiene.cleaning_overdue' }).set('Cookie', app.admin.cookie).expect(200)).body as Array<{ subjectId: string; severity: string; title: string }>;
  const checkAt = (ms: number) => app.testApp.app.get(CleaningOverdueCheck).run(new Date(ms));

  it('lists the patient rooms, dirty with no deadline while nothing is on record', async () => {
    const rooms = await board();
    expect(Object.keys(rooms).sort()).toEqual([PATIENT_ROOM, OTHER_PATIENT_ROOM]);
    expect(rooms[PATIENT_ROOM]).toMatchObject({ state: 'dirty', dueBy: null, overdue: false });
  });

  it('makes a room clean with a device-reported clean, due again 24 h later, and alerts once that passes', async () => {
    await fromDevice([{ type: 'cleaning', ts: T0, roomId: PATIENT_ROOM, kind: 'daily', phase: 'completed', by: 'evs-12' }]);
    expect((await board())[PATIENT_ROOM]).toMatchObject({ state: 'clean', lastCleanedAt: iso(T0), dueBy: iso(T0 + 24 * HOUR), overdue: true });
    await checkAt(T0 + 24 * HOUR);
    expect(await overdueAlerts()).toEqual([]);
    await checkAt(T0 + 24 * HOUR + MINUTE);
    expect(await overdueAlerts()).toEqual([expect.objectContaining({ subjectId: PATIENT_ROOM, severity: 'warning', title: 'Room 1: daily clean overdue' })]);
  });

  it('requires a terminal clean within 2 h of a discharge, which a daily clean does not satisfy, and alerts critically past it', async () => {
    const after = (await record({ type: 'discharge', at: iso(T0 + 25 * HOUR) }).expect(201)).body;
    expect(after).toMatchObject({ state: 'needs_terminal_clean', terminalRequired: true, dueBy: iso(T0 + 27 * HOUR) });
    // At +26 h the terminal deadline is an hour away: the daily-clean alert is gone.
    await checkAt(T0 + 26 * HOUR);
    expect(await overdueAlerts()).toEqual([]);
    await record({ type: 'cleaning_completed', kind: 'daily', at: iso(T0 + 27 * HOUR - MINUTE) }).expect(201);
    await checkAt(T0 + 27 * HOUR + MINUTE);
    expect(await overdueAlerts()).toEqual([expect.objectContaining({ subjectId: PATIENT_ROOM, severity: 'critical', title: 'Room 1: terminal clean overdue' })]);
  });

  it('clears the alert with a terminal clean, and requires another after a failed check', async () => {
    await fromDevice([{ type: 'cleaning', ts: T0 + 28 * HOUR, roomId: PATIENT_ROOM, kind: 'terminal', phase: 'started' }]);
    expect((await board())[PATIENT_ROOM]).toMatchObject({ state: 'in_progress', overdue: false });
    await record({ type: 'cleaning_completed', kind: 'terminal', at: iso(T0 + 29 * HOUR), by: 'evs-12' }).expect(201);
    expect((await board())[PATIENT_ROOM]).toMatchObject({ state: 'clean', terminalRequired: false, dueBy: iso(T0 + 53 * HOUR) });
    await checkAt(T0 + 29 * HOUR + MINUTE);
    expect(await overdueAlerts()).toEqual([]);
    const failed = (await record({ type: 'verification', method: 'atp', passed: false, value: 412, at: iso(T0 + 29 * HOUR + 30 * MINUTE) }).expect(201)).body;
    expect(failed).toMatchObject({ state: 'needs_terminal_clean', dueBy: iso(T0 + 31 * HOUR + 30 * MINUTE), overdue: false, lastVerification: { method: 'atp', passed: false, value: 412 } });
  });

  it('lets only infection control and admins record events, and names the field at fault', async () => {
    await record({ type: 'discharge' }, viewer).expect(403);
    expect((await record({ type: 'cleaning_completed' }).expect(400)).body.issues.map((issue: { field: string }) => issue.field)).toEqual(['kind']);
    expect((await record({ type: 'verification', method: 'atp' }).expect(400)).body.issues.map((issue: { field: string }) => issue.field)).toEqual(['passed']);
    expect((await record({ type: 'discharge', at: iso(Date.now() + HOUR) }).expect(400)).body.issues).toEqual([{ field: 'at', message: 'must not be in the future' }]);
    await request(app.server).post('/api/hygiene/rooms/f-0-nowhere/events').set('Cookie', app.admin.cookie).send({ type: 'discharge' }).expect(404);
  });
});
