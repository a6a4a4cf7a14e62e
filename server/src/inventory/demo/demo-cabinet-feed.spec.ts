import { replayLedger, type BinLedgerState } from '../ledger/bin-ledger.js';
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import { DemoCabinetFeed, dayShape, type FeedBin } from './demo-cabinet-feed.js';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 10, 26, 0, 0);
const bin = (overrides: Partial<FeedBin>): FeedBin => ({
  cabinetId: 'cab-a',
  drawer: 'Drawer 1',
  bin: 'A1',
  itemCode: 'MOR10INJ',
  supply: false,
  controlled: true,
  par: 10,
  reorderPoint: 3,
  onHand: 10,
  frozen: false,
  ...overrides,
});
const bins = [
  bin({}),
  bin({ bin: 'A2', itemCode: 'MID5INJ', par: 6, reorderPoint: 2, onHand: 6 }),
  bin({ drawer: 'Drawer 3', bin: 'C1', itemCode: 'PARA500', controlled: false, par: 60, reorderPoint: 20, onHand: 60 }),
  bin({ drawer: 'Drawer 4', bin: 'D1', itemCode: 'NACL10', controlled: false, supply: true, par: 40, reorderPoint: 12, onHand: 40 }),
  bin({ bin: 'A9', itemCode: 'LOR4INJ', onHand: 3, frozen: true }),
];
const feed = (options: Partial<ConstructorParameters<typeof DemoCabinetFeed>[0]> = {}) =>
  new DemoCabinetFeed({ cabinets: [{ id: 'cab-a', peakWithdrawalsPerHour: 12 }], bins, startTs: start, seed: 7, seqBase: 1000, reportEveryMs: 15 * 60_000, ...options });

/** The batches' events per bin as ledger entries, in the order the ingest applies them. */
function ledgers(batches: ReturnType<DemoCabinetFeed['batchesUntil']>): Map<string, LedgerEntry[]> {
  const byBin = new Map<string, LedgerEntry[]>();
  for (const batch of batches) {
    for (const event of batch.events) {
      const key = `${event.drawer}/${event.bin}`;
      const at = Number(event.ts);
      const entry: LedgerEntry =
        event.type === 'count'
          ? { type: 'count', method: event.method, count: event.count, at }
          : { type: 'transaction', kind: event.type, quantity: event.quantity, at, lot: event.lot ?? null };
      byBin.set(key, [...(byBin.get(key) ?? []), entry]);
    }
  }
  return byBin;
}

describe('the demo cabinets at work', () => {
  const day = feed().batchesUntil(start + 24 * HOUR);

  it('is the same for the same seed, and numbers its batches from the seq base', () => {
    expect(feed().batchesUntil(start + 24 * HOUR)).toEqual(day);
    expect(day.map((batch) => batch.seq)).toEqual(day.map((_, i) => 1000 + i));
  });

  it('keeps the ledger and the shelves in step: replayed, each bin’s expected count is what is physically there', () => {
    const simulated = feed();
    const batches = simulated.batchesUntil(start + 24 * HOUR);
    for (const [key, entries] of ledgers(batches)) {
      const physical = simulated.bins.find((b) => `${b.drawer}/${b.bin}` === key) as FeedBin;
      const initial = bins.find((b) => `${b.drawer}/${b.bin}` === key) as FeedBin;
      const from: BinLedgerState = { expected: initial.onHand, lots: [], lastCount: null };
      expect(replayLedger(entries, from).state.expected).toBe(physical.onHand);
      expect(physical.onHand).toBeGreaterThanOrEqual(0);
    }
  });

  it('dispenses more around the medication rounds than at night, restocks and leaves frozen bins alone', () => {
    const withdrawals = day.flatMap((batch) => batch.events).filter((event) => event.type === 'withdraw');
    const inHour = (hour: number) => withdrawals.filter((event) => new Date(Number(event.ts)).getUTCHours() === hour).length;
    expect(inHour(8) + inHour(12) + inHour(18)).toBeGreaterThan(2 * (inHour(2) + inHour(3) + inHour(4)));
    expect(dayShape(Date.UTC(2026, 0, 1, 8))).toBeCloseTo(1);
    expect(day.flatMap((batch) => batch.events).some((event) => event.type === 'restock')).toBe(true);
    expect(day.flatMap((batch) => batch.events).some((event) => event.bin === 'A9')).toBe(false);
  });

  it('loses a unit of the forced item unrecorded and counts it, so the ledger finds a discrepancy of −1', () => {
    const batches = feed({ forcedMiscount: { cabinetId: 'cab-a', itemCode: 'MID5INJ', atTs: start + 90 * 60_000 } }).batchesUntil(start + 2 * HOUR);
    const entries = ledgers(batches).get('Drawer 1/A2') as LedgerEntry[];
    const { mismatches } = replayLedger(entries, { expected: 6, lots: [], lastCount: null });
    expect(mismatches.map((m) => [m.delta, new Date(m.at).toISOString()])).toEqual([[-1, new Date(start + 91 * 60_000 - 1).toISOString()]]);
  });
});
