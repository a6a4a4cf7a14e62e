import type { BinLevels } from './bin-status.js';
import { daysBetween, expiredUnits } from './expiry.js';
import type { LotBalance } from './lot-balances.js';

/** A bin as the pick list needs it. */
export interface PickBin extends BinLevels {
  binId: number;
  cabinetId: string;
  /** Where in the cabinet, for the person restocking: `Drawer 2 / B3`. */
  location: string;
  itemCode: string;
  itemName: string;
  expected: number;
  lots: readonly LotBalance[];
}

export interface PickLine {
  binId: number;
  location: string;
  itemCode: string;
  itemName: string;
  /** Units to bring: up to par, after the expired units are pulled. */
  bring: number;
  /** Expired lots to take out of the bin. */
  pull: Array<{ lotNumber: string | null; expiry: string; quantity: number }>;
}

export interface PickStop {
  cabinetId: string;
  lines: PickLine[];
}

/**
 * The restock pick list: per bin, what to bring to reach par (counting expired units as gone, since they
 * are pulled on the same visit) and which expired lots to pull; bins needing neither are left out.
 * Grouped by cabinet in the order of `route` (the walking route through the cabinets, given by the
 * caller); cabinets not on the route come last, by id. Within a cabinet, by location.
 * Nothing brings a bin above its maximum.
 */
export function pickList(bins: readonly PickBin[], route: readonly string[], today: string): PickStop[] {
  const byCabinet = new Map<string, PickLine[]>();
  for (const bin of bins) {
    const expired = expiredUnits(bin.lots, today);
    const usable = Math.max(0, bin.expected - expired);
    const bring = usable < bin.par ? Math.min(bin.par, bin.maximum) - usable : 0;
    const pull = bin.lots
      .filter((lot) => lot.expiry !== null && lot.quantity > 0 && daysBetween(today, lot.expiry) < 0)
      .map((lot) => ({ lotNumber: lot.lotNumber, expiry: lot.expiry as string, quantity: lot.quantity }));
    if (bring <= 0 && pull.length === 0) continue;
    const lines = byCabinet.get(bin.cabinetId) ?? [];
    lines.push({ binId: bin.binId, location: bin.location, itemCode: bin.itemCode, itemName: bin.itemName, bring: Math.max(0, bring), pull });
    byCabinet.set(bin.cabinetId, lines);
  }
  const stop = (cabinetId: string): number => {
    const at = route.indexOf(cabinetId);
    return at === -1 ? route.length : at;
  };
  return [...byCabinet.entries()]
    .sort(([a], [b]) => stop(a) - stop(b) || a.localeCompare(b))
    .map(([cabinetId, lines]) => ({ cabinetId, lines: lines.sort((a, b) => a.location.localeCompare(b.location, 'en', { numeric: true }) || a.binId - b.binId) }));
}
