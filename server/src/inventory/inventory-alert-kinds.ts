import type { AlertKindDefinition } from '../alerts/alert-kinds.js';

/** The inventory's alert kinds: pharmacy acts on them (admins always may). */
export const INVENTORY_STOCK_OUT = 'inventory.stock_out';
export const INVENTORY_BELOW_REORDER = 'inventory.below_reorder';
export const INVENTORY_LOT_EXPIRING = 'inventory.lot_expiring';
export const INVENTORY_LOT_EXPIRED = 'inventory.lot_expired';
export const INVENTORY_DISCREPANCY_OVERDUE = 'inventory.discrepancy_overdue';

export const INVENTORY_ALERT_KINDS: readonly AlertKindDefinition[] = [
  { kind: INVENTORY_STOCK_OUT, label: 'Bin stocked out', actingRoles: ['pharmacy'] },
  { kind: INVENTORY_BELOW_REORDER, label: 'Bin below reorder point', actingRoles: ['pharmacy'] },
  { kind: INVENTORY_LOT_EXPIRING, label: 'Lot expiring within 30 days', actingRoles: ['pharmacy'] },
  { kind: INVENTORY_LOT_EXPIRED, label: 'Expired lot in a bin', actingRoles: ['pharmacy'] },
  { kind: INVENTORY_DISCREPANCY_OVERDUE, label: 'Discrepancy unresolved past its deadline', actingRoles: ['pharmacy'] },
];
