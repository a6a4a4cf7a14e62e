import { replayLedger } from './bin-ledger.js';
import type { LedgerEntry } from './ledger-entry.js';

const restock = (lotNumber: string, expiry: string, quantity: number, at: number): LedgerEntry => ({ type: 'transaction', kind: 'restock', quantity, at, lot: { lotNumber, expiry } });

describe('lots leave first expiry, first out', () => {
  const stocked = [restock('LATE', '2027-06-30', 5, 1), restock('SOON', '2026-12-31', 5, 2)];

  it('takes a withdrawal without a lot from the soonest-expiring lot first', () => {
    const { state } = replayLedger([...stocked, { type: 'transaction', kind: 'withdraw', quantity: 7, at: 3 }]);
    expect(state.lots).toEqual([{ lotNumber: 'LATE', expiry: '2027-06-30', quantity: 3 }]);
    expect(state.expected).toBe(3);
  });

  it('takes a withdrawal naming its lot from that lot', () => {
    const { state } = replayLedger([...stocked, { type: 'transaction', kind: 'withdraw', quantity: 2, at: 3, lot: { lotNumber: 'LATE', expiry: '2027-06-30' } }]);
    expect(state.lots).toEqual([
      { lotNumber: 'SOON', expiry: '2026-12-31', quantity: 5 },
      { lotNumber: 'LATE', expiry: '2027-06-30', quantity: 3 },
    ]);
  });

  it('books a short count against the latest-expiring lot, so no expiry is hidden', () => {
    const { state } = replayLedger([...stocked, { type: 'count', method: 'blind', count: 8, at: 3 }]);
    expect(state.lots).toEqual([
      { lotNumber: 'SOON', expiry: '2026-12-31', quantity: 5 },
      { lotNumber: 'LATE', expiry: '2027-06-30', quantity: 3 },
    ]);
  });

  it('books units found by a count, and returns without a lot, as unknown lot', () => {
    const { state } = replayLedger([...stocked, { type: 'count', method: 'verify', count: 11, at: 3 }, { type: 'transaction', kind: 'return', quantity: 1, at: 4 }]);
    expect(state.lots.at(-1)).toEqual({ lotNumber: null, expiry: null, quantity: 2 });
    expect(state.expected).toBe(12);
  });
});
