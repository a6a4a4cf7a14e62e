/**
 * The demo's medication cabinets at work, simulated: nurses withdraw through the day (busiest at the
 * medication rounds), sometimes waste a controlled dose with a witness or return a unit, pharmacy
 * restocks bins that fell to their reorder point an hour or two later, and the cabinets' smart pockets
 * count a bin now and then. Occasionally a unit goes missing without a record (a miscount), which the
 * next count turns into a discrepancy. Pure and deterministic: time and the seed come in as data; the
 * output is cabinet batches as docs/schemas/cabinet-ingest.schema.json describes them.
 */
import { Prng } from '../../simulator/prng.js';
import type { CabinetBatch, CabinetEventReport } from '../../ingest/cabinet/cabinet-batch.js';

export interface FeedBin {
  cabinetId: string;
  drawer: string;
  bin: string;
  itemCode: string;
  supply: boolean;
  controlled: boolean;
  par: number;
  reorderPoint: number;
  /** Units physically there (the simulation's truth). */
  onHand: number;
  /** Left alone: neither dispensed from nor restocked (the demo's set pieces: a stock-out, an expired lot). */
  frozen: boolean;
}

export interface FeedCabinet {
  id: string;
  peakWithdrawalsPerHour: number;
}

export interface DemoCabinetFeedOptions {
  cabinets: readonly FeedCabinet[];
  bins: readonly FeedBin[];
  startTs: number;
  seed: number;
  /** The first batch's seq; each batch takes the next. */
  seqBase: number;
  /** A cabinet reports what happened since its last report this often. */
  reportEveryMs: number;
  /** A unit of this cabinet's item goes missing at this time, and the cabinet counts the bin right after. */
  forcedMiscount?: { cabinetId: string; itemCode: string; atTs: number };
}

const MINUTE_MS = 60_000;
/** Medication rounds (hours of the day): withdrawals peak around them. */
const ROUNDS = [8, 12, 18, 22];
/** A smart pocket counts one bin of its cabinet this often. */
const COUNT_EVERY_MS = 30 * MINUTE_MS;
/** Chance that a unit went missing unrecorded before a count (a miscount). */
const MISCOUNT_PROBABILITY = 0.01;
/** Share of controlled withdrawals followed by a witnessed waste of one unit, and of withdrawals returned. */
const WASTE_PROBABILITY = 0.05;
const RETURN_PROBABILITY = 0.03;

/** How busy the hour is, 0.3–1.0: a bell around each medication round (UTC hours; St Mary's is in London). */
export function dayShape(ts: number): number {
  const hour = (ts / 3_600_000) % 24;
  const nearest = Math.min(...ROUNDS.map((round) => Math.min(Math.abs(hour - round), 24 - Math.abs(hour - round))));
  return 0.3 + 0.7 * Math.exp(-(nearest * nearest) / 2);
}

export class DemoCabinetFeed {
  /** The simulation's time: everything before it has been reported. */
  now: number;
  readonly bins: FeedBin[];
  private readonly prng: Prng;
  private seq: number;
  private readonly pending = new Map<string, CabinetEventReport[]>();
  private readonly restockDue = new Map<FeedBin, number>();
  private readonly nextCount = new Map<string, number>();
  private nextReport: number;
  private lotCounter = 0;

  constructor(private readonly options: DemoCabinetFeedOptions) {
    this.now = options.startTs;
    this.bins = options.bins.map((bin) => ({ ...bin }));
    this.prng = new Prng(options.seed);
    this.seq = options.seqBase;
    this.nextReport = options.startTs + options.reportEveryMs;
    options.cabinets.forEach((cabinet, i) => this.nextCount.set(cabinet.id, options.startTs + ((i + 1) * COUNT_EVERY_MS) / (options.cabinets.length + 1)));
  }

  /** Steps minute by minute to `untilTs`, answering the batches the cabinets sent on the way (oldest first). */
  batchesUntil(untilTs: number): CabinetBatch[] {
    const batches: CabinetBatch[] = [];
    while (this.now + MINUTE_MS <= untilTs) {
      const from = this.now;
      this.now += MINUTE_MS;
      for (const cabinet of this.options.cabinets) this.stepCabinet(cabinet, from);
      if (this.now >= this.nextReport) {
        batches.push(...this.flush());
        this.nextReport += this.options.reportEveryMs;
      }
    }
    return batches;
  }

  private stepCabinet(cabinet: FeedCabinet, from: number): void {
    const bins = this.bins.filter((bin) => bin.cabinetId === cabinet.id && !bin.frozen);
    if (bins.length === 0) return;
    const expected = (cabinet.peakWithdrawalsPerHour * dayShape(from)) / 60;
    // Counts are stamped at the minute's end, after everything else of the minute: the ledger applies a
    // batch's events in time order, and a count must follow the withdrawals it counted after.
    const withdrawals = this.poisson(expected);
    for (let i = 0; i < withdrawals; i++) this.withdraw(bins, from + this.prng.int(MINUTE_MS - 10));
    for (const [bin, dueAt] of this.restockDue) {
      if (bin.cabinetId !== cabinet.id || dueAt > this.now) continue;
      this.restockDue.delete(bin);
      this.restock(bin, dueAt);
    }
    const forced = this.options.forcedMiscount;
    if (forced !== undefined && forced.cabinetId === cabinet.id && forced.atTs >= from && forced.atTs < this.now) {
      const target = bins.find((bin) => bin.itemCode === forced.itemCode);
      if (target !== undefined) this.count(target, this.now - 1, true);
    }
    if ((this.nextCount.get(cabinet.id) ?? Infinity) <= this.now) {
      this.nextCount.set(cabinet.id, this.now + COUNT_EVERY_MS);
      const controlled = bins.filter((bin) => bin.controlled);
      const pool = controlled.length > 0 && this.prng.next() < 0.6 ? controlled : bins;
      this.count(pool[this.prng.int(pool.length)], this.now - 1, this.prng.next() < MISCOUNT_PROBABILITY);
    }
  }

  private withdraw(bins: readonly FeedBin[], at: number): void {
    const bin = bins[this.prng.pickWeighted(bins.map((b) => (b.onHand <= 0 ? 0 : b.supply ? 1 : 3)))] as FeedBin | undefined;
    if (bin === undefined) return;
    const quantity = Math.min(bin.onHand, bin.itemCode.endsWith('TAB') || bin.itemCode.startsWith('PARA') ? 1 + this.prng.int(2) : 1);
    const user = `rn${String(1 + this.prng.int(60)).padStart(3, '0')}`;
    bin.onHand -= quantity;
    this.emit(bin, { type: 'withdraw', ts: at, drawer: bin.drawer, bin: bin.bin, quantity, user });
    if (bin.controlled && bin.onHand > 0 && this.prng.next() < WASTE_PROBABILITY) {
      bin.onHand -= 1;
      this.emit(bin, { type: 'waste', ts: at + 1, drawer: bin.drawer, bin: bin.bin, quantity: 1, user, witness: `rn${String(61 + this.prng.int(30)).padStart(3, '0')}` });
    } else if (this.prng.next() < RETURN_PROBABILITY) {
      bin.onHand += 1;
      this.emit(bin, { type: 'return', ts: at + 1, drawer: bin.drawer, bin: bin.bin, quantity: 1, user });
    }
    if (bin.onHand <= bin.reorderPoint && !this.restockDue.has(bin)) this.restockDue.set(bin, at + (60 + this.prng.int(90)) * MINUTE_MS);
  }

  private restock(bin: FeedBin, at: number): void {
    const quantity = bin.par - bin.onHand;
    if (quantity <= 0) return;
    bin.onHand += quantity;
    const expiry = new Date(at + (180 + this.prng.int(360)) * 86_400_000).toISOString().slice(0, 10);
    const lotNumber = `${bin.itemCode.slice(0, 3)}${expiry.slice(2, 4)}${String(++this.lotCounter).padStart(4, '0')}`;
    this.emit(bin, { type: 'restock', ts: at, drawer: bin.drawer, bin: bin.bin, quantity, lot: { lotNumber, expiry }, user: 'pharmtech01' });
  }

  private count(bin: FeedBin, at: number, miscount: boolean): void {
    if (miscount && bin.onHand > 0) bin.onHand -= 1;
    this.emit(bin, { type: 'count', ts: at, drawer: bin.drawer, bin: bin.bin, count: bin.onHand, method: 'sensor' });
  }

  private emit(bin: FeedBin, event: CabinetEventReport): void {
    const events = this.pending.get(bin.cabinetId) ?? [];
    events.push(event);
    this.pending.set(bin.cabinetId, events);
  }

  private flush(): CabinetBatch[] {
    const batches: CabinetBatch[] = [];
    for (const cabinet of this.options.cabinets) {
      const events = this.pending.get(cabinet.id);
      if (events === undefined || events.length === 0) continue;
      events.sort((a, b) => Number(a.ts) - Number(b.ts));
      batches.push({ cabinetId: cabinet.id, seq: this.seq++, sentAt: new Date(this.now).toISOString(), events });
    }
    this.pending.clear();
    return batches;
  }

  /** Knuth's method: fine for the small rates of one minute. */
  private poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.prng.next();
    while (p > limit) {
      k++;
      p *= this.prng.next();
    }
    return k;
  }
}
