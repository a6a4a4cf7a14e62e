/**
 * What St Mary's hygiene devices send in the demo, in real time: dispensers used when simulated staff
 * cross patient-room doors (demo-hand-hygiene.ts), visitors' uses and refill levels; cleans and ATP
 * checks when cleaners visit rooms (demo-cleaning-rounds.ts), with the discharges before terminal cleans;
 * environment readings and excursions (demo-environment.ts). People's movements are the simulator's
 * ground truth: the same tracks the simulated gateways report, so the location engine's stays and the
 * dispensers tell one story. Pure: event time is passed in.
 *
 * Batches: each device that has something to report sends one batch per step, numbered with the step's
 * time in ms (as the gateways count from the wall clock: every start continues above the seqs the ingest
 * remembers, across restarts).
 */
import type { ParsedFloorPlan, ParsedRoom } from '../../floorplan/import/floorplan-format.js';
import type { HygieneBatch, HygieneEventReport } from '../../ingest/hygiene/hygiene-batch.js';
import type { StaffRole } from '../../hygiene/staff/staff-roles.js';
import type { GroundTruth } from '../../simulator/index.js';
import { Prng, deriveSeed } from '../../simulator/prng.js';
import { cleaningOfVisit, pastCleans, type CleanerVisit } from './demo-cleaning-rounds.js';
import { demoDispensers, dispenseAtCrossing, RefillLevels, visitorDispenses, type DemoDispenser, type Dispense } from './demo-hand-hygiene.js';
import { demoSensors, plannedExcursions, readingAt, type DemoSensor, type Excursion } from './demo-environment.js';
import { CARE_ROOM_TYPES, cleaningRoundOf } from './demo-staff-tags.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/** Cleaners' visits are planned this far ahead, so the discharge before a terminal clean is recorded on time. */
const CLEANING_LOOKAHEAD_MS = 90 * MINUTE_MS;
/** Each dispenser reports its refill level this often. */
const LEVEL_EVERY_MS = 30 * MINUTE_MS;
/**
 * A level is reported this long after its time, when every use up to then is known (a use is dated up
 * to 30 s before the door crossing that reveals it).
 */
const LEVEL_REPORT_DELAY_MS = 60_000;
/** Excursions are planned this far ahead of the start. */
const EXCURSION_HORIZON_MS = 366 * 24 * HOUR_MS;

export interface DemoHygienePerson {
  /** The badge's tag id: the simulator tag and what badge-reading dispensers report. */
  badgeId: string;
  role: StaffRole;
  unit: string;
  /** Signs cleaning events (`by`). */
  employeeNumber: string;
}

export interface DemoHygieneFeedOptions {
  floors: readonly ParsedFloorPlan[];
  people: readonly DemoHygienePerson[];
  /** Each person's true track (the running simulation's `groundTruth`). */
  groundTruth: (badgeId: string) => GroundTruth;
  /** Event time of the start, whole epoch ms. */
  startTs: number;
  seed: number;
  /** When the scripted first excursion starts (a fridge door left open); undefined: none. */
  firstExcursionAt?: number;
}

export interface DemoHygieneStep {
  batches: HygieneBatch[];
  /** Discharges the ward records (not a device's event): each needs a terminal clean. */
  discharges: Array<{ roomId: string; at: number }>;
}

interface Pending {
  deviceId: string;
  ts: number;
  event: HygieneEventReport;
}

export class DemoHygieneFeed {
  readonly dispensers: readonly DemoDispenser[];
  readonly sensors: readonly DemoSensor[];
  readonly excursions: readonly Excursion[];
  private readonly rooms: ReadonlyMap<string, ParsedRoom>;
  private readonly dispensersByRoom = new Map<string, DemoDispenser[]>();
  private readonly excursionsBySensor = new Map<string, Excursion[]>();
  private readonly levels: RefillLevels;
  private readonly nextLevelAt = new Map<string, number>();
  private readonly plannedVisits = new Set<string>();
  /** The rooms of each cleaner's round, by badge. */
  private readonly roundRooms = new Map<string, ReadonlySet<string>>();
  private pending: Pending[] = [];
  private discharges: Array<{ roomId: string; at: number }> = [];
  private processedUntil: number;

  constructor(private readonly options: DemoHygieneFeedOptions) {
    const { floors, seed, startTs } = options;
    this.rooms = new Map(floors.flatMap((floor) => floor.rooms).map((room) => [room.id, room]));
    this.dispensers = demoDispensers(floors, seed);
    for (const dispenser of this.dispensers) {
      this.dispensersByRoom.set(dispenser.roomId, [...(this.dispensersByRoom.get(dispenser.roomId) ?? []), dispenser]);
      this.nextLevelAt.set(dispenser.id, startTs + Math.floor(new Prng(deriveSeed(seed, 'level-phase', dispenser.id)).next() * LEVEL_EVERY_MS));
    }
    this.sensors = demoSensors(floors, seed);
    this.excursions = plannedExcursions(this.sensors, startTs, options.firstExcursionAt, startTs + EXCURSION_HORIZON_MS, seed);
    for (const excursion of this.excursions) this.excursionsBySensor.set(excursion.sensorId, [...(this.excursionsBySensor.get(excursion.sensorId) ?? []), excursion]);
    this.levels = new RefillLevels(seed);
    for (const person of options.people.filter((p) => p.role === 'environmental_services')) {
      this.roundRooms.set(person.badgeId, new Set(cleaningRoundOf(floors, person.unit).map((room) => room.id)));
    }
    this.processedUntil = startTs;
  }

  /** Event time handled so far. */
  get now(): number {
    return this.processedUntil;
  }

  /**
   * The daily cleans of the past hours on every cleaner's round (an installation's first start:
   * `pastCleans`), reported with the next step.
   */
  seedPastCleans(): void {
    for (const cleaner of this.options.people.filter((person) => person.role === 'environmental_services')) {
      const roomIds = cleaningRoundOf(this.options.floors, cleaner.unit).map((room) => room.id);
      for (const event of pastCleans({ by: cleaner.employeeNumber, roomIds }, this.options.startTs, this.options.seed)) this.queueRoomEvent(event);
    }
  }

  /** Everything that happened in [now, untilTs): the batches to send and the discharges to record. */
  step(untilTs: number): DemoHygieneStep {
    const from = this.processedUntil;
    if (untilTs > from) {
      this.handHygiene(from, untilTs);
      this.cleaning(untilTs);
      this.readings(from, untilTs);
      this.processedUntil = untilTs;
    }
    return { batches: this.takeBatches(untilTs), discharges: this.takeDischarges(untilTs) };
  }

  private handHygiene(from: number, until: number): void {
    const { seed } = this.options;
    for (const person of this.options.people) {
      for (const transition of this.options.groundTruth(person.badgeId).transitionsBetween(from, until)) {
        if (transition.fromRoomId === null) continue;
        for (const [roomId, kind] of [[transition.fromRoomId, 'exit'], [transition.toRoomId, 'entry']] as const) {
          const room = this.rooms.get(roomId);
          if (room === undefined || !CARE_ROOM_TYPES.includes(room.type)) continue;
          const crossing = { badgeId: person.badgeId, role: person.role, roomId, kind, at: transition.ts, isolation: room.isolation !== 'none' };
          const dispense = dispenseAtCrossing(crossing, this.dispensersByRoom.get(roomId) ?? [], seed);
          if (dispense !== null) this.queueDispense(dispense);
        }
      }
    }
    const fromMinute = Math.ceil(from / MINUTE_MS);
    const toMinute = Math.ceil(until / MINUTE_MS);
    for (const dispenser of this.dispensers) {
      for (const dispense of visitorDispenses(dispenser, fromMinute, toMinute)) this.queueDispense(dispense);
      let levelAt = this.nextLevelAt.get(dispenser.id) ?? until;
      for (; levelAt + LEVEL_REPORT_DELAY_MS < until; levelAt += LEVEL_EVERY_MS) {
        this.pending.push({ deviceId: dispenser.id, ts: levelAt, event: { type: 'refill_level', ts: levelAt, percent: this.levels.level(dispenser.id, levelAt) } });
      }
      this.nextLevelAt.set(dispenser.id, levelAt);
    }
  }

  private queueDispense(dispense: Dispense): void {
    this.levels.use(dispense.dispenserId, dispense.at);
    const event: HygieneEventReport = dispense.badgeId === undefined ? { type: 'dispense', ts: dispense.at } : { type: 'dispense', ts: dispense.at, badgeId: dispense.badgeId };
    this.pending.push({ deviceId: dispense.dispenserId, ts: dispense.at, event });
  }

  /** Plans the cleans of every cleaner visit that has ended by `until` + the lookahead and was not planned yet. */
  private cleaning(until: number): void {
    const { startTs, seed } = this.options;
    const horizon = until + CLEANING_LOOKAHEAD_MS;
    for (const key of this.plannedVisits) if (Number(key.split('|')[1]) < until - 4 * HOUR_MS) this.plannedVisits.delete(key);
    for (const person of this.options.people.filter((p) => p.role === 'environmental_services')) {
      const transitions = this.options.groundTruth(person.badgeId).transitionsBetween(Math.max(startTs, until - 3 * HOUR_MS), horizon);
      for (let i = 0; i + 1 < transitions.length; i++) {
        const enteredAt = transitions[i].ts;
        const room = this.rooms.get(transitions[i].toRoomId);
        const key = `${person.badgeId}|${enteredAt}`;
        if (room === undefined || transitions[i].fromRoomId === null || this.plannedVisits.has(key) || !this.roundRooms.get(person.badgeId)?.has(room.id)) continue;
        this.plannedVisits.add(key);
        const visit: CleanerVisit = { by: person.employeeNumber, roomId: room.id, roomType: room.type, enteredAt, leftAt: transitions[i + 1].ts };
        const planned = cleaningOfVisit(visit, seed, startTs);
        for (const event of planned.events) this.queueRoomEvent(event);
        if (planned.discharge !== null) this.discharges.push(planned.discharge);
      }
    }
  }

  private queueRoomEvent(event: HygieneEventReport & { roomId: string; ts: number }): void {
    const dispensers = this.dispensersByRoom.get(event.roomId) ?? [];
    const reporter = dispensers.find((dispenser) => dispenser.atDoor) ?? dispensers[0];
    if (reporter !== undefined) this.pending.push({ deviceId: reporter.id, ts: event.ts, event });
  }

  private readings(from: number, until: number): void {
    for (const sensor of this.sensors) {
      const excursions = this.excursionsBySensor.get(sensor.id) ?? [];
      for (let ts = Math.ceil((from - sensor.phaseMs) / MINUTE_MS) * MINUTE_MS + sensor.phaseMs; ts < until; ts += MINUTE_MS) {
        if (ts < from) continue;
        for (const measure of sensor.measures) {
          this.pending.push({ deviceId: sensor.id, ts, event: { type: 'reading', ts, measure, value: readingAt(sensor, measure, ts, excursions) } });
        }
      }
    }
  }

  /** One batch per device with events up to `until` (sorted by time), numbered `until`. */
  private takeBatches(until: number): HygieneBatch[] {
    const byDevice = new Map<string, Pending[]>();
    const later: Pending[] = [];
    for (const entry of this.pending) {
      if (entry.ts >= until) later.push(entry);
      else if (byDevice.has(entry.deviceId)) byDevice.get(entry.deviceId)?.push(entry);
      else byDevice.set(entry.deviceId, [entry]);
    }
    this.pending = later;
    const sentAt = new Date(until).toISOString();
    return [...byDevice.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([deviceId, entries]) => ({ deviceId, seq: until, sentAt, events: entries.sort((a, b) => a.ts - b.ts).map((entry) => entry.event) }));
  }

  private takeDischarges(until: number): Array<{ roomId: string; at: number }> {
    const due = this.discharges.filter((discharge) => discharge.at < until);
    this.discharges = this.discharges.filter((discharge) => discharge.at >= until);
    return due.sort((a, b) => a.at - b.at);
  }
}
