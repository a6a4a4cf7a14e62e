import type { ContactInvestigation } from '../../../core/api/hygiene.models';
import type { CsvCell } from '../../../shared/csv';
import type { RoomChoice } from '../../equipment/site-places.service';

/** Rooms under their unit, as a select's option groups; the label rooms without a unit are listed under. */
export const NO_UNIT = 'No unit';

export interface RoomGroup {
  unit: string;
  rooms: RoomChoice[];
}

/** The rooms grouped by unit, units and rooms in name order, rooms without a unit last. */
export function roomsByUnit(rooms: readonly RoomChoice[]): RoomGroup[] {
  const groups = new Map<string, RoomChoice[]>();
  for (const room of rooms) groups.set(room.unit ?? NO_UNIT, [...(groups.get(room.unit ?? NO_UNIT) ?? []), room]);
  const byName = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });
  const units = [...groups.keys()].filter((unit) => unit !== NO_UNIT).sort(byName);
  if (groups.has(NO_UNIT)) units.push(NO_UNIT);
  return units.map((unit) => ({ unit, rooms: [...(groups.get(unit) ?? [])].sort((a, b) => byName(a.name, b.name)) }));
}

/**
 * Both tables in one sheet, a row per stay, staff first: times as ISO instants (unambiguous in any
 * zone), an empty "Left" for a stay still going on, the time within the period in whole minutes.
 */
export function contactsCsvRows(result: ContactInvestigation): CsvCell[][] {
  const minutes = (ms: number) => Math.round(ms / 60_000);
  return [
    ['Contact', 'Name', 'Role or type', 'Badge or tag', 'Entered', 'Left', 'Minutes in room within the period'],
    ...result.staff.map((stay) => ['staff', stay.name, stay.role, stay.badgeId, stay.enteredAt, stay.leftAt, minutes(stay.overlapMs)]),
    ...result.equipment.map((stay) => ['equipment', stay.name, stay.type, stay.tagId, stay.enteredAt, stay.leftAt, minutes(stay.overlapMs)]),
  ];
}

/** `wardwatch-contacts-<room>-<from>-<to>.csv`, the instants in the browser's zone to the minute (`2026-11-25-0930`). */
export function contactsFileName(result: ContactInvestigation): string {
  return `wardwatch-contacts-${result.room.id}-${fileStamp(result.from)}-${fileStamp(result.to)}.csv`;
}

function fileStamp(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
}

/** A stay's time in hours and minutes (`45 min`, `3 h`, `26 h 5 min`), to the nearest minute. */
export function stayTime(ms: number): string {
  const minutes = Math.round(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'under 1 min';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}
