import { Injectable, Logger } from '@nestjs/common';
import { FloorplanQueryService } from '../../floorplan/floorplan-query.service.js';
import type { ParsedFloorPlan } from '../../floorplan/import/floorplan-format.js';
import { BleIngestService } from '../../ingest/ble-ingest.service.js';
import { LocationService } from '../../location/location.service.js';
import { AppConfig } from '../../platform/config/app-config.js';
import { DomainError } from '../../platform/http/domain-error.js';
import { RoomCleaningService } from '../../hygiene/room-cleaning.service.js';
import type { Simulation } from '../../simulator/index.js';
import { FAILING_ASSET, LIVELY_TYPE_CODES, demoFleetTags } from './demo-fleet-tags.js';
import { readDemoFloorPlans } from './demo-floor-plans.js';
import { DemoGatewayFeed } from './demo-gateway-feed.js';
import { demoStaffTags } from './demo-staff-tags.js';
import { TickingSimulation } from './ticker.js';

/** How often the simulated gateways report: the feed's 1 s report window. */
const TICK_MS = 1000;
/**
 * Further behind the clock than this (the machine slept, the process was stopped), the simulation
 * starts again at the present, from where the engine last placed each tag, instead of sending
 * minutes of old windows at once.
 */
const MAX_LAG_MS = 30_000;
/** One summary line this often, never one per batch. */
const SUMMARY_LOG_MS = 60_000;
const MINUTE_MS = 60_000;

/** What the simulated gateways handed to the ingest since the service started. */
export interface DemoSimulationCounts {
  /** Batches the ingest accepted (a duplicate counts too: it was answered without error). */
  batches: number;
  /** Sightings the ingest forwarded. */
  sightings: number;
  /** Batches the ingest refused (unknown gateway, invalid batch); the ingest logs why. */
  rejected: number;
}

/**
 * `npm start`'s live hospital (demo mode, DEMO_SIMULATION): St Mary's gateways, simulated, hear the
 * demo fleet's tags and the demo staff's badges (on rounds of their units: demo-staff-tags.ts), and every second their batches go through the real ingest path, the one HTTP and
 * MQTT use (validation, seq idempotence, bus, location engine, persistence, live events).
 *
 * Starts on the first tick after bootstrap: the demo module imports the equipment module, so its
 * bootstrap hook runs after the equipment seeder's (deepest module first), which imports the floors,
 * registers the fleet and has the location engine read the site. See demo-fleet-tags.ts for who moves
 * and how, and the README's DEMO_TAG_FAILURE_MINUTES for the failing tag.
 */
@Injectable()
export class DemoSimulationService extends TickingSimulation {
  private readonly logger = new Logger(DemoSimulationService.name);
  private readonly counts: DemoSimulationCounts = { batches: 0, sightings: 0, rejected: 0 };
  private lastSummary: DemoSimulationCounts = { ...this.counts };
  private floors: ParsedFloorPlan[] | undefined;
  private feed: DemoGatewayFeed | undefined;
  /** When the first feed started (epoch ms). */
  private startedAt: number | undefined;
  private lastSummaryAt = 0;
  /** When the failing tag stops transmitting (epoch ms), fixed at the first start; undefined: never. */
  private failureAt: number | undefined;
  private failureAnnounced = false;

  constructor(
    private readonly appConfig: AppConfig,
    private readonly floorplans: FloorplanQueryService,
    private readonly location: LocationService,
    private readonly ingest: BleIngestService,
    private readonly cleaning: RoomCleaningService,
  ) {
    super(appConfig, TICK_MS, new Logger(DemoSimulationService.name), 'demo simulation');
  }

  stats(): DemoSimulationCounts {
    return { ...this.counts };
  }

  /** The simulation running now (a new one after a restart at the present): its ground truth drives the hygiene demo. */
  get simulation(): Simulation | undefined {
    return this.feed?.simulation;
  }

  async step(now: number): Promise<void> {
    if (this.feed === undefined || now - this.feed.now > MAX_LAG_MS) {
      this.feed = await this.start(now);
      return;
    }
    const ingest = this.ingest;
    for (const batch of this.feed.batchesUntil(now)) {
      if (this.stopping) return;
      try {
        this.counts.sightings += (await ingest.accept(batch.gatewayId, batch)).accepted;
        this.counts.batches++;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.counts.rejected++;
      }
    }
    this.announceFailure(now);
    this.logSummary(now);
  }

  /** A feed starting at `now`, from where the engine last placed each tag (nowhere, on a new installation). */
  private async start(now: number): Promise<DemoGatewayFeed | undefined> {
    const floors = (this.floors ??= await readDemoFloorPlans());
    if (!(await this.hasDemoFloors(floors))) {
      this.logger.warn({ msg: "The demo simulation needs St Mary's floor plans, and this installation has others; not simulating" });
      this.stopTicking();
      return undefined;
    }
    if (this.startedAt === undefined) {
      this.startedAt = now;
      this.lastSummaryAt = now;
      const minutes = this.appConfig.demoTagFailureMinutes;
      this.failureAt = minutes > 0 ? now + minutes * MINUTE_MS : undefined;
    }
    const lastRooms = new Map<string, string>();
    for (const tag of this.location.heardTags()) if (tag.position !== null) lastRooms.set(tag.tagId, tag.position.roomId);
    // Cleaners carry on their rounds at the room cleaned longest ago.
    const lastCleanedAt = new Map((await this.cleaning.board(new Date(now))).map((entry) => [entry.room.id, entry.state.lastCleanedAt]));
    const feed = new DemoGatewayFeed({
      floors,
      tags: [...demoFleetTags(floors, { lastRooms }), ...demoStaffTags(floors, { lastRooms, lastCleanedAt })],
      startTs: now,
      seqBase: now,
      failure: this.failureAt === undefined ? undefined : { tagId: FAILING_ASSET.tagId, atTs: this.failureAt },
    });
    this.logger.log({
      msg: 'Demo simulation started',
      tags: feed.tags.length,
      staffBadges: feed.tags.filter((tag) => tag.kind === 'staff').length,
      gateways: feed.simulation.building.gateways.length,
      resumedWhereLastPlaced: feed.tags.filter((tag) => lastRooms.has(tag.tagId)).length,
      livelyTypes: [...LIVELY_TYPE_CODES],
      failingTag: this.failureAt === undefined ? null : `${FAILING_ASSET.name} (${FAILING_ASSET.assetTag})`,
      failsAt: this.failureAt === undefined ? null : new Date(this.failureAt).toISOString(),
    });
    return feed;
  }

  private async hasDemoFloors(floors: readonly ParsedFloorPlan[]): Promise<boolean> {
    const imported = new Set((await this.floorplans.siteTree()).flatMap((site) => site.buildings.flatMap((building) => building.floors.map((floor) => floor.id))));
    return floors.every((floor) => imported.has(floor.floor.id));
  }

  private announceFailure(now: number): void {
    if (this.failureAnnounced || this.failureAt === undefined || now < this.failureAt) return;
    this.failureAnnounced = true;
    this.logger.log({ msg: 'Demo tag failure: this tag stops transmitting', asset: `${FAILING_ASSET.name} (${FAILING_ASSET.assetTag})`, tagId: FAILING_ASSET.tagId });
  }

  private logSummary(now: number): void {
    if (now - this.lastSummaryAt < SUMMARY_LOG_MS) return;
    const { batches, sightings, rejected } = this.counts;
    this.logger.log({
      msg: 'Demo simulation, last minute',
      batches: batches - this.lastSummary.batches,
      sightings: sightings - this.lastSummary.sightings,
      rejected: rejected - this.lastSummary.rejected,
    });
    this.lastSummary = { ...this.counts };
    this.lastSummaryAt = now;
  }
}
