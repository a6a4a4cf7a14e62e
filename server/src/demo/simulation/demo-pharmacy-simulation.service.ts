import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { CabinetIngestService } from '../../ingest/cabinet-ingest.service.js';
import { DemoCabinetFeed } from '../../inventory/demo/demo-cabinet-feed.js';
import { DEMO_CABINETS } from '../../inventory/demo/demo-pharmacy.js';
import { isDemoSetPiece } from '../../inventory/demo/demo-pharmacy.seeder.js';
import { InventoryStockService } from '../../inventory/inventory-stock.service.js';
import { AppConfig } from '../../platform/config/app-config.js';
import { DomainError } from '../../platform/http/domain-error.js';
import { Ticker } from './ticker.js';

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
export class DemoPharmacySimulationService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DemoPharmacySimulationService.name);
  private feed: DemoCabinetFeed | undefined;
  private readonly ticker = new Ticker(TICK_MS, (now) => this.step(now), (error) => this.logger.error({ msg: 'The pharmacy simulation failed a step', error: String(error) }));
  private stopping = false;
  /** Batches the ingest stored, and refused, since start. */
  readonly counts = { batches: 0, events: 0, rejected: 0 };

  constructor(
    private readonly config: AppConfig,
    private readonly stock: InventoryStockService,
    private readonly ingest: CabinetIngestService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.demo || !this.config.demoSimulation) return;
    this.ticker.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.ticker.stop();
  }

  /** Whether the simulated cabinets are reporting. */
  get running(): boolean {
    return this.ticker.running;
  }

  /** Steps the cabinets to `now` and hands their batches to the ingest (the timer calls this; tests may too). */
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
