import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { FloorPlanChanges } from '../floorplan/floor-plan-changes.js';
import { BleSightingBus } from '../ingest/ble-sighting.bus.js';
import { LogThrottle } from '../ingest/log-throttle.js';
import { AppConfig } from '../platform/config/app-config.js';
import type { RoomTransition } from './engine/engine-types.js';
import { SiteModelError, type SiteModel } from './engine/site-model.js';
import { LiveLocations, type LocatedChanges } from './live/live-locations.js';
import {
  ADVANCE_INTERVAL_MS,
  FLUSH_INTERVAL_MS,
  FORGET_CHECK_INTERVAL_MS,
  FORGET_SILENT_TAGS_AFTER_MS,
  MAX_ROWS_PER_FLUSH,
  SITE_CHECK_INTERVAL_MS,
} from './location-timing.js';
import type { HeardTag, LocationChange, LocationChangeListener, LocationStats, RoomVisit, TagHistory, TagLocation } from './location.types.js';
import { LocationStore } from './persistence/location-store.js';
import { WriteBehindQueue } from './persistence/write-behind-queue.js';
import { SiteModelBuilder, type BuiltSiteModel } from './site/site-model-builder.js';

const EMPTY_SITE: SiteModel = { floors: [], rooms: [], gateways: [] };

/** A failing change listener is logged at most this often. */
const LISTENER_FAILURE_LOG_MS = 60_000;

/**
 * Where tags are: BLE sightings from the ingest bus go straight into the location engine; a timer
 * advances event time and drains the engine's changes to the change listeners and a write-behind queue,
 * which another timer writes in one transaction a second. Nothing per sighting touches the database
 * or awaits. Reads of current positions are answered from memory; history from the database.
 * See README.md for the life cycle and the trade-offs.
 */
@Injectable()
export class LocationService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(LocationService.name);
  private readonly listeners = new Set<LocationChangeListener>();
  private readonly listenerFailures = new LogThrottle(LISTENER_FAILURE_LOG_MS);
  private readonly siteProblems = new LogThrottle(SITE_CHECK_INTERVAL_MS * 10);
  private readonly queue: WriteBehindQueue;
  private live: LiveLocations | undefined;
  private siteFingerprint = '';
  private siteBuiltAt = 0;
  private siteCheck: Promise<boolean> | undefined;
  private siteRecheck: Promise<boolean> | undefined;
  private timers: NodeJS.Timeout[] = [];
  private unsubscribe: (() => void) | undefined;
  private unsubscribePlans: (() => void) | undefined;
  /** Set at shutdown: a site check still running must not swap engines under the final flush. */
  private stopping = false;

  constructor(
    private readonly bus: BleSightingBus,
    private readonly siteBuilder: SiteModelBuilder,
    private readonly store: LocationStore,
    private readonly config: AppConfig,
    private readonly floorPlanChanges: FloorPlanChanges,
  ) {
    this.queue = new WriteBehindQueue((write) => this.store.write(write), {
      maxRowsPerFlush: MAX_ROWS_PER_FLUSH,
      onFailure: (error, pending) =>
        this.logger.error({ msg: 'Could not write tag positions and room transitions; keeping them and retrying every flush', ...pending, error: String(error) }),
      onRecovery: (failedAttempts) => this.logger.log({ msg: 'Writing tag positions and room transitions again', failedAttempts }),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const [site, persisted] = await Promise.all([this.siteBuilder.build(), this.store.loadPositions()]);
    this.live = this.startEngine(site, persisted);
    this.unsubscribe = this.bus.subscribe(this.live.ingest);
    // Plans imported in this process rebuild the engine at once; the periodic check covers the CLI.
    this.unsubscribePlans = this.floorPlanChanges.subscribe(() => void this.reloadSite().catch((error: unknown) => this.noteSiteProblem(error)));
    this.timers = [
      setInterval(() => this.advance(), ADVANCE_INTERVAL_MS),
      setInterval(() => void this.queue.flush(), FLUSH_INTERVAL_MS),
      setInterval(() => this.forgetSilentTags(), FORGET_CHECK_INTERVAL_MS),
      setInterval(() => void this.reloadSite().catch((error: unknown) => this.noteSiteProblem(error)), SITE_CHECK_INTERVAL_MS),
    ];
    for (const timer of this.timers) timer.unref();
    this.logger.log({ msg: 'Location engine started', ...this.live.siteSize(), tagsRestored: this.live.stats().tagsTracked });
  }

  /** Graceful shutdown loses no accepted change: everything the engine can still decide is written. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.unsubscribePlans?.();
    this.unsubscribePlans = undefined;
    const live = this.live;
    if (!live) return;
    this.queueAndPublish(live.finish());
    if (!(await this.queue.flushAll())) {
      const { queuedPositions, queuedTransitions } = this.queue.stats();
      this.logger.error({ msg: 'Shutting down with tag positions and room transitions not written', queuedPositions, queuedTransitions });
    }
  }

  /** The tag's current position (from memory), or undefined when it is not tracked or not yet placed. */
  positionOf(tagId: string): TagLocation | undefined {
    return this.live?.position(tagId);
  }

  /** Current positions of the tags that have one. */
  positionsOf(tagIds: Iterable<string>): Map<string, TagLocation> {
    const found = new Map<string, TagLocation>();
    for (const tagId of tagIds) {
      const position = this.positionOf(tagId);
      if (position) found.set(tagId, position);
    }
    return found;
  }

  /** Placed tags on the floor, or undefined when the site has no such floor. */
  positionsOnFloor(floorId: string): TagLocation[] | undefined {
    if (!this.live?.hasFloor(floorId)) return undefined;
    return this.live.onFloor(floorId);
  }

  /** Every tag the engine tracks (heard at or after `since` when given), most recently heard first. */
  heardTags(options: { since?: number } = {}): HeardTag[] {
    return this.live?.heard(options.since) ?? [];
  }

  /**
   * Where the tag was during [from, to] and is now: its room transitions entered in the range, preceded
   * by the one in effect at `from` (so the first may have been entered earlier), oldest first, written
   * or still queued; and the current position.
   */
  async history(tagId: string, from: number, to: number): Promise<TagHistory> {
    return (await this.histories([tagId], from, to))[0];
  }

  /** history() for many tags in one go (a few queries, not a few per tag); one entry per tag, in the order asked. */
  async histories(tagIds: readonly string[], from: number, to: number): Promise<TagHistory[]> {
    // Read-your-writes: a transition decided in the last second may not be written yet. Taken before
    // the query, so one written meanwhile is in one list or both, never in neither.
    const unwritten = tagIds.map((tagId) => this.queue.unwrittenTransitions(tagId));
    const stored = await this.store.transitionsOfTags(tagIds, from, to);
    return tagIds.map((tagId, i) => {
      const written = stored.get(tagId) ?? [];
      const seen = new Set(written.map(transitionKey));
      const all = [...written, ...unwritten[i].filter((t) => t.enteredAt <= to && !seen.has(transitionKey(t)))].sort((a, b) => a.enteredAt - b.enteredAt);
      const inEffectAtFrom = all.findLastIndex((t) => t.enteredAt < from);
      return { tagId, transitions: all.slice(Math.max(0, inEffectAtFrom)), current: this.positionOf(tagId) ?? null };
    });
  }

  /**
   * Every stay of a tag in the room that overlaps [from, to], from the written history (up to
   * FLUSH_INTERVAL_MS behind the engine). For contact investigation.
   */
  occupants(roomId: string, from: number, to: number): Promise<RoomVisit[]> {
    return this.store.visitsTo(roomId, from, to);
  }

  /** Subscribes to position changes and room transitions as the engine reports them; returns the unsubscribe. */
  onChange(listener: LocationChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stats(): LocationStats {
    return {
      engine: this.live?.stats() ?? { tagsTracked: 0, sightingsProcessed: 0, lateDropped: 0, unknownGateway: 0, invalidDropped: 0, gatewayOverflowDropped: 0 },
      dormantTags: this.live?.dormantCount() ?? 0,
      site: { ...(this.live?.siteSize() ?? { floors: 0, rooms: 0, gateways: 0 }), builtAt: this.siteBuiltAt },
      queue: this.queue.stats(),
    };
  }

  /**
   * Reads the floor plans again and, if they changed, moves the tags onto a new engine for them.
   * Called every SITE_CHECK_INTERVAL_MS, at once when an import in this process announces new plans,
   * and after a calibration change. Resolves whether the engine was rebuilt. A call during a check gets
   * one more check after it (the running one may have read the data before the caller's change);
   * calls during that share it.
   */
  reloadSite(): Promise<boolean> {
    if (this.siteCheck) {
      this.siteRecheck ??= this.siteCheck.then(() => {
        this.siteRecheck = undefined;
        return this.reloadSite();
      });
      return this.siteRecheck;
    }
    this.siteCheck = this.rebuildIfChanged().finally(() => {
      this.siteCheck = undefined;
    });
    return this.siteCheck;
  }

  /** Advances event time to the newest sighting, and writes every change so far. For tests and tools. */
  async flush(): Promise<boolean> {
    this.advance();
    return this.queue.flushAll();
  }

  /** Takes long-silent tags out of the engine (LiveLocations.forgetSilent); public for tests and tools. */
  forgetSilentTags(silentMs = FORGET_SILENT_TAGS_AFTER_MS): number {
    const live = this.live;
    if (!live) return 0;
    const before = live.dormantCount();
    const rows = live.forgetSilent(silentMs);
    if (rows.length > 0) this.queue.enqueue(rows, []);
    return live.dormantCount() - before;
  }

  private advance(): void {
    const live = this.live;
    if (!live) return;
    live.advance();
    this.queueAndPublish(live.drain());
  }

  private queueAndPublish(changes: LocatedChanges): void {
    if (changes.positions.length === 0 && changes.transitions.length === 0) return;
    this.queue.enqueue(changes.positions, changes.transitions);
    if (this.listeners.size === 0) return;
    for (const transition of changes.transitions) this.publish({ kind: 'transition', transition });
    for (const update of changes.positions) this.publish({ kind: 'position', update });
  }

  private publish(change: LocationChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        const suppressed = this.listenerFailures.pass(listener.name || 'anonymous', Date.now());
        if (suppressed !== undefined) this.logger.error({ msg: 'A location change listener failed', listener: listener.name, suppressed }, error instanceof Error ? error.stack : String(error));
      }
    }
  }

  private async rebuildIfChanged(): Promise<boolean> {
    const live = this.live;
    if (!live) return false;
    const site = await this.siteBuilder.build();
    if (site.fingerprint === this.siteFingerprint) return false;
    const persisted = await this.store.loadPositions();
    if (this.stopping) return false;
    this.queueAndPublish(live.replaceSite(site.model, persisted));
    this.siteFingerprint = site.fingerprint;
    this.siteBuiltAt = Date.now();
    this.logger.log({ msg: 'Floor plans changed; the location engine now runs on the new site model', ...live.siteSize(), tagsKept: live.stats().tagsTracked });
    return true;
  }

  /**
   * The engine on the stored floor plans. Plans the engine cannot use (the import validates against
   * that, so this is a bug) must not stop the rest of the application: it then starts on an empty site
   * and the periodic site check retries, logging the problem.
   */
  private startEngine(site: BuiltSiteModel, persisted: readonly TagLocation[]): LiveLocations {
    try {
      const live = new LiveLocations(site.model, persisted, Date.now, this.config.locationEngine);
      this.siteFingerprint = site.fingerprint;
      this.siteBuiltAt = Date.now();
      return live;
    } catch (error) {
      if (!(error instanceof SiteModelError)) throw error;
      this.noteSiteProblem(error);
      return new LiveLocations(EMPTY_SITE, []);
    }
  }

  private noteSiteProblem(error: unknown): void {
    const suppressed = this.siteProblems.pass('site', Date.now());
    if (suppressed !== undefined) this.logger.error({ msg: 'Could not rebuild the location site model; the engine keeps the previous one', suppressed, error: String(error) });
  }
}

function transitionKey(transition: RoomTransition): string {
  return `${transition.enteredAt}|${transition.toRoomId}`;
}
