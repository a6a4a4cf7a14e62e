/**
 * A bin's levels: `par` is what a full restock brings it to, `reorderPoint` the level at or below which
 * it must be restocked before the next round, `maximum` what fits (above it is overstock). 0 ≤ reorderPoint
 * < par ≤ maximum (see levelIssues).
 */
export interface BinLevels {
  par: number;
  reorderPoint: number;
  maximum: number;
}

export const BIN_STATUSES = ['stock_out', 'below_reorder', 'below_par', 'ok', 'overstock'] as const;
export type BinStatus = (typeof BIN_STATUSES)[number];

/** The most urgent status that holds: nothing left, at or below the reorder point, below par, above the maximum, else ok. */
export function binStatus(onHand: number, levels: BinLevels): BinStatus {
  if (onHand <= 0) return 'stock_out';
  if (onHand <= levels.reorderPoint) return 'below_reorder';
  if (onHand < levels.par) return 'below_par';
  if (onHand > levels.maximum) return 'overstock';
  return 'ok';
}

/** What is wrong with a set of levels, naming the field; empty when they are consistent. */
export function levelIssues(levels: BinLevels): Array<{ field: keyof BinLevels; message: string }> {
  const issues: Array<{ field: keyof BinLevels; message: string }> = [];
  if (levels.reorderPoint >= levels.par) issues.push({ field: 'reorderPoint', message: `must be below par (${levels.par})` });
  if (levels.maximum < levels.par) issues.push({ field: 'maximum', message: `must be at least par (${levels.par})` });
  return issues;
}

/** Units that left a bin over a window: withdrawals and wastes, less returns. */
export interface UsageWindow {
  withdrawn: number;
  wasted: number;
  returned: number;
  days: number;
}

/** Units used per day over the window (never below zero: returns beyond withdrawals are not negative use). */
export function dailyUsage(usage: UsageWindow): number {
  if (usage.days <= 0) return 0;
  return Math.max(0, usage.withdrawn + usage.wasted - usage.returned) / usage.days;
}

/**
 * How many days the stock on hand lasts at the recent rate of use, to one decimal; null when nothing was
 * used (it lasts indefinitely), 0 when the bin is empty.
 */
export function daysOfSupply(onHand: number, usage: UsageWindow): number | null {
  if (onHand <= 0) return 0;
  const perDay = dailyUsage(usage);
  if (perDay === 0) return null;
  return Math.round((onHand / perDay) * 10) / 10;
}
