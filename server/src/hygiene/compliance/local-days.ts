/**
 * The local calendar days a time range covers, each as the instants it spans, so a store can count per
 * day with plain range queries (exact in any zone, whatever its offset or daylight-saving rules). Pure.
 */
import type { CalendarLookup } from './compliance-calendar.js';

export interface LocalDayPeriod {
  /** `YYYY-MM-DD` in the hospital's zone. */
  day: string;
  /** Epoch ms, inclusive: the local midnight, or the range's start for the first day. */
  from: number;
  /** Epoch ms, exclusive: the next local midnight, or the range's end for the last day. */
  to: number;
}

const HOUR_MS = 3_600_000;

/** The local days of [from, to), oldest first, cut to the range; none when the range is empty. */
export function localDays(calendar: CalendarLookup, from: number, to: number): LocalDayPeriod[] {
  const days: LocalDayPeriod[] = [];
  let start = from;
  while (start < to) {
    const end = Math.min(nextDayStart(calendar, start), to);
    days.push({ day: calendar.dayOf(start), from: start, to: end });
    start = end;
  }
  return days;
}

/**
 * The first instant after `at` on a later local day. Hour steps find the hour it falls in (a local day
 * lasts 23 to 25 hours), then halving finds the millisecond: zones' midnights are not all on the hour.
 */
function nextDayStart(calendar: CalendarLookup, at: number): number {
  const day = calendar.dayOf(at);
  let before = at;
  let after = at + HOUR_MS;
  while (calendar.dayOf(after) === day) {
    before = after;
    after += HOUR_MS;
  }
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (calendar.dayOf(middle) === day) before = middle;
    else after = middle;
  }
  return after;
}
