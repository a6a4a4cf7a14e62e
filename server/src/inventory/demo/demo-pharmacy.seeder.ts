import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { FloorplanImportService } from '../../floorplan/import/floorplan-import.service.js';
import { CabinetIngestService } from '../../ingest/cabinet-ingest.service.js';
import { AppConfig } from '../../platform/config/app-config.js';
import { DomainError } from '../../platform/http/domain-error.js';
import { InventoryLedgerService, type BinEvent } from '../inventory-ledger.service.js';
import { InventorySetupService } from '../inventory-setup.service.js';
import { DemoCabinetFeed, type FeedBin } from './demo-cabinet-feed.js';
import { DEMO_CABINETS, DEMO_DISCREPANCY, DEMO_DRAWERS, DEMO_FORMULARY, DEMO_STOCK_EXCEPTIONS } from './demo-pharmacy.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The demo starts with this much history: the cabinets' last half day, so days of supply and the ledgers have something to show. */
export const DEMO_HISTORY_MS = 12 * HOUR_MS;
/** The seed of the demo's history (any fixed number: the same demo every time). */
const HISTORY_SEED = 0x5eed;

/** Whether a bin is one of the demo's set pieces (a stock-out, an expired lot): the simulation leaves those alone. */
export function isDemoSetPiece(cabinetId: string, itemCode: string): boolean {
  return DEMO_STOCK_EXCEPTIONS.some((exception) => exception.cabinetId === cabinetId && exception.itemCode === itemCode);
}

/**
 * In demo mode, gives an installation without cabinets St Mary's pharmacy (demo-pharmacy.ts): the
 * formulary, the eight cabinets with drawers and bins, the stock pharmacy put in half a day ago, and
 * the half day since, simulated (demo-cabinet-feed.ts) and sent through the real cabinet ingest: the
 * ledgers, days of supply and, two hours ago, a morphine ampoule the ICU cabinet cannot account for.
 */
@Injectable()
export class DemoPharmacySeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoPharmacySeeder.name);

  constructor(
    private readonly config: AppConfig,
    private readonly floorplans: FloorplanImportService,
    private readonly setup: InventorySetupService,
    private readonly ledger: InventoryLedgerService,
    private readonly ingest: CabinetIngestService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    // Bootstrap hooks run deepest module first: the demo module may not have imported the plans yet
    // (importing only fills an empty site, so twice is harmless).
    await this.floorplans.importDemoIfEmpty();
    if ((await this.setup.listCabinets()).length > 0) return;
    const now = Date.now();
    await this.seed(now);
  }

  private async seed(now: number): Promise<void> {
    const stockedAt = now - DEMO_HISTORY_MS - HOUR_MS;
    for (const item of DEMO_FORMULARY) await this.setup.createItem(item);
    const controlled = new Set(DEMO_FORMULARY.filter((item) => item.controlledSchedule !== null).map((item) => item.code));
    const supplies = new Set(DEMO_FORMULARY.filter((item) => item.kind === 'supply').map((item) => item.code));
    const feedBins: FeedBin[] = [];
    const initial: BinEvent[] = [];
    let lot = 0;
    for (const cabinet of DEMO_CABINETS) {
      await this.setup.registerCabinet(cabinet.id, cabinet.kind, new Date(stockedAt));
      const drawerIds = new Map<string, number>();
      for (const [position, label] of DEMO_DRAWERS.entries()) {
        if (cabinet.bins.some((bin) => bin.drawer === label)) drawerIds.set(label, (await this.setup.addDrawer(cabinet.id, label, position)).id);
      }
      for (const template of cabinet.bins) {
        const bin = await this.setup.addBin({ ...template, drawerId: drawerIds.get(template.drawer) as number }, new Date(stockedAt));
        const exception = DEMO_STOCK_EXCEPTIONS.find((e) => e.cabinetId === cabinet.id && e.itemCode === template.itemCode);
        const onHand = exception?.onHand ?? template.par;
        // Lots mostly six months to two years out; a set piece's lot expires when the set piece says.
        const expiresInDays = exception?.expiresInDays ?? 150 + ((lot * 37) % 560);
        const expiry = new Date(now + expiresInDays * DAY_MS).toISOString().slice(0, 10);
        if (onHand > 0) {
          initial.push({
            binId: bin.id,
            field: '',
            binField: 'binId',
            entry: { type: 'transaction', kind: 'restock', quantity: onHand, at: stockedAt, lot: { lotNumber: `${template.itemCode.slice(0, 3)}${expiry.slice(2, 4)}${String(++lot).padStart(4, '0')}`, expiry }, user: 'pharmacy' },
          });
        }
        feedBins.push({
          cabinetId: cabinet.id,
          drawer: template.drawer,
          bin: template.label,
          itemCode: template.itemCode,
          supply: supplies.has(template.itemCode),
          controlled: controlled.has(template.itemCode),
          par: template.par,
          reorderPoint: template.reorderPoint,
          onHand,
          frozen: exception !== undefined,
        });
      }
    }
    await this.ledger.record(initial, { source: 'user', cabinetId: null, now: new Date(stockedAt) });
    const history = new DemoCabinetFeed({
      cabinets: DEMO_CABINETS,
      bins: feedBins,
      startTs: now - DEMO_HISTORY_MS,
      seed: HISTORY_SEED,
      seqBase: now - DEMO_HISTORY_MS,
      reportEveryMs: HOUR_MS,
      forcedMiscount: { ...DEMO_DISCREPANCY, atTs: now - 2 * HOUR_MS },
    });
    let events = 0;
    for (const batch of history.batchesUntil(now)) {
      try {
        events += (await this.ingest.accept(batch.cabinetId, batch, { via: 'http' }, now)).accepted;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn({ msg: 'A demo history batch was refused', cabinetId: batch.cabinetId, seq: batch.seq, error: error.message });
      }
    }
    this.logger.log({ msg: "Stocked St Mary's demo pharmacy", items: DEMO_FORMULARY.length, cabinets: DEMO_CABINETS.length, bins: feedBins.length, historyEvents: events });
  }
}
