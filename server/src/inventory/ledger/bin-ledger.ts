import { signedQuantity, type CountEntry, type CountMethod, type LedgerEntry } from './ledger-entry.js';
import { addUnits, reconcileLots, takeUnits, type LotBalance } from './lot-balances.js';

/**
 * Where a bin stands after its ledger so far. `expected` is the last count plus every transaction since
 * (the ledger's one rule); it may go below zero when more was withdrawn than the ledger knew of, which the
 * next count then shows as a discrepancy.
 */
export interface BinLedgerState {
  expected: number;
  /** Units per lot (FEFO order); their total equals `expected` except after withdrawing more than was known. */
  lots: LotBalance[];
  lastCount: { count: number; at: number; method: CountMethod } | null;
}

/** A count that disagreed with the ledger. `delta` = counted − expected: negative is stock missing. */
export interface CountMismatch {
  expected: number;
  counted: number;
  delta: number;
  method: CountMethod;
  at: number;
}

/** A new bin: nothing in it, never counted. */
export const EMPTY_BIN: BinLedgerState = Object.freeze({ expected: 0, lots: [], lastCount: null }) as BinLedgerState;

/**
 * Appends one entry. A transaction moves `expected` and the lots; a count becomes the new baseline
 * (expected = counted, the lots made to add up to it) and, when it differs from what was expected,
 * answers the mismatch. Every mismatch, and only a mismatch, is answered.
 */
export function applyEntry(state: BinLedgerState, entry: LedgerEntry): { state: BinLedgerState; mismatch: CountMismatch | null } {
  if (entry.type === 'count') return applyCount(state, entry);
  const lot = entry.lot ?? null;
  const lots =
    signedQuantity(entry) > 0
      ? addUnits(state.lots, lot, entry.quantity)
      : takeUnits(state.lots, lot?.lotNumber ?? null, entry.quantity);
  return { state: { ...state, expected: state.expected + signedQuantity(entry), lots }, mismatch: null };
}

function applyCount(state: BinLedgerState, entry: CountEntry): { state: BinLedgerState; mismatch: CountMismatch | null } {
  const next: BinLedgerState = {
    expected: entry.count,
    lots: reconcileLots(state.lots, entry.count),
    lastCount: { count: entry.count, at: entry.at, method: entry.method },
  };
  const mismatch =
    entry.count === state.expected
      ? null
      : { expected: state.expected, counted: entry.count, delta: entry.count - state.expected, method: entry.method, at: entry.at };
  return { state: next, mismatch };
}

/** Appends entries in order; the mismatches carry the index of the count that found them. */
export function replayLedger(
  entries: readonly LedgerEntry[],
  from: BinLedgerState = EMPTY_BIN,
): { state: BinLedgerState; mismatches: Array<CountMismatch & { index: number }> } {
  let state = from;
  const mismatches: Array<CountMismatch & { index: number }> = [];
  entries.forEach((entry, index) => {
    const applied = applyEntry(state, entry);
    state = applied.state;
    if (applied.mismatch !== null) mismatches.push({ ...applied.mismatch, index });
  });
  return { state, mismatches };
}
