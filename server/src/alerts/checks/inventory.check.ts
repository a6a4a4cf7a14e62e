import {
  INVENTORY_BELOW_REORDER,
  INVENTORY_DISCREPANCY_OVERDUE,
  INVENTORY_LOT_EXPIRED,
  INVENTORY_LOT_EXPIRING,
  INVENTORY_STOCK_OUT,
} from '../../inventory/inventory-alert-kinds.js';
import { alertCondition, type AlertCondition } from '../alert-condition.js';

/** A bin as the inventory reports it, for the stock checks. */
export interface BinLevel {
  binId: number;
  /** `Morphine sulfate 2 mg/mL ampoule`. */
  itemName: string;
  /** `Medication cabinet, ICU nurse station – Drawer 1 / A1`. */
  place: string;
  controlled: boolean;
  status: 'stock_out' | 'below_reorder' | 'below_par' | 'ok' | 'overstock';
  expected: number;
  reorderPoint: number;
  par: number;
  floorId: string;
  roomId: string | null;
}

function binCondition(kind: string, bin: BinLevel, severity: AlertCondition['severity'], title: string): AlertCondition {
  return alertCondition({
    kind,
    subjectType: 'bin',
    subjectId: String(bin.binId),
    severity,
    title,
    detail: { itemName: bin.itemName, place: bin.place, expected: bin.expected, reorderPoint: bin.reorderPoint, par: bin.par, controlled: bin.controlled },
    floorId: bin.floorId,
    roomId: bin.roomId,
  });
}

/** One critical alert per empty bin. */
export function stockOutConditions(bins: readonly BinLevel[]): AlertCondition[] {
  return bins.filter((bin) => bin.status === 'stock_out').map((bin) => binCondition(INVENTORY_STOCK_OUT, bin, 'critical', `Stock-out: ${bin.itemName} at ${bin.place}`));
}

/** One warning per bin at or below its reorder point but not empty (an empty bin has its stock-out alert instead). */
export function belowReorderConditions(bins: readonly BinLevel[]): AlertCondition[] {
  return bins
    .filter((bin) => bin.status === 'below_reorder')
    .map((bin) => binCondition(INVENTORY_BELOW_REORDER, bin, 'warning', `Below reorder point: ${bin.itemName} at ${bin.place} (${bin.expected} of par ${bin.par})`));
}

/** A lot still in a bin with its expiry, as the inventory's expiry list reports it. */
export interface LotExpiry {
  binId: number;
  lotNumber: string | null;
  expiry: string;
  quantity: number;
  daysLeft: number;
  itemName: string;
  place: string;
  floorId: string;
  roomId: string | null;
}

/** Lots expiring within this many days raise an alert: a month to use them up or swap them. */
export const LOT_EXPIRING_ALERT_DAYS = 30;

function lotCondition(kind: string, lot: LotExpiry, severity: AlertCondition['severity'], title: string): AlertCondition {
  return alertCondition({
    kind,
    subjectType: 'lot',
    // One condition per lot in a bin: the same lot in two bins is two things to pull.
    subjectId: `${lot.binId}:${lot.lotNumber ?? '(unknown)'}`,
    severity,
    title,
    detail: { itemName: lot.itemName, place: lot.place, lotNumber: lot.lotNumber, expiry: lot.expiry, quantity: lot.quantity },
    floorId: lot.floorId,
    roomId: lot.roomId,
  });
}

/** Lots whose expiry date is within LOT_EXPIRING_ALERT_DAYS (today included), not yet past. */
export function lotExpiringConditions(lots: readonly LotExpiry[]): AlertCondition[] {
  return lots
    .filter((lot) => lot.daysLeft >= 0 && lot.daysLeft <= LOT_EXPIRING_ALERT_DAYS)
    .map((lot) => lotCondition(INVENTORY_LOT_EXPIRING, lot, 'warning', `${lot.itemName} lot ${lot.lotNumber ?? '(unknown)'} expires ${lot.expiry} at ${lot.place}`));
}

/** Expired lots still in a bin: critical, they must be pulled before someone gives them. */
export function lotExpiredConditions(lots: readonly LotExpiry[]): AlertCondition[] {
  return lots
    .filter((lot) => lot.daysLeft < 0)
    .map((lot) => lotCondition(INVENTORY_LOT_EXPIRED, lot, 'critical', `Expired: ${lot.quantity} × ${lot.itemName} lot ${lot.lotNumber ?? '(unknown)'} at ${lot.place}`));
}

/** An unresolved discrepancy, as the inventory reports it. */
export interface OpenDiscrepancyState {
  id: number;
  controlled: boolean;
  delta: number;
  itemName: string;
  place: string;
  deadlineAt: Date;
  floorId: string;
  roomId: string | null;
}

/** One alert per discrepancy unresolved past its deadline: critical for a controlled substance, else a warning. */
export function discrepancyOverdueConditions(discrepancies: readonly OpenDiscrepancyState[], now: Date): AlertCondition[] {
  return discrepancies
    .filter((d) => now.getTime() > d.deadlineAt.getTime())
    .map((d) =>
      alertCondition({
        kind: INVENTORY_DISCREPANCY_OVERDUE,
        subjectType: 'discrepancy',
        subjectId: String(d.id),
        severity: d.controlled ? 'critical' : 'warning',
        title: `${d.controlled ? 'Controlled-substance discrepancy' : 'Discrepancy'} overdue: ${d.itemName} at ${d.place} (${d.delta > 0 ? '+' : ''}${d.delta})`,
        detail: { itemName: d.itemName, place: d.place, delta: d.delta, controlled: d.controlled, deadlineAt: d.deadlineAt.toISOString() },
        floorId: d.floorId,
        roomId: d.roomId,
      }),
    );
}
