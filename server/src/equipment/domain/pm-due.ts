/**
 * Preventive maintenance due dates are calendar dates (`YYYY-MM-DD`), compared with today's date at
 * the site, never with instants: "due 31 March" is due all that day wherever the server's clock is.
 */
export interface PmDue<A> {
  asset: A;
  pmDueDate: string;
  /** Days from today to the due date; negative when overdue. */
  daysUntilDue: number;
  overdue: boolean;
}

const DAY_MS = 86_400_000;

/** Days from `from` to `to`, both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Today's date in an IANA time zone, `YYYY-MM-DD`. */
export function dateIn(timeZone: string, now: number): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Assets due within `withinDays` of `today` (overdue ones included), soonest first. */
export function pmDueWithin<A extends { pmDueDate: string | null }>(assets: readonly A[], today: string, withinDays: number): PmDue<A>[] {
  return assets
    .flatMap((asset) => {
      if (asset.pmDueDate === null) return [];
      const daysUntilDue = daysBetween(today, asset.pmDueDate);
      return daysUntilDue <= withinDays ? [{ asset, pmDueDate: asset.pmDueDate, daysUntilDue, overdue: daysUntilDue < 0 }] : [];
    })
    .sort((a, b) => a.daysUntilDue - b.daysUntilDue);
}
