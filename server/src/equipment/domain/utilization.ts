/**
 * How much of its time a piece of equipment earns its keep, over a window, from two histories:
 * its status (what staff recorded) and the rooms it was located in (what the tags saw). Pure: times are
 * epoch milliseconds passed in; the service reads the histories.
 *
 * Staff rarely set `in_use` for every use, so location counts too: an `available` asset standing in a
 * patient-care room (a patient room, ICU bay, operating room or ED bay) is taken as used, not idle.
 *
 * - used: `in_use`, or `available` while in a patient-care room;
 * - idle: `available` anywhere else (or where it could not be located);
 * - out of service: every other status (soiled, cleaning, maintenance, missing, retired);
 * - utilization = used / (used + idle): the share of its in-service time spent with patients.
 *   Out-of-service time is reported beside it, not in it, so a pump in repair does not look idle.
 * Time before the asset's first status record (it was not registered yet) counts nowhere.
 */
import type { RoomType } from '../../floorplan/import/floorplan-format.js';
import { ASSET_STATUSES, type AssetStatus } from './asset-status.js';

/** Room types where equipment is with a patient. */
export const PATIENT_CARE_ROOM_TYPES: readonly RoomType[] = ['patient_room', 'icu_bay', 'operating_room', 'ed_bay'];

export interface TimeWindow {
  /** Inclusive start, epoch ms. */
  from: number;
  /** Exclusive end, epoch ms. */
  to: number;
}

/** The asset's status became `to` at `at` (the first record is the status it was registered with). */
export interface StatusRecord {
  at: number;
  to: AssetStatus;
}

/** The asset was located in a room of this type during [from, to). */
export interface RoomStay {
  from: number;
  to: number;
  roomType: RoomType | string;
}

export interface Utilization {
  /** Time in the window the asset was registered, ms: the sum of `statusMs`. */
  registeredMs: number;
  statusMs: Record<AssetStatus, number>;
  /** Located in a patient-care room, whatever its status. */
  patientCareMs: number;
  /** Located in any room. */
  locatedMs: number;
  usedMs: number;
  idleMs: number;
  outOfServiceMs: number;
  /** usedMs / (usedMs + idleMs), or null when the asset was never in service during the window. */
  utilization: number | null;
}

export function emptyUtilization(): Utilization {
  return {
    registeredMs: 0,
    statusMs: Object.fromEntries(ASSET_STATUSES.map((status) => [status, 0])) as Record<AssetStatus, number>,
    patientCareMs: 0,
    locatedMs: 0,
    usedMs: 0,
    idleMs: 0,
    outOfServiceMs: 0,
    utilization: null,
  };
}

/** One asset's utilization over `window`. Records and stays may come in any order and reach outside it. */
export function computeUtilization(window: TimeWindow, statusRecords: readonly StatusRecord[], stays: readonly RoomStay[]): Utilization {
  const result = emptyUtilization();
  if (!(window.to > window.from)) return result;
  const records = [...statusRecords].sort((a, b) => a.at - b.at);
  const rooms = nonOverlapping(stays);
  const cuts = new Set<number>([window.from, window.to]);
  for (const record of records) if (record.at > window.from && record.at < window.to) cuts.add(record.at);
  for (const stay of rooms) {
    for (const t of [stay.from, stay.to]) if (t > window.from && t < window.to) cuts.add(t);
  }
  const times = [...cuts].sort((a, b) => a - b);
  let recordIndex = -1;
  let stayIndex = 0;
  for (let i = 0; i + 1 < times.length; i++) {
    const start = times[i];
    const length = times[i + 1] - start;
    while (recordIndex + 1 < records.length && records[recordIndex + 1].at <= start) recordIndex++;
    if (recordIndex < 0) continue; // not registered yet
    while (stayIndex < rooms.length && rooms[stayIndex].to <= start) stayIndex++;
    const stay = stayIndex < rooms.length && rooms[stayIndex].from <= start ? rooms[stayIndex] : undefined;
    const status = records[recordIndex].to;
    const withPatient = stay !== undefined && PATIENT_CARE_ROOM_TYPES.includes(stay.roomType as RoomType);
    result.registeredMs += length;
    result.statusMs[status] += length;
    if (stay) result.locatedMs += length;
    if (withPatient) result.patientCareMs += length;
    if (status === 'in_use' || (status === 'available' && withPatient)) result.usedMs += length;
    else if (status === 'available') result.idleMs += length;
    else result.outOfServiceMs += length;
  }
  return withRatio(result);
}

/** A stored status change: the status before it is kept with it (null for the registration). */
export interface StatusChangeFact {
  at: number;
  fromStatus: AssetStatus | null;
  toStatus: AssetStatus;
}

/**
 * The status records a window starting at `from` needs, from only the changes made since `from`
 * (oldest first) and the status now: the status at `from` is the `fromStatus` of the first later
 * change, or the current status when nothing changed since. A first change with `fromStatus` null is
 * the registration: nothing before it counts. So no query reaches back before the window.
 */
export function statusRecordsSince(currentStatus: AssetStatus, changesSince: readonly StatusChangeFact[], from: number): StatusRecord[] {
  const records: StatusRecord[] = changesSince.map((change) => ({ at: change.at, to: change.toStatus }));
  const first = changesSince[0];
  if (!first) return [{ at: from, to: currentStatus }];
  if (first.fromStatus !== null) records.unshift({ at: from, to: first.fromStatus });
  return records;
}

/** The sum of several assets' utilization (a type, a unit): time adds up, the ratio is recomputed. */
export function sumUtilization(parts: readonly Utilization[]): Utilization {
  const total = emptyUtilization();
  for (const part of parts) {
    total.registeredMs += part.registeredMs;
    for (const status of ASSET_STATUSES) total.statusMs[status] += part.statusMs[status];
    total.patientCareMs += part.patientCareMs;
    total.locatedMs += part.locatedMs;
    total.usedMs += part.usedMs;
    total.idleMs += part.idleMs;
    total.outOfServiceMs += part.outOfServiceMs;
  }
  return withRatio(total);
}

function withRatio(u: Utilization): Utilization {
  const inService = u.usedMs + u.idleMs;
  return { ...u, utilization: inService > 0 ? u.usedMs / inService : null };
}

/** Stays by start time, each cut short where the next begins (a tag is in one room at a time). */
function nonOverlapping(stays: readonly RoomStay[]): RoomStay[] {
  const sorted = stays.filter((stay) => stay.to > stay.from).sort((a, b) => a.from - b.from);
  const result: RoomStay[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const end = i + 1 < sorted.length ? Math.min(sorted[i].to, sorted[i + 1].from) : sorted[i].to;
    if (end > sorted[i].from) result.push({ ...sorted[i], to: end });
  }
  return result;
}
