/**
 * What a bin's ledger records: transactions (stock moving in or out) and counts (someone or something
 * saying how many are there). Pure data; times are epoch milliseconds given by the caller.
 */

export const TRANSACTION_KINDS = ['withdraw', 'restock', 'return', 'waste'] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

/**
 * How a count was taken: `sensor` (a weighing or RFID bin reports on its own), `blind` (a person counts
 * without being shown the expected number), `verify` (a person confirms or corrects the shown number).
 */
export const COUNT_METHODS = ['sensor', 'blind', 'verify'] as const;
export type CountMethod = (typeof COUNT_METHODS)[number];

/** A lot as printed on the pack: its number and expiry date (`YYYY-MM-DD`, a calendar date, usable through that day). */
export interface LotRef {
  lotNumber: string;
  expiry: string;
}

export interface TransactionEntry {
  type: 'transaction';
  kind: TransactionKind;
  /** Units moved, > 0. The kind says the direction. */
  quantity: number;
  at: number;
  /** Restock: the lot put in (required). Withdraw, waste, return: the lot when the cabinet knows it. */
  lot?: LotRef | null;
  /** Who did it, when the cabinet knows. */
  user?: string | null;
  /** Waste: who saw it. */
  witness?: string | null;
}

export interface CountEntry {
  type: 'count';
  method: CountMethod;
  /** Units found, >= 0. */
  count: number;
  at: number;
  user?: string | null;
}

export type LedgerEntry = TransactionEntry | CountEntry;

/** How a transaction changes the on-hand quantity. */
export function signedQuantity(entry: Pick<TransactionEntry, 'kind' | 'quantity'>): number {
  return entry.kind === 'restock' || entry.kind === 'return' ? entry.quantity : -entry.quantity;
}
