/**
 * Cleaning in St Mary's demo, from where the cleaners really are: every visit of an environmental
 * services badge to a room of its cleaning round (the simulator's ground truth) is a clean of that room,
 * reported by the room's dispenser (an EVS handset relaying through it). Pure: visits and times come in
 * as data, every draw is a hash of the seed and the visit.
 *
 * - A visit is a daily clean, started 20–60 s after entering and completed about a minute before leaving.
 * - Some visits follow a discharge (ward rooms 15 %, ED bays 25 %, ICU bays 10 %): the discharge is
 *   recorded 20–50 min before the cleaner comes in, and the clean is a terminal one, so the board shows
 *   "needs terminal clean" for under an hour.
 * - An ATP swab checks half the terminal cleans and one daily clean in ten; 90 % pass (20–180 RLU),
 *   the rest fail (300–900 RLU) and the cleaner cleans again before leaving.
 * - 40 % of terminal cleans are followed by a UV-disinfection cycle of 25 min, 2–5 min after the cleaner left.
 * - At the first start of an installation, `pastCleans` gives each room on a round its last daily clean
 *   of the past hours (the room the cleaner comes to next longest ago), but the first two, left dirty.
 */
import type { RoomType } from '../../floorplan/import/floorplan-format.js';
import type { HygieneEventReport } from '../../ingest/hygiene/hygiene-batch.js';
import { Prng, deriveSeed } from '../../simulator/prng.js';

const SECOND_MS = 1000;
const MINUTE_MS = 60_000;

/** Chance that a cleaner's visit follows a discharge, by room type. */
export const DISCHARGE_CHANCE: Readonly<Partial<Record<RoomType, number>>> = Object.freeze({ patient_room: 0.15, ed_bay: 0.25, icu_bay: 0.1 });
export const ATP_CHANCE = { terminal: 0.5, daily: 0.1 } as const;
export const ATP_PASS_CHANCE = 0.9;
export const UV_AFTER_TERMINAL_CHANCE = 0.4;
/** Visits shorter than this are a cleaner passing by, not a clean. */
export const MIN_CLEAN_VISIT_MS = 5 * MINUTE_MS;
/** Rooms at the start of each round left without a clean on record at the first start. */
export const LEFT_DIRTY_AT_FIRST_START = 2;
/** Time a cleaner spends per room of their round, travel and breaks included, for dating the past cleans. */
const ROUND_MS_PER_ROOM = 27 * MINUTE_MS;

export interface CleanerVisit {
  /** Who cleans: the cleaner's employee number. */
  by: string;
  roomId: string;
  roomType: RoomType;
  /** Ground truth door crossings, epoch ms. */
  enteredAt: number;
  leftAt: number;
}

/** A cleaning or verification event for the room's dispenser to report. */
export type RoomDeviceEvent = Extract<HygieneEventReport, { type: 'cleaning' } | { type: 'verification' }> & { ts: number };

export interface VisitCleaning {
  events: RoomDeviceEvent[];
  /** The discharge the terminal clean follows (recorded by the ward, not a device). */
  discharge: { roomId: string; at: number } | null;
}

/**
 * What a cleaner's visit gives: nothing for a visit too short to clean; a discharge only when it falls
 * at or after `notBefore` (the simulation's start: the past is not rewritten).
 */
export function cleaningOfVisit(visit: CleanerVisit, seed: number, notBefore: number): VisitCleaning {
  const { by, roomId, enteredAt, leftAt } = visit;
  if (leftAt - enteredAt < MIN_CLEAN_VISIT_MS) return { events: [], discharge: null };
  const prng = new Prng(deriveSeed(seed, 'clean', roomId, enteredAt, Math.floor(enteredAt / 2 ** 32)));
  const dischargeAt = Math.round(enteredAt - prng.uniform(20, 50) * MINUTE_MS);
  const terminal = prng.next() < (DISCHARGE_CHANCE[visit.roomType] ?? 0) && dischargeAt >= notBefore;
  const kind = terminal ? 'terminal' : 'daily';
  const at = (ms: number) => Math.round(ms);
  const clean = (ts: number, phase: 'started' | 'completed'): RoomDeviceEvent => ({ type: 'cleaning', ts: at(ts), roomId, kind, phase, by });
  const events: RoomDeviceEvent[] = [clean(enteredAt + prng.uniform(20, 60) * SECOND_MS, 'started')];
  const verified = prng.next() < ATP_CHANCE[kind];
  const passed = prng.next() < ATP_PASS_CHANCE;
  if (!verified) {
    events.push(clean(leftAt - prng.uniform(60, 90) * SECOND_MS, 'completed'));
  } else if (passed) {
    events.push(clean(leftAt - prng.uniform(80, 100) * SECOND_MS, 'completed'));
    events.push({ type: 'verification', ts: at(leftAt - prng.uniform(30, 50) * SECOND_MS), roomId, method: 'atp', passed: true, value: Math.round(prng.uniform(20, 180)), by });
  } else {
    // Swabbed half-way through, failed, cleaned again.
    const middle = enteredAt + (leftAt - enteredAt) * 0.55;
    events.push(clean(middle, 'completed'));
    events.push({ type: 'verification', ts: at(middle + 40 * SECOND_MS), roomId, method: 'atp', passed: false, value: Math.round(prng.uniform(300, 900)), by });
    events.push(clean(middle + 90 * SECOND_MS, 'started'));
    events.push(clean(leftAt - prng.uniform(40, 60) * SECOND_MS, 'completed'));
  }
  if (terminal && prng.next() < UV_AFTER_TERMINAL_CHANCE) {
    const uvStart = leftAt + prng.uniform(2, 5) * MINUTE_MS;
    events.push({ type: 'cleaning', ts: at(uvStart), roomId, kind: 'uv', phase: 'started', by });
    events.push({ type: 'cleaning', ts: at(uvStart + 25 * MINUTE_MS), roomId, kind: 'uv', phase: 'completed', by });
  }
  return { events, discharge: terminal ? { roomId, at: dischargeAt } : null };
}

/**
 * The daily cleans of the past hours for an installation's first start: room k of a round of n (in the
 * round's order, from where the cleaner starts) completed about (n − k) × 27 min before `now`; the
 * first LEFT_DIRTY_AT_FIRST_START rooms have none (they show dirty until the cleaner's first visits).
 */
export function pastCleans(round: { by: string; roomIds: readonly string[] }, now: number, seed: number): RoomDeviceEvent[] {
  const n = round.roomIds.length;
  return round.roomIds.flatMap((roomId, k) => {
    if (k < LEFT_DIRTY_AT_FIRST_START) return [];
    const prng = new Prng(deriveSeed(seed, 'past-clean', roomId));
    const completed = Math.round(now - (n - k) * ROUND_MS_PER_ROOM + prng.uniform(0, 5) * MINUTE_MS);
    const started = Math.round(completed - prng.uniform(15, 25) * MINUTE_MS);
    return [
      { type: 'cleaning', ts: started, roomId, kind: 'daily', phase: 'started', by: round.by },
      { type: 'cleaning', ts: completed, roomId, kind: 'daily', phase: 'completed', by: round.by },
    ] satisfies RoomDeviceEvent[];
  });
}
