/**
 * Hand hygiene in St Mary's demo: who uses a dispenser when they enter or leave a patient room, which
 * dispenser, when, and whether it read their badge; visitors' uses; refill levels. Pure: door crossings
 * (from the simulator's ground truth) and times come in as data, every draw is a hash of the seed and
 * the event, so the result does not depend on how the simulation is stepped.
 *
 * Rates. Published electronic-monitoring compliance is typically 30–60 %, and compliance is lower before
 * patient contact than after it (Erasmus et al., "Systematic review of studies on compliance with hand
 * hygiene guidelines in hospital care", Infect Control Hosp Epidemiol 2010;31:283–94): people protect
 * themselves more than the patient. Physicians and support staff come out lower than nurses in most
 * studies. The demo's chances per door crossing:
 *
 * | role | entering | leaving |
 * |---|---|---|
 * | nurse | 45 % | 60 % |
 * | physician | 35 % | 45 % |
 * | therapist | 40 % | 55 % |
 * | environmental services | 30 % | 45 % |
 * | other | 35 % | 50 % |
 *
 * Timing, relative to the door crossing: entering a standard room, the door dispenser 2–8 s before (70 %)
 * or the bedside one 4–12 s after; leaving, the door dispenser from 6 s before to 10 s after. Isolation
 * rooms: 5–30 s before entering (before putting PPE on, outside), 8–25 s after leaving (after taking it
 * off). All well inside the compliance rules' windows (compliance/README.md), with room for the location
 * engine's dating of the crossing.
 */
import type { ParsedFloorPlan } from '../../floorplan/import/floorplan-format.js';
import type { StaffRole } from '../../hygiene/staff/staff-roles.js';
import { Prng, deriveSeed, hash4 } from '../../simulator/prng.js';

const SECOND_MS = 1000;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

export const DISPENSE_CHANCE: Readonly<Record<StaffRole, { entry: number; exit: number }>> = Object.freeze({
  nurse: { entry: 0.45, exit: 0.6 },
  physician: { entry: 0.35, exit: 0.45 },
  therapist: { entry: 0.4, exit: 0.55 },
  environmental_services: { entry: 0.3, exit: 0.45 },
  other: { entry: 0.35, exit: 0.5 },
});

/** Chance that a dispenser reads badges, drawn once by its id (the others count uses without knowing whose). */
export const BADGE_READING_SHARE = 0.7;

/** Uses by visitors and patients an hour (unbadged): at entrances and waiting areas, and in each patient room. */
export const VISITOR_USES_PER_HOUR = { entrance: 6, room: 0.3 } as const;

export interface DemoDispenser {
  id: string;
  roomId: string;
  /** Mounted at the door (else at the bedside, further in). */
  atDoor: boolean;
  readsBadges: boolean;
  /** An entrance or waiting-area dispenser, used by visitors more than by staff. */
  public: boolean;
  /** Key of its visitors' minute-by-minute draws. */
  visitorKey: number;
}

/** The `hand_hygiene_dispenser` devices placed in a room, in id order; each reads badges with BADGE_READING_SHARE's chance, drawn by its id. */
export function demoDispensers(floors: readonly ParsedFloorPlan[], seed: number): DemoDispenser[] {
  const rooms = new Map(floors.flatMap((floor) => floor.rooms).map((room) => [room.id, room]));
  return floors
    .flatMap((floor) => floor.devices)
    .filter((device) => device.deviceType === 'hand_hygiene_dispenser' && device.roomId !== null)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((device) => ({
      id: device.id,
      roomId: device.roomId as string,
      atDoor: !/bedside/i.test(device.name),
      readsBadges: new Prng(deriveSeed(seed, 'reads-badges', device.id)).next() < BADGE_READING_SHARE,
      public: ['lobby', 'waiting'].includes(rooms.get(device.roomId as string)?.type ?? ''),
      visitorKey: deriveSeed(seed, 'visitor', device.id),
    }));
}

export interface DoorCrossing {
  badgeId: string;
  role: StaffRole;
  roomId: string;
  kind: 'entry' | 'exit';
  /** When the badge crossed the door (ground truth), epoch ms. */
  at: number;
  isolation: boolean;
}

export interface Dispense {
  dispenserId: string;
  /** Whole epoch ms. */
  at: number;
  /** The badge the dispenser read; absent for dispensers that do not read badges, and for visitors. */
  badgeId?: string;
}

/** Whether the person uses a dispenser of the room for this crossing, which, and when; null: no hand hygiene. */
export function dispenseAtCrossing(crossing: DoorCrossing, dispensers: readonly DemoDispenser[], seed: number): Dispense | null {
  const prng = new Prng(deriveSeed(seed, 'dispense', crossing.badgeId, crossing.kind, crossing.at, Math.floor(crossing.at / 2 ** 32)));
  if (dispensers.length === 0 || prng.next() >= DISPENSE_CHANCE[crossing.role][crossing.kind]) return null;
  const doors = dispensers.filter((dispenser) => dispenser.atDoor);
  const bedside = dispensers.filter((dispenser) => !dispenser.atDoor);
  const pick = (pool: readonly DemoDispenser[]) => (pool.length > 0 ? pool : dispensers)[prng.int(pool.length > 0 ? pool.length : dispensers.length)];
  let dispenser: DemoDispenser;
  let offsetMs: number;
  if (crossing.isolation) {
    dispenser = pick(doors);
    offsetMs = crossing.kind === 'entry' ? -prng.uniform(5, 30) * SECOND_MS : prng.uniform(8, 25) * SECOND_MS;
  } else if (crossing.kind === 'entry' && bedside.length > 0 && prng.next() >= 0.7) {
    dispenser = pick(bedside);
    offsetMs = prng.uniform(4, 12) * SECOND_MS;
  } else {
    dispenser = pick(doors);
    offsetMs = crossing.kind === 'entry' ? -prng.uniform(2, 8) * SECOND_MS : prng.uniform(-6, 10) * SECOND_MS;
  }
  const at = Math.round(crossing.at + offsetMs);
  return dispenser.readsBadges ? { dispenserId: dispenser.id, at, badgeId: crossing.badgeId } : { dispenserId: dispenser.id, at };
}

/**
 * Visitors' and patients' uses of one dispenser in whole minutes [fromMinute, toMinute) (minute = epoch
 * ms / 60,000): a Poisson process at the dispenser's rate, drawn minute by minute from hashes.
 */
export function visitorDispenses(dispenser: DemoDispenser, fromMinute: number, toMinute: number): Dispense[] {
  const perMinute = (dispenser.public ? VISITOR_USES_PER_HOUR.entrance : VISITOR_USES_PER_HOUR.room) / 60;
  const dispenses: Dispense[] = [];
  for (let minute = fromMinute; minute < toMinute; minute++) {
    const high = Math.floor(minute / 2 ** 32);
    if (hash4(dispenser.visitorKey, minute, high, 0) / 2 ** 32 >= perMinute) continue;
    dispenses.push({ dispenserId: dispenser.id, at: minute * MINUTE_MS + Math.floor((hash4(dispenser.visitorKey, minute, high, 1) / 2 ** 32) * MINUTE_MS) });
  }
  return dispenses;
}

/** A dispenser's reservoir: a 1.2 L refill gives about 1,000 uses. */
export const PERCENT_PER_USE = 0.1;
/** Below this, housekeeping swaps the refill one to three hours later. */
export const REFILL_BELOW_PERCENT = 15;

/**
 * The refill levels of the dispensers: each starts somewhere between 8 and 100 % (seeded), goes down with
 * every use and is refilled to 100 % one to three hours after it was first seen below 15 %. Uses may be
 * noted out of order; a level is worked out from the uses up to its time, in time order, so ask for
 * levels in time order and only once every use up to that time has been noted.
 */
export class RefillLevels {
  private readonly levels = new Map<string, number>();
  private readonly refillAt = new Map<string, number>();
  private readonly uses = new Map<string, number[]>();

  constructor(private readonly seed: number) {}

  /** One use at `at`. */
  use(dispenserId: string, at: number): void {
    const uses = this.uses.get(dispenserId);
    if (uses === undefined) this.uses.set(dispenserId, [at]);
    else uses.push(at);
  }

  /** The level at `at`: every use noted up to then applied, and any refill due by then. */
  level(dispenserId: string, at: number): number {
    const uses = (this.uses.get(dispenserId) ?? []).sort((a, b) => a - b);
    let applied = 0;
    for (; applied < uses.length && uses[applied] <= at; applied++) {
      this.settle(dispenserId, uses[applied]);
      this.levels.set(dispenserId, Math.max(0, Math.round((this.current(dispenserId) - PERCENT_PER_USE) * 10) / 10));
    }
    this.uses.set(dispenserId, uses.slice(applied));
    this.settle(dispenserId, at);
    return this.current(dispenserId);
  }

  /** Refills one that is due by `at`, and plans a refill for one found low at `at`. */
  private settle(dispenserId: string, at: number): void {
    const due = this.refillAt.get(dispenserId);
    if (due !== undefined && at >= due) {
      this.levels.set(dispenserId, 100);
      this.refillAt.delete(dispenserId);
    }
    if (this.current(dispenserId) < REFILL_BELOW_PERCENT && !this.refillAt.has(dispenserId)) {
      this.refillAt.set(dispenserId, at + new Prng(deriveSeed(this.seed, 'refill', dispenserId, at, Math.floor(at / 2 ** 32))).uniform(1, 3) * HOUR_MS);
    }
  }

  private current(dispenserId: string): number {
    return this.levels.get(dispenserId) ?? Math.round(new Prng(deriveSeed(this.seed, 'level', dispenserId)).uniform(8, 100) * 10) / 10;
  }
}
