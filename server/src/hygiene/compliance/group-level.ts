/**
 * Group-level hand-hygiene compliance where staff wear no badges: dispenser activations against an
 * estimate of opportunities from door counters (the WHO's product-use / activation-count group
 * monitoring, WHO Hand Hygiene Technical Reference Manual 2009). Every walk into a room is an entry
 * moment and, later, an exit moment, so opportunities ≈ 2 × entries. Pure: counts come in as data.
 */

/** What group-level figures can be grouped by. */
export const GROUP_LEVEL_DIMENSIONS = ['room', 'unit', 'day'] as const;
export type GroupLevelDimension = (typeof GROUP_LEVEL_DIMENSIONS)[number];

/** The unit key of rooms without a unit, as in the badge-based figures. */
export const NO_UNIT = '(no unit)';

/** Each entry is two WHO moments: entering (before patient contact) and leaving (after). */
export const OPPORTUNITIES_PER_ENTRY = 2;

/** A room with door counters, and the dispensers that serve it (dispensersServingRooms). */
export interface CountedRoom {
  id: string;
  name: string;
  unit: string | null;
  counterIds: readonly string[];
  dispenserIds: ReadonlySet<string>;
}

/** Counts of one stretch of time: all of the range, or one local day of it. */
export interface CountedPeriod {
  /** The local day (`YYYY-MM-DD`) when grouping by day. */
  day: string;
  /** People counted walking in, per door counter. */
  entriesByCounter: ReadonlyMap<string, number>;
  activationsByDispenser: ReadonlyMap<string, number>;
}

export interface GroupLevelFigures {
  doorEntries: number;
  estimatedOpportunities: number;
  activations: number;
  /** min(1, activations / estimated opportunities); null without entries (no figure rather than 0 % or 100 %). */
  compliance: number | null;
}

export interface GroupLevelGroup extends GroupLevelFigures {
  key: string;
  /** The room's name for `room`, else the key. */
  label: string;
}

export interface GroupLevelResult {
  total: GroupLevelFigures;
  groups: GroupLevelGroup[];
}

/**
 * Figures in total and per group. An activation is counted once per group however many of the group's
 * rooms its dispenser serves (a corridor dispenser between two doors), and once in the total; per room it
 * counts for each room it serves, so rooms can add up to more than their unit. Rooms and units are every
 * one with a counter, sorted by label; days are the periods given, in their order.
 */
export function groupLevelCompliance(rooms: readonly CountedRoom[], periods: readonly CountedPeriod[], by: GroupLevelDimension): GroupLevelResult {
  const total = figuresOf(rooms, periods);
  if (by === 'day') return { total, groups: periods.map((period) => ({ key: period.day, label: period.day, ...figuresOf(rooms, [period]) })) };
  const members = new Map<string, { label: string; rooms: CountedRoom[] }>();
  for (const room of rooms) {
    const key = by === 'room' ? room.id : (room.unit ?? NO_UNIT);
    const group = members.get(key) ?? { label: by === 'room' ? room.name : key, rooms: [] };
    group.rooms.push(room);
    members.set(key, group);
  }
  const groups = [...members].map(([key, group]) => ({ key, label: group.label, ...figuresOf(group.rooms, periods) }));
  return { total, groups: groups.sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key)) };
}

function figuresOf(rooms: readonly CountedRoom[], periods: readonly CountedPeriod[]): GroupLevelFigures {
  const counters = new Set(rooms.flatMap((room) => room.counterIds));
  const dispensers = new Set(rooms.flatMap((room) => [...room.dispenserIds]));
  let doorEntries = 0;
  let activations = 0;
  for (const period of periods) {
    for (const counterId of counters) doorEntries += period.entriesByCounter.get(counterId) ?? 0;
    for (const dispenserId of dispensers) activations += period.activationsByDispenser.get(dispenserId) ?? 0;
  }
  const estimatedOpportunities = OPPORTUNITIES_PER_ENTRY * doorEntries;
  return { doorEntries, estimatedOpportunities, activations, compliance: estimatedOpportunities === 0 ? null : Math.min(1, activations / estimatedOpportunities) };
}
