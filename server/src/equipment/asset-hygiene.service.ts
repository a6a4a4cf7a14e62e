import { Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThanOrEqual, Repository } from 'typeorm';
import {
  DEFAULT_EQUIPMENT_HYGIENE_RULES,
  UNKNOWN_EQUIPMENT_HYGIENE,
  applyEquipmentHygieneEvent,
  settleCleanUtilityDwell,
  type EquipmentHygieneEvent,
  type EquipmentHygieneTrack,
  type RoomKindForHygiene,
} from '../hygiene/cleaning/equipment-hygiene.js';
import type { RoomTransition } from '../location/engine/engine-types.js';
import { LocationService } from '../location/location.service.js';
import { SYSTEM_ACTOR, type Actor } from '../platform/audit/request-actor.decorator.js';
import { AssetHygiene } from './asset-hygiene.entity.js';
import { AssetRegistryService } from './asset-registry.service.js';
import { Asset } from './asset.entity.js';
import { SiteLayoutService, type LayoutRoom } from './site-layout.service.js';

/** How often soiled assets standing in a clean utility room are checked for the end of their dwell. */
export const CLEAN_UTILITY_CHECK_INTERVAL_MS = 30_000;
/**
 * A dwell is judged this far behind the clock: a transition out of the room reaches this service up
 * to ~2 s after its event time (engine latency, then the 50 ms drain), and must not arrive after the
 * dwell was already counted.
 */
const TRANSITION_LAG_ALLOWANCE_MS = 5_000;

const rules = DEFAULT_EQUIPMENT_HYGIENE_RULES;

/**
 * Whether each asset is soiled, live: the location feature's room transitions of asset tags and the
 * cleanings people record step each asset's track (hygiene/cleaning/equipment-hygiene.ts), a timer ends
 * clean-utility dwells, and the track is stored (`equipment_hygiene`) so it survives restarts.
 * Transitions and cleanings are applied one at a time, in the order they come.
 */
@Injectable()
export class AssetHygieneService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(AssetHygieneService.name);
  private tail: Promise<unknown> = Promise.resolve();
  private unsubscribe: (() => void) | undefined;

  constructor(
    @InjectRepository(AssetHygiene) private readonly rows: Repository<AssetHygiene>,
    @InjectRepository(Asset) private readonly assets: Repository<Asset>,
    private readonly registry: AssetRegistryService,
    private readonly location: LocationService,
    private readonly layouts: SiteLayoutService,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.location.onChange((change) => {
      if (change.kind !== 'transition') return;
      this.serialized(() => this.noteTransition(change.transition)).catch((error: unknown) =>
        this.logger.error({ msg: 'Could not apply a room transition to equipment hygiene', tagId: change.transition.tagId, error: String(error) }),
      );
    });
  }

  /** Applies what is queued; transitions the location feature publishes after this are not applied. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.tail.catch(() => undefined);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** The stored hygiene of these assets; an asset without a row has nothing known (clean). */
  async of(assetIds: readonly number[]): Promise<Map<number, AssetHygiene>> {
    if (assetIds.length === 0) return new Map();
    const rows = await this.rows.findBy({ assetId: In([...assetIds]) });
    return new Map(rows.map((row) => [row.assetId, row]));
  }

  /** Records a cleaning of the asset (404 for an unknown asset): clean from `now`, whatever it was. */
  async markCleaned(assetId: number, note: string | null, actor: Actor, now = Date.now()): Promise<AssetHygiene> {
    await this.registry.get(assetId);
    return this.serialized(() => this.step(assetId, { type: 'cleaned', at: now, by: actor.label }, actor.label, note));
  }

  @Interval('equipment-clean-utility-dwell', CLEAN_UTILITY_CHECK_INTERVAL_MS)
  async scheduledDwellCheck(): Promise<void> {
    try {
      await this.settleCleanUtilityDwells(Date.now());
    } catch (error) {
      this.logger.error({ msg: 'Could not check clean-utility dwells; trying again', error: String(error) });
    }
  }

  /**
   * Cleans the soiled assets that have stood long enough in a clean utility room as of `now` (less the
   * transition lag allowance). Reads only those rows. Resolves how many became clean.
   */
  settleCleanUtilityDwells(now: number): Promise<number> {
    return this.serialized(async () => {
      const until = now - TRANSITION_LAG_ALLOWANCE_MS;
      const due = await this.rows.findBy({ soiled: true, inCleanUtilitySince: LessThanOrEqual(new Date(until - rules.cleanUtilityDwellMs)) });
      for (const row of due) {
        const settled = settleCleanUtilityDwell(trackOf(row), rules, until);
        await this.rows.save(rowOf(row.assetId, settled, SYSTEM_ACTOR.label, null, row));
      }
      return due.length;
    });
  }

  private async noteTransition(transition: RoomTransition): Promise<void> {
    const layout = await this.layouts.current();
    const to = layout.room(transition.toRoomId);
    const from = transition.fromRoomId === null ? null : (layout.room(transition.fromRoomId) ?? null);
    if (!to || !concernsHygiene(from, to)) return;
    const asset = await this.assets.findOneBy({ tagId: transition.tagId });
    // Staff badges are not assets; a move before the tag was paired belongs to the tag's previous asset.
    if (!asset || (asset.tagPairedAt !== null && asset.tagPairedAt.getTime() > transition.enteredAt)) return;
    await this.step(asset.id, { type: 'moved', at: transition.enteredAt, from: from && kindOf(from), to: kindOf(to) }, SYSTEM_ACTOR.label, null);
  }

  private async step(assetId: number, event: EquipmentHygieneEvent, changedBy: string, note: string | null): Promise<AssetHygiene> {
    const stored = await this.rows.findOneBy({ assetId });
    const previous = stored ? trackOf(stored) : UNKNOWN_EQUIPMENT_HYGIENE;
    let track = applyEquipmentHygieneEvent(previous, event, rules);
    // The engine runs on event time, a second or two behind the clock: a move it reports after a
    // cleaning was recorded, but which happened before it, does not undo the cleaning.
    const { hygiene } = previous;
    if (event.type === 'moved' && hygiene.cleanedBy === 'cleaning' && hygiene.since !== null && event.at < hygiene.since) track = { ...track, hygiene };
    return this.rows.save(rowOf(assetId, track, changedBy, note, stored));
  }

  /** Runs `work` after everything queued before it; a failure does not stop what comes after. */
  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.catch(() => undefined).then(work);
    this.tail = run;
    return run;
  }
}

/** Only these moves can change an asset's hygiene: out of isolation, into or out of a utility room. */
function concernsHygiene(from: LayoutRoom | null, to: LayoutRoom): boolean {
  return (from !== null && (from.isolation !== 'none' || from.type === 'clean_utility')) || to.type === 'soiled_utility' || to.type === 'clean_utility';
}

function kindOf(room: LayoutRoom): RoomKindForHygiene {
  return { id: room.id, type: room.type, isolation: room.isolation !== 'none' };
}

function trackOf(row: AssetHygiene): EquipmentHygieneTrack {
  return {
    hygiene: { soiled: row.soiled, since: row.since?.getTime() ?? null, reason: row.reason, cleanedBy: row.cleanedBy },
    inCleanUtilitySince: row.inCleanUtilitySince?.getTime() ?? null,
  };
}

/** The row for a new track; who changed it and the note are kept while the state itself did not change. */
function rowOf(assetId: number, track: EquipmentHygieneTrack, changedBy: string, note: string | null, previous: AssetHygiene | null): AssetHygiene {
  const { hygiene, inCleanUtilitySince } = track;
  const stateChanged = !previous || previous.soiled !== hygiene.soiled || previous.since?.getTime() !== (hygiene.since ?? undefined);
  return Object.assign(new AssetHygiene(), {
    assetId,
    soiled: hygiene.soiled,
    since: hygiene.since === null ? null : new Date(hygiene.since),
    reason: hygiene.reason,
    cleanedBy: hygiene.cleanedBy,
    changedBy: stateChanged || !previous ? changedBy : previous.changedBy,
    note: stateChanged || !previous ? note : previous.note,
    inCleanUtilitySince: inCleanUtilitySince === null ? null : new Date(inCleanUtilitySince),
    updatedAt: new Date(),
  });
}
