/**
 * The running engine and what the feature needs around it: the set of tracked tags (the engine does
 * not list them), the newest event time seen, and the last-seen times carried over from persistence.
 * No Nest, no database; the server clock comes in as a function. Everything here is synchronous, so
 * sightings, advances, drains and a site swap never interleave.
 */
import type { EngineConfig } from '../engine/engine-config.js';
import type { EngineStats, PositionUpdate, RoomTransition, Sighting } from '../engine/engine-types.js';
import { LocationEngine } from '../engine/location-engine.js';
import type { SiteModel } from '../engine/site-model.js';
import { MAX_EVENT_TIME_LEAD_MS } from '../location-timing.js';
import type { HeardTag, TagLocation } from '../location.types.js';

/** What a drain hands to the write queue and the change listeners. */
export interface LocatedChanges {
  positions: TagLocation[];
  transitions: RoomTransition[];
}

export interface SiteSize {
  floors: number;
  rooms: number;
  gateways: number;
}

export class LiveLocations {
  private engine: LocationEngine;
  private site: SiteSize;
  private floorIds: ReadonlySet<string>;
  private tags = new Set<string>();
  private latestEventTs = -Infinity;
  /** Last seen from before this engine existed (the database, a replaced engine), for tags not heard since. */
  private readonly carriedLastSeen = new Map<string, number>();
  /** The last-seen time the database has, or is about to get, per tag. */
  private readonly writtenLastSeen = new Map<string, number>();
  /**
   * Tags taken out of the engine after a long silence (forgetSilent), with what is known of them: about
   * a tenth of the engine's per-tag memory. The first sighting of one puts it back where it was.
   */
  private readonly dormant = new Map<string, HeardTag>();

  constructor(
    site: SiteModel,
    persisted: readonly TagLocation[],
    /** The server's clock, epoch ms: bounds how far a gateway's clock can move event time. */
    private readonly serverNow: () => number = Date.now,
    private readonly engineConfig: Partial<EngineConfig> = {},
  ) {
    this.engine = new LocationEngine(site, engineConfig);
    this.site = sizeOf(site);
    this.floorIds = new Set(site.floors.map((floor) => floor.id));
    this.restoreInto(this.engine, persisted);
    for (const position of persisted) if (this.tags.has(position.tagId)) this.writtenLastSeen.set(position.tagId, position.lastSeen);
  }

  /**
   * The BleSightingBus consumer: every sighting straight into the engine, nothing else allocated.
   * Hot path (≥ 100,000 sightings/s): one engine call and one set lookup per sighting.
   */
  readonly ingest = (sightings: readonly Sighting[]): void => {
    const engine = this.engine;
    const tags = this.tags;
    const horizon = this.serverNow() + MAX_EVENT_TIME_LEAD_MS;
    let latest = this.latestEventTs;
    for (const sighting of sightings) {
      const tracked = tags.has(sighting.tagId);
      if (!tracked && this.dormant.size > 0) this.wake(sighting.tagId);
      engine.ingest(sighting);
      if (sighting.ts > latest && sighting.ts <= horizon) latest = sighting.ts;
      // The engine tracks a tag only once a known gateway heard it.
      if (!tracked && engine.lastSeen(sighting.tagId) !== undefined) tags.add(sighting.tagId);
    }
    this.latestEventTs = latest;
  };

  /**
   * Takes the tags not heard for `silentMs` of event time out of the engine, keeping their last known
   * position and last-seen time (heard(), position() and onFloor() still answer for them), so the
   * engine's memory follows the tags on air, not every beacon ever heard. Returns rows for those whose
   * last-seen time the database does not have yet, to be written.
   */
  forgetSilent(silentMs: number): TagLocation[] {
    const before = this.eventTimeNow() - silentMs;
    if (!Number.isFinite(before)) return [];
    const rows: TagLocation[] = [];
    for (const tagId of this.tags) {
      const lastSeen = this.lastSeen(tagId);
      if (lastSeen === undefined || lastSeen >= before) continue;
      const engined = this.engine.position(tagId);
      const position = engined === undefined ? null : this.located(engined);
      this.dormant.set(tagId, { tagId, lastSeen, position });
      if (position !== null && lastSeen > (this.writtenLastSeen.get(tagId) ?? -Infinity)) rows.push(this.toBeWritten(position));
      this.engine.forget(tagId);
      this.tags.delete(tagId);
      this.carriedLastSeen.delete(tagId);
    }
    return rows;
  }

  /** Tags out of the engine after a long silence. */
  dormantCount(): number {
    return this.dormant.size;
  }

  /** Raises event time to the newest sighting seen, evaluating silent tags too. */
  advance(): void {
    if (Number.isFinite(this.latestEventTs)) this.engine.advanceTo(this.latestEventTs);
  }

  /** The engine's changes since the last drain, positions with their last-seen time. */
  drain(): LocatedChanges {
    const { positions, transitions } = this.engine.drainChanges();
    return { positions: positions.map((position) => this.toBeWritten(this.located(position))), transitions };
  }

  /**
   * For shutdown: no sighting will come any more, so every open tick is final. Advances past the
   * lateness bound, drains, and adds a row for every placed tag heard since its row was written, so
   * the database's last-seen times are current when the next start restores from them.
   */
  finish(): LocatedChanges {
    const { allowedLatenessMs, tickMs } = this.engine.config;
    if (Number.isFinite(this.latestEventTs)) this.engine.advanceTo(this.latestEventTs + allowedLatenessMs + tickMs);
    const changes = this.drain();
    const drained = new Set(changes.positions.map((position) => position.tagId));
    for (const tagId of this.tags) {
      const lastSeen = this.lastSeen(tagId);
      const position = this.engine.position(tagId);
      if (drained.has(tagId) || position === undefined || lastSeen === undefined) continue;
      if (lastSeen > (this.writtenLastSeen.get(tagId) ?? -Infinity)) changes.positions.push(this.toBeWritten(this.located(position)));
    }
    return changes;
  }

  /**
   * Runs a new engine on another site model, carrying every placed tag over (LocationEngine.restore:
   * no transition, no new position for a tag whose room still exists), then the persisted positions of
   * tags the old engine did not have. Gateway evidence starts afresh. Throws SiteModelError, keeping
   * the old engine, when the model contradicts itself. Returns the old engine's last changes.
   */
  replaceSite(site: SiteModel, persisted: readonly TagLocation[]): LocatedChanges {
    const next = new LocationEngine(site, this.engineConfig);
    this.advance();
    const changes = this.drain();
    const carried: TagLocation[] = [];
    for (const tagId of this.tags) {
      const position = this.engine.position(tagId);
      if (position !== undefined) carried.push(this.located(position));
    }
    this.tags = new Set();
    this.restoreInto(next, carried);
    // Dormant tags stay dormant: their rows are in `persisted` too.
    this.restoreInto(next, persisted.filter((position) => !this.dormant.has(position.tagId)));
    this.engine = next;
    this.site = sizeOf(site);
    this.floorIds = new Set(site.floors.map((floor) => floor.id));
    return changes;
  }

  position(tagId: string): TagLocation | undefined {
    const position = this.engine.position(tagId);
    if (position !== undefined) return this.located(position);
    const dormant = this.dormant.get(tagId);
    return dormant?.position ? { ...dormant.position, lastSeen: dormant.lastSeen } : undefined;
  }

  /** Every placed tag on the floor, dormant ones where they were last. O(tracked tags). */
  onFloor(floorId: string): TagLocation[] {
    const found: TagLocation[] = [];
    for (const tagId of this.tags) {
      const position = this.engine.position(tagId);
      if (position?.floorId === floorId) found.push(this.located(position));
    }
    for (const { tagId, lastSeen, position } of this.dormant.values()) {
      if (position?.floorId === floorId) found.push({ ...position, tagId, lastSeen });
    }
    return found;
  }

  /** Every tag heard at or after `sinceMs`, placed or not, dormant or not, most recently heard first. */
  heard(sinceMs = -Infinity): HeardTag[] {
    const heard: HeardTag[] = [];
    for (const tagId of this.tags) {
      const lastSeen = this.lastSeen(tagId);
      if (lastSeen === undefined || lastSeen < sinceMs) continue;
      heard.push({ tagId, lastSeen, position: this.engine.position(tagId) ?? null });
    }
    for (const tag of this.dormant.values()) if (tag.lastSeen >= sinceMs) heard.push(tag);
    return heard.sort((a, b) => b.lastSeen - a.lastSeen || (a.tagId < b.tagId ? -1 : 1));
  }

  /** Newest event time the tag was heard, including before a restart; undefined when not tracked. */
  lastSeen(tagId: string): number | undefined {
    const engineSeen = this.engine.lastSeen(tagId);
    if (engineSeen === undefined) return undefined;
    return Math.max(engineSeen, this.carriedLastSeen.get(tagId) ?? -Infinity);
  }

  hasFloor(floorId: string): boolean {
    return this.floorIds.has(floorId);
  }

  stats(): EngineStats {
    return this.engine.stats();
  }

  siteSize(): SiteSize {
    return this.site;
  }

  /**
   * The newest event time seen; before any sighting since start, the newest last-seen time restored
   * from the database (the tags' own times, so a server down for a week does not find them all silent).
   */
  private eventTimeNow(): number {
    if (Number.isFinite(this.latestEventTs)) return this.latestEventTs;
    let newest = -Infinity;
    for (const lastSeen of this.carriedLastSeen.values()) newest = Math.max(newest, lastSeen);
    return newest;
  }

  /** A dormant tag heard again: back into the engine where it was last (a new tag if its room is gone). */
  private wake(tagId: string): void {
    const dormant = this.dormant.get(tagId);
    if (dormant === undefined) return;
    this.dormant.delete(tagId);
    if (dormant.position !== null) this.restoreInto(this.engine, [{ ...dormant.position, lastSeen: dormant.lastSeen }]);
  }

  private restoreInto(engine: LocationEngine, positions: readonly TagLocation[]): void {
    for (const position of positions) {
      if (engine.restore([position]) === 0) continue;
      this.tags.add(position.tagId);
      this.carriedLastSeen.set(position.tagId, position.lastSeen);
    }
  }

  private located(position: PositionUpdate): TagLocation {
    return { ...position, lastSeen: this.lastSeen(position.tagId) ?? position.ts };
  }

  private toBeWritten(location: TagLocation): TagLocation {
    this.writtenLastSeen.set(location.tagId, location.lastSeen);
    return location;
  }
}

function sizeOf(site: SiteModel): SiteSize {
  return { floors: site.floors.length, rooms: site.rooms.length, gateways: site.gateways.length };
}
