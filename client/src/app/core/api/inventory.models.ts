import type { BinStatus } from '../../../../../server/src/inventory/ledger/bin-status';
import type { ReconcileLine, SessionReconciliation as Reconciliation } from '../../../../../server/src/inventory/ledger/count-session';
import type { ExpiryBucket } from '../../../../../server/src/inventory/ledger/expiry';
import type { Role } from './auth.models';

/*
 * The status and bucket vocabularies and the reconciliation are the server's (inventory/ledger/, pure),
 * imported type-only: a status added there fails this build until it has a label here. The other API
 * views are written out by hand (the server's are Nest classes with decorators).
 */
export type { BinStatus, ExpiryBucket, ReconcileLine, Reconciliation };

/** Who changes inventory (the server's `INVENTORY_WRITERS`); every signed-in role reads levels. */
export const INVENTORY_WRITERS: readonly Role[] = ['admin', 'pharmacy'];

export const BIN_STATUS_LABELS: Readonly<Record<BinStatus, string>> = {
  stock_out: 'Stock-out',
  below_reorder: 'Below reorder point',
  below_par: 'Below par',
  ok: 'OK',
  overstock: 'Overstock',
};

/** Most urgent first, as filters and badges list them. */
export const BIN_STATUSES = Object.keys(BIN_STATUS_LABELS) as BinStatus[];

export const EXPIRY_BUCKET_LABELS: Readonly<Record<Exclude<ExpiryBucket, 'later' | 'unknown'>, string>> = {
  expired: 'Expired',
  within_30: 'Within 30 days',
  within_60: 'Within 60 days',
  within_90: 'Within 90 days',
};

export interface InventoryItem {
  id: number;
  code: string;
  kind: 'medication' | 'supply';
  name: string;
  strength: string | null;
  form: string | null;
  controlledSchedule: 'II' | 'III' | 'IV' | 'V' | null;
  unitOfIssue: string;
  description: string;
}

export interface Cabinet {
  id: string;
  name: string;
  kind: 'automated_dispensing_cabinet' | 'smart_shelf';
  floorId: string;
  roomId: string | null;
  unit: string | null;
}

export interface CabinetStock extends Cabinet {
  bins: number;
  byStatus: Record<BinStatus, number>;
  /** The most urgent bin status: the map badge (red stock-out, amber below reorder). */
  worst: BinStatus | null;
  /** Units on hand over units at par (1 = full). */
  fill: number;
  openDiscrepancies: number;
}

export interface Lot {
  lotNumber: string | null;
  expiry: string | null;
  quantity: number;
}

export interface Bin {
  id: number;
  cabinetId: string;
  cabinetName: string;
  unit: string | null;
  drawerId: number;
  location: string;
  label: string;
  item: InventoryItem;
  controlled: boolean;
  par: number;
  reorderPoint: number;
  maximum: number;
  expected: number;
  status: BinStatus;
  daysOfSupply: number | null;
  expiredUnits: number;
  lots: Lot[];
  lastCount: number | null;
  lastCountAt: string | null;
}

export interface BinQuery {
  cabinet?: string;
  unit?: string;
  status?: BinStatus;
  controlled?: boolean;
  search?: string;
}

export interface ExpiringLot extends Lot {
  bucket: Exclude<ExpiryBucket, 'later' | 'unknown'>;
  daysLeft: number;
  bin: Bin;
}

export interface PickLine {
  binId: number;
  location: string;
  itemCode: string;
  itemName: string;
  controlled: boolean;
  expected: number;
  par: number;
  bring: number;
  pull: Array<{ lotNumber: string | null; expiry: string; quantity: number }>;
}

export interface PickStop {
  cabinetId: string;
  cabinetName: string;
  floorId: string;
  roomId: string | null;
  lines: PickLine[];
}

export interface Discrepancy {
  id: number;
  binId: number;
  cabinetId: string;
  cabinetName: string | null;
  location: string | null;
  itemName: string | null;
  controlled: boolean;
  expected: number;
  counted: number;
  delta: number;
  method: string;
  detectedAt: string;
  deadlineAt: string;
  overdue: boolean;
  resolvedAt: string | null;
  resolvedBy: string | null;
  witnessedBy: string | null;
  reason: string | null;
}

export interface Resolution {
  reason: string;
  witnessUsername?: string;
  witnessPassword?: string;
}

/** A person's entry at a bin (a cabinet sends its own through the ingest). */
export type BinEntryRequest =
  | { kind: 'restock'; quantity: number; lotNumber: string; expiry: string }
  | { kind: 'withdraw' | 'return'; quantity: number; lotNumber?: string; expiry?: string }
  | { kind: 'waste'; quantity: number; lotNumber?: string; expiry?: string; witness?: string }
  | { kind: 'count'; count: number; method?: 'blind' | 'verify' };

export interface CountSession {
  id: number;
  scope: string;
  cabinetIds: string[];
  status: 'open' | 'signed_off';
  startedBy: string;
  startedAt: string;
  signedOffBy: string | null;
  signedOffAt: string | null;
  reconciliation?: Reconciliation;
}
