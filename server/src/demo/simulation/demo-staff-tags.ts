/**
 * St Mary's demo staff (hygiene/staff/demo/demo-staff.ts) as simulator tags: each badge goes on rounds
 * of its person's unit (RoundsMovement), so the location engine sees people entering and leaving
 * patient rooms as it would on a ward. Pure: the floor plans and the last known rooms come in as data.
 *
 * How each role works (assumptions about a day shift, not measurements):
 *
 * | role | visits | a visit | visits in a row | between rounds |
 * |---|---|---|---|---|
 * | nurse | the unit's patient rooms / bays | 2–15 min | 1–3 | nurse station, medication room: 1–8 min |
 * | physician | same (ward rounds) | 3–10 min | 4–8 | nurse station, offices: 15–45 min |
 * | therapist | same | 15–35 min | 1–2 | nurse station, offices: 10–30 min |
 * | environmental services | the rooms on the cleaning board, in turn | 15–25 min (a clean) | 2–4 | soiled utility, stores: 3–10 min |
 * | other (healthcare assistant) | same as nurses | 2–10 min | 1–4 | nurse station, stores: 2–10 min |
 */
import type { ParsedFloorPlan, ParsedRoom, RoomType } from '../../floorplan/import/floorplan-format.js';
import { CLEANED_ROOM_TYPES } from '../../hygiene/room-cleaning.service.js';
import { DEMO_STAFF, type DemoStaffMember } from '../../hygiene/staff/demo/demo-staff.js';
import type { StaffRole } from '../../hygiene/staff/staff-roles.js';
import type { RoundsMovement, TagSpec, UniformRange } from '../../simulator/index.js';

const MINUTE_MS = 60_000;

/** Rooms where entering and leaving are hand-hygiene opportunities (patient rooms, ICU and ED bays). */
export const CARE_ROOM_TYPES: readonly RoomType[] = ['patient_room', 'icu_bay', 'ed_bay'];

interface RoleRounds {
  visitDwellMs: UniformRange;
  visitsPerRound: UniformRange;
  baseTypes: readonly RoomType[];
  baseDwellMs: UniformRange;
}

const minutes = (min: number, max: number): UniformRange => [min * MINUTE_MS, max * MINUTE_MS];

export const ROUNDS_BY_ROLE: Readonly<Record<StaffRole, RoleRounds>> = Object.freeze({
  nurse: { visitDwellMs: minutes(2, 15), visitsPerRound: [1, 3], baseTypes: ['nurse_station', 'medication_room'], baseDwellMs: minutes(1, 8) },
  physician: { visitDwellMs: minutes(3, 10), visitsPerRound: [4, 8], baseTypes: ['nurse_station', 'office'], baseDwellMs: minutes(15, 45) },
  therapist: { visitDwellMs: minutes(15, 35), visitsPerRound: [1, 2], baseTypes: ['nurse_station', 'office'], baseDwellMs: minutes(10, 30) },
  environmental_services: { visitDwellMs: minutes(15, 25), visitsPerRound: [2, 4], baseTypes: ['soiled_utility', 'storage'], baseDwellMs: minutes(3, 10) },
  other: { visitDwellMs: minutes(2, 10), visitsPerRound: [1, 4], baseTypes: ['nurse_station', 'storage'], baseDwellMs: minutes(2, 10) },
});

/** Units without cleaners of their own in the demo, cleaned by a neighbouring unit's: the ED's cleaner also does Radiology. */
export const ALSO_CLEANS: Readonly<Record<string, readonly string[]>> = Object.freeze({ 'Emergency department': ['Radiology'] });

export interface DemoStaffTagOptions {
  /** Room id by tag id: where the location engine last placed each badge (rounds resume there). */
  lastRooms?: ReadonlyMap<string, string>;
  /**
   * When each room was last cleaned (epoch ms; absent or null: never): a cleaner starts their round
   * at the room cleaned longest ago and carries on in room order.
   */
  lastCleanedAt?: ReadonlyMap<string, number | null>;
}

/** The rooms a unit's cleaner goes round, in room-id order (the order of their round). */
export function cleaningRoundOf(floors: readonly ParsedFloorPlan[], unit: string): ParsedRoom[] {
  const units = new Set([unit, ...(ALSO_CLEANS[unit] ?? [])]);
  return sortedRooms(floors).filter((room) => room.unit !== null && units.has(room.unit) && CLEANED_ROOM_TYPES.includes(room.type));
}

/** A tag for every demo staff member, on rounds of their unit, with their number as iBeacon minor. */
export function demoStaffTags(floors: readonly ParsedFloorPlan[], options: DemoStaffTagOptions = {}): TagSpec[] {
  const rooms = sortedRooms(floors);
  const started = new Map<string, number>();
  return DEMO_STAFF.map((member) => {
    const rounds = roundsOf(member, rooms, floors, options.lastCleanedAt);
    const lastRoom = options.lastRooms?.get(member.badgeTagId);
    const placedInUnit = started.get(member.unit) ?? 0;
    started.set(member.unit, placedInUnit + 1);
    const startRoom =
      lastRoom !== undefined && (rounds.visits.includes(lastRoom) || rounds.bases.includes(lastRoom)) ? lastRoom : rounds.bases[placedInUnit % rounds.bases.length];
    return { kind: 'staff', minor: member.number, name: member.employeeNumber ?? undefined, start: { roomId: startRoom }, movement: { rounds } } satisfies TagSpec;
  });
}

function roundsOf(member: DemoStaffMember, rooms: readonly ParsedRoom[], floors: readonly ParsedFloorPlan[], lastCleanedAt?: ReadonlyMap<string, number | null>): RoundsMovement {
  const role = ROUNDS_BY_ROLE[member.role];
  const ofUnit = (types: readonly RoomType[]) => rooms.filter((room) => room.unit === member.unit && types.includes(room.type)).map((room) => room.id);
  const bases = ofUnit(role.baseTypes);
  if (member.role !== 'environmental_services') {
    return { visits: ofUnit(CARE_ROOM_TYPES), visitDwellMs: role.visitDwellMs, visitsPerRound: role.visitsPerRound, bases, baseDwellMs: role.baseDwellMs };
  }
  const round = cleaningRoundOf(floors, member.unit).map((room) => room.id);
  const cleanedAt = (roomId: string) => lastCleanedAt?.get(roomId) ?? Number.NEGATIVE_INFINITY;
  const first = round.reduce((oldest, roomId, index) => (cleanedAt(roomId) < cleanedAt(round[oldest]) ? index : oldest), 0);
  return {
    visits: [...round.slice(first), ...round.slice(0, first)],
    inTurn: true,
    visitDwellMs: role.visitDwellMs,
    visitsPerRound: role.visitsPerRound,
    bases,
    baseDwellMs: role.baseDwellMs,
  };
}

function sortedRooms(floors: readonly ParsedFloorPlan[]): ParsedRoom[] {
  return floors.flatMap((floor) => floor.rooms).sort((a, b) => (a.id < b.id ? -1 : 1));
}
