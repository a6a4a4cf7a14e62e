import fc from 'fast-check';
import { COUNT_METHODS, type LedgerEntry } from '../ledger-entry.js';

const lotNumbers = ['L1', 'L2', 'L3', 'L4'];
const expiries = ['2026-01-15', '2026-03-01', '2026-06-30', '2027-01-01'];

/** A lot as a cabinet reports it: a few numbers, each with its own expiry (a lot has one expiry). */
const lot = fc.integer({ min: 0, max: lotNumbers.length - 1 }).map((i) => ({ lotNumber: lotNumbers[i], expiry: expiries[i] }));

/** Any ledger entry, with times increasing by position (set in `ledgerEntries`). */
const entry: fc.Arbitrary<LedgerEntry> = fc.oneof(
  fc.record({ kind: fc.constantFrom('withdraw' as const, 'waste' as const), quantity: fc.integer({ min: 1, max: 12 }), lot: fc.option(lot, { nil: null }) }).map(
    (t): LedgerEntry => ({ type: 'transaction', ...t, at: 0, witness: t.kind === 'waste' ? 'witness' : null }),
  ),
  fc.record({ quantity: fc.integer({ min: 1, max: 30 }), lot }).map((t): LedgerEntry => ({ type: 'transaction', kind: 'restock', ...t, at: 0 })),
  fc.record({ quantity: fc.integer({ min: 1, max: 5 }), lot: fc.option(lot, { nil: null }) }).map((t): LedgerEntry => ({ type: 'transaction', kind: 'return', ...t, at: 0 })),
  fc.record({ method: fc.constantFrom(...COUNT_METHODS), count: fc.integer({ min: 0, max: 60 }) }).map((c): LedgerEntry => ({ type: 'count', ...c, at: 0 })),
);

export const ledgerEntries = (maxLength = 60): fc.Arbitrary<LedgerEntry[]> =>
  fc.array(entry, { maxLength }).map((entries) => entries.map((e, i) => ({ ...e, at: 1_700_000_000_000 + i * 60_000 })));
