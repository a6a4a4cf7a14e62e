/**
 * Eight simulated hours of St Mary's hygiene demo, judged with the real rules: the compliance core on
 * the staff's true stays and the dispensers' activations, the cleaning-state fold on the cleans and
 * discharges, the excursion tracker on the readings. Also: every batch is one the ingest accepts.
 */
import type { HygieneBatch, HygieneEventReport } from '../../ingest/hygiene/hygiene-batch.js';
import { validateHygieneBatch } from '../../ingest/hygiene-ingest.schema.js';
import { checkHygieneBatch } from '../../ingest/hygiene/check-hygiene-batch.js';
import { DEFAULT_CLEANING_RULES, roomCleaningState, type RoomCleaningEvent } from '../../hygiene/cleaning/room-cleaning-state.js';
import { attributeActivations } from '../../hygiene/compliance/attribute-activations.js';
import { DEFAULT_COMPLIANCE_RULES } from '../../hygiene/compliance/compliance-rules.js';
import { complianceBy, totalCompliance } from '../../hygiene/compliance/compliance-summary.js';
import type { CareRoom, DispenserActivation, StaffStay } from '../../hygiene/compliance/compliance-types.js';
import { CalendarLookup, DEFAULT_SHIFTS } from '../../hygiene/compliance/compliance-calendar.js';
import { opportunitiesOf } from '../../hygiene/compliance/hand-hygiene-opportunities.js';
import { DEMO_STAFF } from '../../hygiene/staff/demo/demo-staff.js';
import { Simulation } from '../../simulator/index.js';
import { loadStMarysFloors } from '../../simulator/testing/st-marys.js';
import { DemoHygieneFeed, type DemoHygienePerson } from './demo-hygiene-feed.js';
import { CARE_ROOM_TYPES, cleaningRoundOf, demoStaffTags } from './demo-staff-tags.js';

const floors = loadStMarysFloors();
const rooms = new Map(floors.flatMap((floor) => floor.rooms).map((room) => [room.id, room]));
const devices = new Map(floors.flatMap((floor) => floor.devices).map((device) => [device.id, device]));
const MINUTE = 60_000;
const HOUR = 3_600_000;
const START = Date.UTC(2026, 10, 26, 7, 0, 0);
const END = START + 8 * HOUR;
const people: DemoHygienePerson[] = DEMO_STAFF.map((member) => ({ badgeId: member.badgeTagId, role: member.role, unit: member.unit, employeeNumber: member.employeeNumber ?? '' }));

function run(seed: number, firstExcursionAt: number | undefined, stepMs: number, end = END) {
  const simulation = new Simulation({ floors, seed: 11, tags: demoStaffTags(floors), startTs: START });
  const feed = new DemoHygieneFeed({ floors, people, groundTruth: (badgeId) => simulation.groundTruth(badgeId), startTs: START, seed, firstExcursionAt });
  feed.seedPastCleans();
  const batches: HygieneBatch[] = [];
  const discharges: Array<{ roomId: string; at: number }> = [];
  for (let t = START + stepMs; t <= end; t += stepMs) {
    const step = feed.step(t);
    batches.push(...step.batches);
    discharges.push(...step.discharges);
  }
  return { simulation, feed, batches, discharges };
}

const { simulation, feed, batches, discharges } = run(5, START + 10 * MINUTE, 10_000);
const events = batches.flatMap((batch) => batch.events.map((event) => ({ deviceId: batch.deviceId, event })));
const ofType = <T extends HygieneEventReport['type']>(type: T) =>
  events.filter((entry): entry is { deviceId: string; event: Extract<HygieneEventReport, { type: T }> } => entry.event.type === type);

function trueStays(): StaffStay[] {
  return DEMO_STAFF.flatMap((member) => {
    const transitions = simulation.groundTruth(member.badgeTagId).transitionsBetween(START, END);
    return transitions.map((transition, i) => ({
      staffId: member.employeeNumber ?? '',
      badgeId: member.badgeTagId,
      role: member.role,
      roomId: transition.toRoomId,
      enteredAt: transition.ts,
      leftAt: i + 1 < transitions.length ? transitions[i + 1].ts : null,
    }));
  });
}

describe('the demo hygiene feed, 8 simulated hours', () => {
  it('sends only batches the ingest accepts, numbered from the clock', () => {
    // Every dispenser batch, and one sensor batch in 50 (they all come from the same code).
    for (const batch of batches.filter((candidate, i) => devices.get(candidate.deviceId)?.deviceType === 'hand_hygiene_dispenser' || i % 50 === 0)) {
      const validation = validateHygieneBatch(JSON.parse(JSON.stringify(batch)));
      expect(validation.ok ? [] : validation.issues).toEqual([]);
      if (!validation.ok) continue;
      const device = devices.get(batch.deviceId);
      const deviceType = device?.deviceType === 'environment_sensor' ? 'environment_sensor' : 'hand_hygiene_dispenser';
      const check = checkHygieneBatch(validation.batch, { deviceType, measures: device?.measures ?? null }, batch.seq);
      expect(check.ok ? [] : check.issues).toEqual([]);
    }
    const seqs = new Map<string, number>();
    for (const batch of batches) {
      expect(batch.seq).toBeGreaterThan(seqs.get(batch.deviceId) ?? 0);
      seqs.set(batch.deviceId, batch.seq);
    }
  });

  it('gives hand-hygiene compliance within the published 30–60 %, by the real compliance rules', () => {
    const careRooms = new Map<string, CareRoom>(
      [...rooms.values()].filter((room) => CARE_ROOM_TYPES.includes(room.type)).map((room) => [room.id, { id: room.id, unit: room.unit, isolation: room.isolation !== 'none' }]),
    );
    const dispenserRooms = new Map(feed.dispensers.map((dispenser) => [dispenser.id, [dispenser.roomId]]));
    const activations: DispenserActivation[] = ofType('dispense').map(({ deviceId, event }, i) => ({
      id: String(i),
      dispenserId: deviceId,
      at: event.ts as number,
      badgeId: event.badgeId ?? null,
    }));
    const opportunities = (() => {
      const stays = trueStays();
      return stays.length === 0 ? [] : opportunitiesInRange(stays, careRooms);
    })();
    const attributions = attributeActivations(opportunities, activations, dispenserRooms);
    const total = totalCompliance(opportunities, attributions);
    expect(total.opportunities).toBeGreaterThan(1000);
    expect(total.compliance).toBeGreaterThanOrEqual(0.3);
    expect(total.compliance).toBeLessThanOrEqual(0.6);
    // Most of it identified by badge (70 % of dispensers read badges), the rest by place and time.
    expect(total.metByBadge / total.met).toBeGreaterThan(0.55);
    expect(total.metByBadge / total.met).toBeLessThan(0.85);
    const calendar = new CalendarLookup({ timeZone: 'Europe/London', shifts: DEFAULT_SHIFTS });
    const byKind = new Map(complianceBy('kind', opportunities, attributions, calendar).map((group) => [group.key, group.compliance ?? 0]));
    expect(byKind.get('exit')).toBeGreaterThan(byKind.get('entry') ?? 1);
    const byRole = new Map(complianceBy('role', opportunities, attributions, calendar).map((group) => [group.key, group.compliance ?? 0]));
    expect(byRole.get('nurse')).toBeGreaterThan(byRole.get('physician') ?? 1);
    for (const unit of ['Intensive care unit', 'Medical ward', 'Emergency department']) {
      const group = complianceBy('unit', opportunities, attributions, calendar).find((candidate) => candidate.key === unit);
      expect([unit, group?.compliance ?? 0]).toEqual([unit, expect.any(Number)]);
      expect(group?.compliance).toBeGreaterThan(0.25);
      expect(group?.compliance).toBeLessThan(0.65);
    }
  });

  it('has visitors use entrance dispensers without a badge, and levels go down', () => {
    const lobby = ofType('dispense').filter(({ deviceId }) => deviceId === 'main-0-hh-040');
    expect(lobby.length).toBeGreaterThan(25);
    expect(lobby.every(({ event }) => event.badgeId === undefined)).toBe(true);
    const levels = ofType('refill_level').filter(({ deviceId }) => deviceId === 'main-0-hh-040').map(({ event }) => event.percent);
    expect(levels.length).toBe(16);
    expect(levels[levels.length - 1]).toBeLessThan(levels[0]);
  });

  it('keeps most rooms on the cleaning rounds clean, with terminal cleans within about an hour of a discharge', () => {
    const roundRooms = ['Intensive care unit', 'Medical ward', 'Emergency department'].flatMap((unit) => cleaningRoundOf(floors, unit).map((room) => room.id));
    const byRoom = new Map<string, RoomCleaningEvent[]>();
    const add = (roomId: string, event: RoomCleaningEvent) => byRoom.set(roomId, [...(byRoom.get(roomId) ?? []), event]);
    for (const { event } of events) {
      if (event.type === 'cleaning') add(event.roomId, { type: event.phase === 'started' ? 'cleaning_started' : 'cleaning_completed', at: event.ts as number, kind: event.kind, by: event.by ?? null });
      if (event.type === 'verification') add(event.roomId, { type: 'verification', at: event.ts as number, method: event.method, passed: event.passed, value: event.value ?? null, by: event.by ?? null });
    }
    for (const discharge of discharges) add(discharge.roomId, { type: 'discharge', at: discharge.at });
    const states = (at: number) => roundRooms.map((roomId) => roomCleaningState(byRoom.get(roomId) ?? [], DEFAULT_CLEANING_RULES, at).state);
    const share = (at: number, state: string) => states(at).filter((s) => s === state).length / roundRooms.length;
    // At the start all but the first two rooms of each round were cleaned in the past hours.
    expect(share(START + 1, 'clean')).toBeGreaterThan(0.85);
    for (let at = START + HOUR; at <= END; at += HOUR) expect(share(at, 'clean') + share(at, 'in_progress')).toBeGreaterThan(0.8);
    expect(states(START + 1).filter((s) => s === 'dirty')).toHaveLength(6);

    expect(discharges.length).toBeGreaterThanOrEqual(2);
    for (const discharge of discharges) {
      const terminal = (byRoom.get(discharge.roomId) ?? []).find((event) => event.type === 'cleaning_completed' && event.kind === 'terminal' && event.at > discharge.at);
      expect(terminal).toBeDefined();
      expect((terminal?.at ?? Infinity) - discharge.at).toBeLessThan(80 * MINUTE);
    }
    const verifications = ofType('verification').map(({ event }) => event);
    expect(verifications.length).toBeGreaterThan(3);
    expect(verifications.filter((event) => event.passed).length).toBeGreaterThan(verifications.length / 2);
    // Every clean is signed by the cleaner of that round.
    const cleaners = new Set(DEMO_STAFF.filter((member) => member.role === 'environmental_services').map((member) => member.employeeNumber));
    expect(ofType('cleaning').every(({ event }) => cleaners.has(event.by ?? ''))).toBe(true);
  });

  it('reads every sensor once a minute within its normal range, but for the scripted fridge door', () => {
    const fridge = feed.excursions[0];
    expect(fridge).toMatchObject({ kind: 'fridge_door', from: START + 10 * MINUTE, measure: 'temperature' });
    const readings = ofType('reading');
    expect(readings.length).toBeGreaterThan(feed.sensors.length * 8 * 60 * 2);
    const fridgeReadings = readings.filter(({ deviceId, event }) => deviceId === fridge.sensorId && (event.ts as number) >= fridge.from && (event.ts as number) < fridge.to);
    expect(Math.max(...fridgeReadings.map(({ event }) => event.value))).toBeGreaterThan(9);
    const outside = readings.filter(({ deviceId, event }) => {
      const sensor = feed.sensors.find((candidate) => candidate.id === deviceId);
      if (event.measure === 'temperature') return sensor?.space === 'medication_fridge' ? event.value > 8 || event.value < 2 : event.value < 21 || event.value > 24;
      if (event.measure === 'pressure_differential' && sensor?.space === 'airborne_isolation') return event.value > -2.5;
      return false;
    });
    const inAnExcursion = (deviceId: string, ts: number) => feed.excursions.some((e) => e.sensorId === deviceId && ts >= e.from && ts < e.to);
    expect(outside.filter(({ deviceId, event }) => !inAnExcursion(deviceId, event.ts as number))).toEqual([]);
    const minutesOut = outside.filter(({ deviceId }) => deviceId === fridge.sensorId).length;
    // Out for longer than the fridge alarm's 15 min start delay, so the alarm rings; then back.
    expect(minutesOut).toBeGreaterThan(16);
    expect(minutesOut).toBeLessThan(26);
  });

  it('is the same however it is stepped', () => {
    const end = START + 3 * HOUR;
    const coarse = run(5, START + 10 * MINUTE, 67_000, end);
    // Events up to an hour before the end: later ones may still wait for a later step in the fine run.
    const key = (list: HygieneBatch[]) =>
      list.flatMap((batch) => batch.events.filter((event) => (event.ts as number) < end - HOUR).map((event) => `${batch.deviceId}|${JSON.stringify(event)}`)).sort();
    expect(key(coarse.batches)).toEqual(key(batches));
    expect(coarse.discharges).toEqual(discharges.filter((discharge) => discharge.at < end));
  });
});

function opportunitiesInRange(stays: StaffStay[], careRooms: Map<string, CareRoom>) {
  // Door crossings after START: each badge's placement at the start is not one.
  return opportunitiesOf(stays.filter((stay) => stay.enteredAt > START), careRooms, DEFAULT_COMPLIANCE_RULES, END);
}
