import fc from 'fast-check';
import { EMPTY_BIN, applyEntry, replayLedger } from './bin-ledger.js';
import { signedQuantity, type LedgerEntry } from './ledger-entry.js';
import { fefoOrder, totalUnits } from './lot-balances.js';
import { ledgerEntries } from './testing/ledger-arbitraries.js';

/** The rule written out the long way: the last count before `end`, plus every transaction after it. */
function expectedBefore(entries: readonly LedgerEntry[], end: number): number {
  let lastCount = -1;
  for (let i = 0; i < end; i++) if (entries[i].type === 'count') lastCount = i;
  let expected = lastCount === -1 ? 0 : (entries[lastCount] as Extract<LedgerEntry, { type: 'count' }>).count;
  for (let i = lastCount + 1; i < end; i++) {
    const entry = entries[i];
    if (entry.type === 'transaction') expected += signedQuantity(entry);
  }
  return expected;
}

const RUNS = { numRuns: 500 };

describe('the bin ledger, for any sequence of transactions and counts', () => {
  it('expects the last count plus the transactions since', () => {
    fc.assert(
      fc.property(ledgerEntries(), (entries) => {
        expect(replayLedger(entries).state.expected).toBe(expectedBefore(entries, entries.length));
      }),
      RUNS,
    );
  });

  it('turns every count that differs from the expected one into a discrepancy, and no other', () => {
    fc.assert(
      fc.property(ledgerEntries(), (entries) => {
        const { mismatches } = replayLedger(entries);
        const wanted = entries.flatMap((entry, index) => {
          if (entry.type !== 'count') return [];
          const expected = expectedBefore(entries, index);
          return entry.count === expected ? [] : [{ index, expected, counted: entry.count, delta: entry.count - expected }];
        });
        expect(mismatches.map(({ index, expected, counted, delta }) => ({ index, expected, counted, delta }))).toEqual(wanted);
      }),
      RUNS,
    );
  });

  it('gives the same state appended entry by entry, in any split, as replayed whole', () => {
    fc.assert(
      fc.property(ledgerEntries(), fc.nat(), (entries, cut) => {
        const at = entries.length === 0 ? 0 : cut % (entries.length + 1);
        const first = replayLedger(entries.slice(0, at));
        const rest = replayLedger(entries.slice(at), first.state);
        const whole = replayLedger(entries);
        expect(rest.state).toEqual(whole.state);
        expect(first.mismatches.length + rest.mismatches.length).toBe(whole.mismatches.length);
      }),
      RUNS,
    );
  });

  it('keeps lots non-negative, in FEFO order, adding up to the last count right after it', () => {
    fc.assert(
      fc.property(ledgerEntries(), (entries) => {
        let state = EMPTY_BIN;
        for (const entry of entries) {
          state = applyEntry(state, entry).state;
          expect(state.lots.every((lot) => lot.quantity > 0)).toBe(true);
          expect([...state.lots].sort(fefoOrder)).toEqual(state.lots);
          if (entry.type === 'count') expect(totalUnits(state.lots)).toBe(entry.count);
        }
      }),
      RUNS,
    );
  });

  it('keeps the lots equal to the expected count while no withdrawal takes more than the bin holds', () => {
    fc.assert(
      fc.property(ledgerEntries(), (entries) => {
        let state = EMPTY_BIN;
        for (const entry of entries) {
          if (entry.type === 'transaction' && signedQuantity(entry) < 0 && entry.quantity > state.expected) return;
          state = applyEntry(state, entry).state;
          expect(totalUnits(state.lots)).toBe(state.expected);
        }
      }),
      RUNS,
    );
  });
});
