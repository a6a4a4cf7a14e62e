/**
 * A synthetic ward for the compliance benchmark: care rooms with their dispensers, staff on two 12-hour
 * shifts moving corridor → room → corridor, and dispenser uses at about the published electronic-monitoring
 * rate (half the door crossings met, 30 % of the uses reading a badge). Deterministic for a seed.
 */
import type { CareRoom } from '../../server/src/hygiene/compliance/compliance-types.js';
import { Prng } from '../../server/src/simulator/prng.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface WardOptions {
  seed: number;
  /** Epoch ms, the first shift's start. */
  start: number;
  days: number;
  careRooms: number;
  isolationRooms: number;
  /** Staff-shifts a day, over two 12-hour shifts. */
  staffShiftsPerDay: number;
  /** Share of door crossings met by a dispenser use in their window. */
  compliance: number;
  /** Share of dispenser uses that read the user's badge. */
  badgedShare: number;
}

export interface WardStaff {
  staffId: string;
  badgeId: string;
  role: string;
  /** 0: day shift, 1: night shift. */
  shift: 0 | 1;
  /** Room entries in a 12-hour shift, on average. */
  entriesPerShift: number;
}

export interface WardTransition {
  tagId: string;
  fromRoomId: string | null;
  toRoomId: string;
  enteredAt: number;
}

export interface WardActivation {
  dispenserId: string;
  at: number;
  badgeId: string | null;
}

export interface SyntheticWard {
  floorId: string;
  corridorId: string;
  careRooms: Map<string, CareRoom>;
  dispenserRooms: Map<string, string[]>;
  staff: WardStaff[];
  transitions: WardTransition[];
  activations: WardActivation[];
}

/** Roles of a shift's staff and their room entries a shift (nurses about 60: the brief's ward). */
const SHIFT_MIX: Array<{ role: string; share: number; entriesPerShift: number }> = [
  { role: 'nurse', share: 0.73, entriesPerShift: 60 },
  { role: 'physician', share: 0.12, entriesPerShift: 25 },
  { role: 'therapist', share: 0.08, entriesPerShift: 15 },
  { role: 'environmental_services', share: 0.07, entriesPerShift: 30 },
];

export function syntheticWard(options: WardOptions): SyntheticWard {
  const prng = new Prng(options.seed);
  const random = () => prng.next();
  const between = (low: number, high: number) => low + random() * (high - low);
  const floorId = 'bench-floor';
  const corridorId = 'bench-corridor';
  const careRooms = new Map<string, CareRoom>();
  const dispenserRooms = new Map<string, string[]>();
  const roomIds: string[] = [];
  for (let i = 0; i < options.careRooms; i++) {
    const id = `bench-room-${i}`;
    roomIds.push(id);
    careRooms.set(id, { id, unit: i < options.careRooms / 2 ? '4A' : '4B', isolation: i < options.isolationRooms });
    dispenserRooms.set(`bench-hh-in-${i}`, [id]);
  }
  // A corridor dispenser between each pair of neighbouring doors serves both rooms.
  for (let i = 0; i + 1 < options.careRooms; i += 2) dispenserRooms.set(`bench-hh-door-${i}`, [roomIds[i], roomIds[i + 1]]);
  const dispensersOf = new Map<string, string[]>(roomIds.map((id) => [id, []]));
  for (const [dispenserId, rooms] of dispenserRooms) for (const roomId of rooms) dispensersOf.get(roomId)?.push(dispenserId);

  const staff: WardStaff[] = [];
  const perShift = Math.round(options.staffShiftsPerDay / 2);
  for (const shift of [0, 1] as const) {
    let assigned = 0;
    SHIFT_MIX.forEach(({ role, share, entriesPerShift }, m) => {
      const count = m === SHIFT_MIX.length - 1 ? perShift - assigned : Math.round(perShift * share);
      assigned += count;
      for (let i = 0; i < count; i++) {
        const n = staff.length;
        staff.push({ staffId: String(n + 1), badgeId: `bench-badge-${n}`, role, shift, entriesPerShift });
      }
    });
  }

  const transitions: WardTransition[] = [];
  const activations: WardActivation[] = [];
  const use = (roomId: string, at: number, badgeId: string) => {
    const dispensers = dispensersOf.get(roomId) ?? [];
    activations.push({ dispenserId: dispensers[Math.floor(random() * dispensers.length)], at: Math.round(at), badgeId: random() < options.badgedShare ? badgeId : null });
  };
  for (let day = 0; day < options.days; day++) {
    for (const member of staff) {
      const shiftStart = options.start + day * DAY + member.shift * 12 * HOUR;
      const shiftEnd = shiftStart + 12 * HOUR;
      const cycle = (12 * HOUR) / member.entriesPerShift;
      let at = shiftStart + between(0, 10 * MINUTE);
      transitions.push({ tagId: member.badgeId, fromRoomId: null, toRoomId: corridorId, enteredAt: Math.round(at) });
      for (;;) {
        at += between(0.1, 0.5) * cycle;
        // A few stays are glances through the door (shorter than the 10 s minimum).
        const stay = random() < 0.05 ? between(2, 9) * SECOND : between(0.2, 1.2) * cycle;
        if (at + stay >= shiftEnd) break;
        const roomId = roomIds[Math.floor(random() * roomIds.length)];
        const entered = Math.round(at);
        const left = Math.round(at + stay);
        transitions.push({ tagId: member.badgeId, fromRoomId: corridorId, toRoomId: roomId, enteredAt: entered });
        transitions.push({ tagId: member.badgeId, fromRoomId: roomId, toRoomId: corridorId, enteredAt: left });
        if (random() < options.compliance) use(roomId, entered + between(-25, 4) * SECOND, member.badgeId);
        if (random() < options.compliance) use(roomId, left + between(-4, 25) * SECOND, member.badgeId);
        // Now and then someone else's hand rub (a visitor, a passer-by): unbadged, at no door crossing.
        if (random() < 0.05) activations.push({ dispenserId: (dispensersOf.get(roomId) ?? [])[0], at: Math.round(at + stay / 2), badgeId: null });
        at += stay;
      }
    }
  }
  transitions.sort((a, b) => a.enteredAt - b.enteredAt);
  activations.sort((a, b) => a.at - b.at);
  return { floorId, corridorId, careRooms, dispenserRooms, staff, transitions, activations };
}
