import { dateIn, daysBetween } from '../../platform/time/calendar-date.js';

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

export { dateIn, daysBetween };

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
