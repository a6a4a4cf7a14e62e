import { Injectable, Logger } from '@nestjs/common';
import { CabinetIngestService } from '../../ingest/cabinet-ingest.service.js';
import { DemoCabinetFeed } from '../../inventory/demo/demo-cabinet-feed.js';
import { DEMO_CABINETS } from '../../inventory/demo/demo-pharmacy.js';
import { isDemoSetPiece } from '../../inventory/demo/demo-pharmacy.seeder.js';
import { InventoryStockService } from '../../inventory/inventory-stock.service.js';
import { AppConfig } from '../../platform/config/app-config.js';
import { DomainError } from '../../platform/http/domain-error.js';
import { TickingSimulation } from './ticker.js';

/** How often the simulated cabinets are stepped to the wall clock. */
const TICK_MS = 10_000;
/** Each cabinet reports what happened in the last minute, once a minute, as real cabinets batch their events. */
const REPORT_EVERY_MS = 60_000;

/**
 * `npm start`'s pharmacy (demo mode, DEMO_SIMULATION): St Mary's eight cabinets dispense through the
 * day, get restocked and now and then miscount (demo-cabinet-feed.ts), and their batches go through
 * the real cabinet ingest (schema, seq idempotence, the ledger, discrepancies). Starts from the bins'
 * expected counts as the ledger has them; leaves the demo's set pieces (a stock-out, an expired lot)
 * for a pharmacist to deal with. Seqs start at the wall clock in ms, above any a previous run sent.
 */
@Injectable()
export class DemoPharmacySimulationService extends TickingSimulation {
  private readonly logger = new Logger(DemoPharmacySimulationService.name);
  private feed: DemoCabinetFeed | undefined;
  /** Batches the ingest stored, and refused, since start. */
  readonly counts = { batches: 0, events: 0, rejected: 0 };

  constructor(
    config: AppConfig,
    private readonly stock: InventoryStockService,
    private readonly ingest: CabinetIngestService,
  ) {
    super(config, TICK_MS, new Logger(DemoPharmacySimulationService.name), 'pharmacy simulation');
  }

  /** Steps the cabinets to `now` and hands their batches to the ingest. */
  async step(now: number): Promise<void> {
    this.feed ??= await this.start(now);
    for (const batch of this.feed.batchesUntil(now)) {
      if (this.stopping) return;
      try {
        this.counts.events += (await this.ingest.accept(batch.cabinetId, batch)).accepted;
        this.counts.batches++;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.counts.rejected++;
      }
    }
  }

  private async start(now: number): Promise<DemoCabinetFeed> {
    const bins = await this.stock.binStock({}, now);
    const cabinets = DEMO_CABINETS.filter((cabinet) => bins.some((bin) => bin.cabinet.id === cabinet.id));
    this.logger.log({ msg: 'Pharmacy simulation started', cabinets: cabinets.length, bins: bins.length });
    return new DemoCabinetFeed({
      cabinets,
      bins: bins.map((entry) => ({
        cabinetId: entry.cabinet.id,
        drawer: entry.drawer.label,
        bin: entry.bin.label,
        itemCode: entry.item.code,
        supply: entry.item.kind === 'supply',
        controlled: entry.controlled,
        par: entry.bin.par,
        reorderPoint: entry.bin.reorderPoint,
        onHand: Math.max(0, entry.bin.expected),
        frozen: isDemoSetPiece(entry.cabinet.id, entry.item.code),
      })),
      startTs: now,
      seed: now % 2 ** 31,
      seqBase: now,
      reportEveryMs: REPORT_EVERY_MS,
    });
  }
}
