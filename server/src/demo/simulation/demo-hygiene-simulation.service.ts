import { Injectable, Logger } from '@nestjs/common';
import { RoomCleaningService } from '../../hygiene/room-cleaning.service.js';
import type { RoomEventDto } from '../../hygiene/room-cleaning.dto.js';
import { DEMO_STAFF } from '../../hygiene/staff/demo/demo-staff.js';
import { HygieneIngestService } from '../../ingest/hygiene-ingest.service.js';
import { AppConfig } from '../../platform/config/app-config.js';
import { DomainError } from '../../platform/http/domain-error.js';
import type { Simulation } from '../../simulator/index.js';
import { readDemoFloorPlans } from './demo-floor-plans.js';
import { DemoHygieneFeed } from './demo-hygiene-feed.js';
import { DemoSimulationService } from './demo-simulation.service.js';
import { TickingSimulation } from './ticker.js';

/** How often the hygiene devices are stepped to the wall clock; each reports what it has once per step. */
const TICK_MS = 5000;
/** Any fixed seed: the same dispenser choices, cleans and readings for the same movements. */
const HYGIENE_SEED = 0x48_59_47_4e; // "HYGN"
/** Who records the discharges (the ward clerk's entry on the bed board, in a real hospital). */
export const DEMO_DISCHARGE_RECORDER = 'demo-ward-clerk';
const MINUTE_MS = 60_000;
const SUMMARY_LOG_MS = 10 * MINUTE_MS;

/**
 * `npm start`'s hygiene (demo mode, DEMO_SIMULATION): St Mary's dispensers used as the simulated staff
 * go in and out of patient rooms, cleaners' rounds with their ATP checks and UV cycles, discharges
 * needing terminal cleans, and environment readings with an excursion DEMO_EXCURSION_MINUTES after start
 * (demo-hygiene-feed.ts). Device batches go through HygieneIngestService.accept, the path HTTP and MQTT
 * batches take (schema, seq idempotence, storage, aggregates, environment alarms); discharges through
 * RoomCleaningService, as the ward records them. It follows the gateway simulation's people
 * (DemoSimulationService): a new simulation there (a restart at the present) starts a new feed here.
 */
@Injectable()
export class DemoHygieneSimulationService extends TickingSimulation {
  private readonly logger = new Logger(DemoHygieneSimulationService.name);
  /** Batches and events the ingest stored, batches and discharges refused, and discharges recorded since start. */
  readonly counts = { batches: 0, events: 0, rejected: 0, discharges: 0 };
  private lastLogged = { ...this.counts };
  private lastLogAt = 0;
  private feed: DemoHygieneFeed | undefined;
  private feedSimulation: Simulation | undefined;
  /** When the scripted fridge door opens (epoch ms), fixed at the first start; undefined: never. */
  private firstExcursionAt: number | undefined;
  private started = false;

  constructor(
    private readonly appConfig: AppConfig,
    private readonly gateways: DemoSimulationService,
    private readonly ingest: HygieneIngestService,
    private readonly cleaning: RoomCleaningService,
  ) {
    super(appConfig, TICK_MS, new Logger(DemoHygieneSimulationService.name), 'hygiene simulation');
  }

  async step(now: number): Promise<void> {
    const simulation = this.gateways.simulation;
    if (simulation === undefined) return;
    if (this.feed === undefined || this.feedSimulation !== simulation) {
      this.feed = await this.start(now, simulation);
      this.feedSimulation = simulation;
    }
    const { batches, discharges } = this.feed.step(now);
    for (const discharge of discharges) {
      if (this.stopping) return;
      const event: RoomEventDto = { type: 'discharge', at: new Date(discharge.at).toISOString() };
      try {
        await this.cleaning.record(discharge.roomId, event, DEMO_DISCHARGE_RECORDER, new Date(now));
        this.counts.discharges++;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.counts.rejected++;
      }
    }
    for (const batch of batches) {
      if (this.stopping) return;
      try {
        this.counts.events += (await this.ingest.accept(batch.deviceId, batch, { via: 'http' }, now)).accepted;
        this.counts.batches++;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.counts.rejected++;
      }
    }
    this.logSummary(now);
  }

  private async start(now: number, simulation: Simulation): Promise<DemoHygieneFeed> {
    const floors = await readDemoFloorPlans();
    const first = !this.started;
    if (first) {
      this.started = true;
      this.lastLogAt = now;
      const minutes = this.appConfig.demoExcursionMinutes;
      this.firstExcursionAt = minutes > 0 ? now + minutes * MINUTE_MS : undefined;
    }
    const feed = new DemoHygieneFeed({
      floors,
      people: DEMO_STAFF.map((member) => ({ badgeId: member.badgeTagId, role: member.role, unit: member.unit, employeeNumber: member.employeeNumber ?? member.badgeTagId })),
      groundTruth: (badgeId) => simulation.groundTruth(badgeId),
      startTs: now,
      seed: HYGIENE_SEED,
      firstExcursionAt: this.firstExcursionAt,
    });
    // A new installation's board would be all dirty: give the rooms their cleans of the past hours.
    const neverCleaned = first && (await this.cleaning.board(new Date(now))).every((entry) => entry.state.lastCleanedAt === null);
    if (neverCleaned) feed.seedPastCleans();
    this.logger.log({
      msg: 'Hygiene simulation started',
      dispensers: feed.dispensers.length,
      badgeReadingDispensers: feed.dispensers.filter((dispenser) => dispenser.readsBadges).length,
      sensors: feed.sensors.length,
      seededPastCleans: neverCleaned,
      fridgeDoorOpensAt: this.firstExcursionAt === undefined ? null : new Date(this.firstExcursionAt).toISOString(),
    });
    return feed;
  }

  private logSummary(now: number): void {
    if (now - this.lastLogAt < SUMMARY_LOG_MS) return;
    const { batches, events, rejected, discharges } = this.counts;
    this.logger.log({
      msg: 'Hygiene simulation, last 10 minutes',
      batches: batches - this.lastLogged.batches,
      events: events - this.lastLogged.events,
      rejected: rejected - this.lastLogged.rejected,
      discharges: discharges - this.lastLogged.discharges,
    });
    this.lastLogged = { ...this.counts };
    this.lastLogAt = now;
  }
}
