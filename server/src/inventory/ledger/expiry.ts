import { daysBetween } from '../../platform/time/calendar-date.js';
import type { LotBalance } from './lot-balances.js';

export { daysBetween };

/**
 * Expiry buckets: `expired` once the date has passed (a pack is usable through its expiry date), then
 * within 30, 60 and 90 days (each bucket excludes the earlier ones), else `later`. Unknown expiries are
 * `unknown`.
 */
export const EXPIRY_BUCKETS = ['expired', 'within_30', 'within_60', 'within_90', 'later', 'unknown'] as const;
export type ExpiryBucket = (typeof EXPIRY_BUCKETS)[number];

export function expiryBucket(expiry: string | null, today: string): ExpiryBucket {
  if (expiry === null) return 'unknown';
  const days = daysBetween(today, expiry);
  if (days < 0) return 'expired';
  if (days <= 30) return 'within_30';
  if (days <= 60) return 'within_60';
  if (days <= 90) return 'within_90';
  return 'later';
}

/** A lot still in a bin, with where it is. */
export interface BinLot<Where> extends LotBalance {
  where: Where;
}

export interface ExpiringLot<Where> extends BinLot<Where> {
  bucket: Exclude<ExpiryBucket, 'later' | 'unknown'>;
  daysLeft: number;
}

/**
 * The lots holding units that are expired or expire within `withinDays` (at most 90), soonest first:
 * the expiry list. Empty lots are not listed: they are no longer in the bin.
 */
export function expiringLots<Where>(lots: readonly BinLot<Where>[], today: string, withinDays = 90): ExpiringLot<Where>[] {
  const listed: ExpiringLot<Where>[] = [];
  for (const lot of lots) {
    if (lot.quantity <= 0 || lot.expiry === null) continue;
    const bucket = expiryBucket(lot.expiry, today);
    const daysLeft = daysBetween(today, lot.expiry);
    if (bucket === 'later' || bucket === 'unknown' || daysLeft > withinDays) continue;
    listed.push({ ...lot, bucket, daysLeft });
  }
  return listed.sort((a, b) => a.daysLeft - b.daysLeft || (a.lotNumber ?? '').localeCompare(b.lotNumber ?? ''));
}

/** Units of expired lots in a bin: stock to pull, not to count as usable. */
export function expiredUnits(lots: readonly LotBalance[], today: string): number {
  return lots.filter((lot) => lot.expiry !== null && daysBetween(today, lot.expiry) < 0).reduce((sum, lot) => sum + lot.quantity, 0);
}
