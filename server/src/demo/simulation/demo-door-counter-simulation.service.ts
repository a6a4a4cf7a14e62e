import { Injectable, Logger } from '@nestjs/common';
import { HygieneIngestService } from '../../ingest/hygiene-ingest.service.js';
import { AppConfig } from '../../platform/config/app-config.js';
import { DomainError } from '../../platform/http/domain-error.js';
import { DemoDoorCounterFeed } from './demo-door-counter-feed.js';
import { readDemoFloorPlans } from './demo-floor-plans.js';
import { TickingSimulation } from './ticker.js';

const TICK_MS = 10_000;
/** Fixed, so a restart carries on with the same counts for the minutes it reports. */
const SEED = 20_261_126;

/**
 * `npm start`'s door counters (demo mode, DEMO_SIMULATION): St Mary's `door_counter` devices send the
 * people they count (demo-door-counter-feed.ts) once a minute through the real hygiene ingest, so
 * group-level compliance (docs/hygiene.md) has entries to set against the dispensers' uses.
 */
@Injectable()
export class DemoDoorCounterSimulation extends TickingSimulation {
  private readonly logger = new Logger(DemoDoorCounterSimulation.name);
  private feed: DemoDoorCounterFeed | undefined;
  readonly counts = { batches: 0, rejected: 0 };

  constructor(
    config: AppConfig,
    private readonly ingest: HygieneIngestService,
  ) {
    super(config, TICK_MS, new Logger(DemoDoorCounterSimulation.name), 'door-counter simulation');
  }

  async step(now: number): Promise<void> {
    this.feed ??= await this.start(now);
    for (const batch of this.feed.batchesUntil(now)) {
      if (this.stopping) return;
      try {
        await this.ingest.accept(batch.deviceId, batch, { via: 'http' }, now);
        this.counts.batches++;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.counts.rejected++;
      }
    }
  }

  private async start(now: number): Promise<DemoDoorCounterFeed> {
    const counters = (await readDemoFloorPlans()).flatMap((floor) => floor.devices.filter((device) => device.deviceType === 'door_counter').map((device) => device.id));
    this.logger.log({ msg: 'Door-counter simulation started', counters: counters.length });
    return new DemoDoorCounterFeed(counters, SEED, now);
  }
}
