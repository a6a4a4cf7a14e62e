/**
 * GET /api/hygiene/compliance end to end on both databases: a hand-counted night on a small floor, with
 * staff badges' room transitions written as the location feature stores them and dispenser activations
 * through the hygiene ingest.
 */
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createUserAndSignIn, signIn, TEST_ADMIN, type TestSession } from '../../../test-support/sign-in.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { testTagId } from '../../equipment/testing/equipment-test-setup.js';
import { addFeatures, fixtureSvg, looseFixture, setAt } from '../../floorplan/import/testing/floor-plan-fixture.js';
import { RoomTransitionRecord } from '../../location/persistence/room-transition-record.entity.js';
import { DEFAULT_COMPLIANCE_RULES } from '../compliance/compliance-rules.js';
import { hygieneBatch, postHygiene } from '../testing/hygiene-test-setup.js';
import { StaffRegistryService } from '../staff/staff-registry.service.js';

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const ROOM_1 = 'f-0-room-1';
/** The fixture's med room made an isolation patient room of another unit. */
const ROOM_2 = 'f-0-med';
const CORRIDOR = 'f-0-corridor';
/** In Room 1. */
const DISPENSER_IN_ROOM_1 = 'f-0-hh-room-1';
/** In the corridor 2 m from Room 2's door (9, 3): serves Room 2. */
const DISPENSER_AT_ROOM_2 = 'f-0-hh-door-2';
/** The fixture's corridor-end dispenser, 4.3 m from the stairs' door: serves no care room. */
const DISPENSER_NOWHERE = 'f-0-hh-1';
const NURSE_BADGE = testTagId(7001);
const PHYSICIAN_BADGE = testTagId(7002);

/** The floor: Room 1 (standard rule), Room 2 (contact isolation, unit "Iso ward"), and two more dispensers. */
function complianceFloor() {
  const floor = looseFixture('f-0', 0);
  setAt(floor, ROOM_2, 'properties', { kind: 'room', name: 'Room 2', type: 'patient_room', unit: 'Iso ward', isolation: 'contact', pressure: 'neutral' });
  addFeatures(
    floor,
    { type: 'Feature', id: DISPENSER_IN_ROOM_1, geometry: { type: 'Point', coordinates: [1, 5] }, properties: { kind: 'device', deviceType: 'hand_hygiene_dispenser', name: 'Dispenser, Room 1', roomId: ROOM_1 } },
    { type: 'Feature', id: DISPENSER_AT_ROOM_2, geometry: { type: 'Point', coordinates: [9, 1] }, properties: { kind: 'device', deviceType: 'hand_hygiene_dispenser', name: 'Dispenser, Room 2 door', roomId: CORRIDOR } },
  );
  return floor;
}

/** The latest Europe/London midnight at least 3 h ago: the scenario runs from 2 h before it to 2 h after. */
function londonMidnightBefore(at: number): number {
  const hourOf = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  for (let t = Math.floor(at / HOUR) * HOUR; ; t -= HOUR) if (hourOf.format(t) === '00:00') return t;
}

describeEachDatabase('hand-hygiene compliance API', (dialect) => {
  let testApp: TestApp;
  let admin: TestSession;
  let infection: TestSession;
  let viewer: TestSession;
  const midnight = londonMidnightBefore(Date.now() - 3 * HOUR);
  const at = (seconds: number) => midnight + seconds * SECOND;
  const [from, to] = [at(-7200), at(7200)];
  const staffIds: Record<string, string> = {};

  beforeAll(async () => {
    // Shifts chosen so the night splits: 22:00-23:00 is "evening".
    testApp = await startTestApp(dialect, { HYGIENE_SHIFTS: 'day=07:00,evening=19:00,night=23:00' });
    const server = testApp.server;
    admin = await signIn(server, TEST_ADMIN.username, TEST_ADMIN.password);
    infection = await createUserAndSignIn(server, admin, { username: 'ic-nurse', role: 'infection_control' });
    viewer = await createUserAndSignIn(server, admin, { username: 'ward-viewer', role: 'viewer' });
    await request(server).post('/api/admin/floorplans/import').set('Cookie', admin.cookie).send({ floor: complianceFloor(), svg: fixtureSvg() }).expect(200);

    const registry = testApp.app.get(StaffRegistryService);
    await registry.createMany(
      [
        { displayName: 'Nurse Ada', role: 'nurse', badgeTagId: NURSE_BADGE },
        { displayName: 'Dr Bo', role: 'physician', badgeTagId: PHYSICIAN_BADGE },
      ],
      new Date(from - 24 * HOUR),
    );
    for (const member of (await registry.search({ limit: 10, offset: 0 })).items) staffIds[member.displayName] = String(member.id);

    // Door crossings (seconds from midnight), as the location engine stores them.
    const moves: Array<[string, string, number]> = [
      [NURSE_BADGE, ROOM_1, -7800], // entered before the range: only its exit counts
      [NURSE_BADGE, CORRIDOR, -7140],
      [NURSE_BADGE, ROOM_1, -3600],
      [NURSE_BADGE, CORRIDOR, -3300],
      [NURSE_BADGE, ROOM_2, 600],
      [NURSE_BADGE, CORRIDOR, 900],
      [NURSE_BADGE, ROOM_1, 7195], // entered 5 s before the range ends, stays 105 s: its entry counts
      [NURSE_BADGE, CORRIDOR, 7300],
      [PHYSICIAN_BADGE, ROOM_1, -1800],
      [PHYSICIAN_BADGE, CORRIDOR, -1500],
      [PHYSICIAN_BADGE, ROOM_2, 1200], // 5 s: shorter than the 10 s minimum, no opportunity
      [PHYSICIAN_BADGE, CORRIDOR, 1205],
    ];
    const previous = new Map<string, string>();
    await testApp.app.get(DataSource).getRepository(RoomTransitionRecord).insert(
      moves.map(([tagId, roomId, seconds]) => {
        const fromRoomId = previous.get(tagId) ?? null;
        previous.set(tagId, roomId);
        return { tagId, fromRoomId, toRoomId: roomId, floorId: 'f-0', enteredAt: new Date(at(seconds)) };
      }),
    );

    const dispense = (seconds: number, badgeId?: string) => ({ type: 'dispense', ts: at(seconds), ...(badgeId ? { badgeId } : {}) });
    const batches: Array<[string, object[]]> = [
      [
        DISPENSER_IN_ROOM_1,
        [
          dispense(-7120), // 20 s after the nurse's exit at -7140 (exit window 15 s before / 30 s after): met by place and time
          dispense(-3590, NURSE_BADGE), // 10 s after her entry at -3600 (entry window 30 s / 15 s): met by badge
          dispense(-1830), // exactly 30 s before the physician's entry: met (window edge)
          dispense(-1470), // exactly 30 s after his exit: met (window edge)
          dispense(7210), // after the range, 15 s after the nurse's entry at 7195: met (edge), not counted as an activation of the range
        ],
      ],
      [
        DISPENSER_AT_ROOM_2,
        [
          dispense(509), // 91 s before the nurse's isolation entry at 600 (isolation entry window 90 s / 5 s): not met
          dispense(960, NURSE_BADGE), // exactly 60 s after her isolation exit at 900 (exit window 5 s / 60 s): met by badge
          dispense(1200), // the physician's 5 s visit: no opportunity to meet
        ],
      ],
      [DISPENSER_NOWHERE, [dispense(100)]], // serves no care room: never counted
    ];
    for (const [deviceId, events] of batches) {
      const key = (await request(server).post('/api/admin/device-keys').set('Cookie', admin.cookie).send({ deviceId }).expect(201)).body.key as string;
      await postHygiene(server, hygieneBatch(deviceId, 1, events), key).expect(200);
    }
  }, 60_000);
  afterAll(async () => testApp?.close());

  const get = (session: TestSession, query: Record<string, string>) =>
    request(testApp.server).get('/api/hygiene/compliance').query({ from: new Date(from).toISOString(), to: new Date(to).toISOString(), ...query }).set('Cookie', session.cookie);
  const count = (opportunities: number, met: number, metByBadge: number) => ({ opportunities, met, metByBadge, compliance: opportunities === 0 ? null : met / opportunities });

  // The 8 opportunities of [from, to) and their fate:
  //   nurse     Room 1 exit  -7140  met, place and time     | physician Room 1 entry -1800  met, place and time
  //   nurse     Room 1 entry -3600  met, badge              | physician Room 1 exit  -1500  met, place and time
  //   nurse     Room 1 exit  -3300  not met                 | nurse     Room 2 entry   600  not met (isolation)
  //   nurse     Room 1 entry  7195  met, place and time     | nurse     Room 2 exit    900  met, badge (isolation)
  // 6 met of 8, 2 by badge. Activations of the range at dispensers serving care rooms: 4 in Room 1 (not
  // the one at 7210) + 3 at Room 2's door = 7; the corridor-end dispenser's is not counted.
  it('counts a hand-counted night by unit, with the rules used and a trend over both local days', async () => {
    const report = (await get(infection, {}).expect(200)).body;
    const day = (offset: number) => new Date(midnight + offset * 86_400_000 + 12 * HOUR).toISOString().slice(0, 10);
    expect(report).toEqual({
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      unit: null,
      timeZone: 'Europe/London',
      by: 'unit',
      rules: DEFAULT_COMPLIANCE_RULES,
      total: { ...count(8, 6, 2), activations: 7 },
      groups: [
        { key: 'Iso ward', label: 'Iso ward', ...count(2, 1, 1) },
        { key: 'Test ward', label: 'Test ward', ...count(6, 5, 1) },
      ],
      // Before midnight: -7140, -3600, -3300, -1800, -1500 (4 met, 1 by badge); after: 600, 900, 7195.
      trend: [
        { day: day(-1), ...count(5, 4, 1) },
        { day: day(0), ...count(3, 2, 1) },
      ],
    });
  });

  it('groups by role, kind, shift and room (room names as labels)', async () => {
    const groups = async (by: string) => (await get(viewer, { by }).expect(200)).body.groups;
    expect(await groups('role')).toEqual([
      { key: 'nurse', label: 'nurse', ...count(6, 4, 2) },
      { key: 'physician', label: 'physician', ...count(2, 2, 0) },
    ]);
    expect(await groups('kind')).toEqual([
      { key: 'entry', label: 'entry', ...count(4, 3, 1) },
      { key: 'exit', label: 'exit', ...count(4, 3, 1) },
    ]);
    // Evening is 19:00-23:00 local: only the exit at 22:01 (-7140).
    expect(await groups('shift')).toEqual([
      { key: 'evening', label: 'evening', ...count(1, 1, 0) },
      { key: 'night', label: 'night', ...count(7, 5, 2) },
    ]);
    expect(await groups('room')).toEqual([
      { key: ROOM_2, label: 'Room 2', ...count(2, 1, 1) },
      { key: ROOM_1, label: 'Room 1', ...count(6, 5, 1) },
    ]);
  });

  it('filters by unit, room and role; activations follow the rooms selected', async () => {
    const total = async (query: Record<string, string>) => (await get(viewer, query).expect(200)).body.total;
    expect(await total({ unit: 'Iso ward' })).toEqual({ ...count(2, 1, 1), activations: 3 });
    expect(await total({ roomId: ROOM_1 })).toEqual({ ...count(6, 5, 1), activations: 4 });
    expect(await total({ unit: 'Test ward', role: 'physician' })).toEqual({ ...count(2, 2, 0), activations: 4 });
    expect(await total({ role: 'therapist' })).toEqual({ ...count(0, 0, 0), activations: 7 });
  });

  it('shows individual results to infection control (names as labels) and refuses them to a viewer (403 naming by)', async () => {
    const staff = (await get(infection, { by: 'staff' }).expect(200)).body.groups;
    expect(staff).toEqual(
      [
        { key: staffIds['Nurse Ada'], label: 'Nurse Ada', ...count(6, 4, 2) },
        { key: staffIds['Dr Bo'], label: 'Dr Bo', ...count(2, 2, 0) },
      ].sort((a, b) => (a.key < b.key ? -1 : 1)),
    );
    const refused = (await get(viewer, { by: 'staff' }).expect(403)).body;
    expect(refused.issues).toEqual([expect.objectContaining({ field: 'by' })]);
    await get(admin, { by: 'staff' }).expect(200);
  });

  it('answers 400 naming the field for a bad range, dimension, role, unit or room', async () => {
    const fieldsOf = async (query: Record<string, string | undefined>) => {
      const response = await request(testApp.server)
        .get('/api/hygiene/compliance')
        .query(Object.fromEntries(Object.entries({ from: new Date(from).toISOString(), to: new Date(to).toISOString(), ...query }).filter(([, value]) => value !== undefined)))
        .set('Cookie', viewer.cookie)
        .expect(400);
      return (response.body.issues as Array<{ field: string }>).map((issue) => issue.field);
    };
    expect(await fieldsOf({ from: undefined })).toContain('from');
    expect(await fieldsOf({ from: '2026-11-01T00:00:00' })).toEqual(['from']);
    expect(await fieldsOf({ to: new Date(from).toISOString() })).toEqual(['to']);
    expect(await fieldsOf({ to: new Date(from + 92 * 86_400_000 + 1).toISOString() })).toEqual(['to']);
    expect(await fieldsOf({ by: 'floor' })).toEqual(['by']);
    expect(await fieldsOf({ role: 'wizard' })).toEqual(['role']);
    expect(await fieldsOf({ unit: 'Narnia' })).toEqual(['unit']);
    expect(await fieldsOf({ roomId: 'f-0-nowhere' })).toEqual(['roomId']);
    expect(await fieldsOf({ roomId: CORRIDOR })).toEqual(['roomId']);
    expect(await fieldsOf({ roomId: ROOM_1, unit: 'Iso ward' })).toEqual(['roomId']);
    // 92 days exactly is allowed.
    await get(viewer, { to: new Date(from + 92 * 86_400_000).toISOString() }).expect(200);
  });

  it('needs a signed-in user', async () => {
    await request(testApp.server).get('/api/hygiene/compliance').query({ from: new Date(from).toISOString(), to: new Date(to).toISOString() }).expect(401);
  });
});
