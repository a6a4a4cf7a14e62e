/**
 * Calendar dates (`YYYY-MM-DD`): due dates, expiry dates. Compared with today's date at the site, never
 * with instants: "expires 31 March" holds all that day wherever the server's clock is.
 */

const DAY_MS = 86_400_000;

/** Days from `from` to `to`, both `YYYY-MM-DD`: 0 on the day, negative once `to` is past. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Today's date in an IANA time zone, `YYYY-MM-DD`. */
export function dateIn(timeZone: string, now: number): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
