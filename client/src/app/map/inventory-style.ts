import type { BinStatus } from '../core/api/inventory.models';

/**
 * Colours of bin status, shared by the map's cabinet badges and the inventory page's gauges: red for a
 * stock-out, amber below the reorder point (the map legend), a paler amber below par, green at
 * par, blue above the maximum.
 */
export const BIN_STATUS_COLOURS: Readonly<Record<BinStatus, string>> = {
  stock_out: '#b42318',
  below_reorder: '#b54708',
  below_par: '#caa100',
  ok: '#1a7f37',
  overstock: '#2563a6',
};

/** A cabinet badge with no bin at or below its reorder point. */
export const STOCKED_BADGE_COLOUR = '#344054';
