import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AssetLocator, type RoomVisit } from './asset-locator.js';
import { AssetRegistryService } from './asset-registry.service.js';
import type { AssetStatusChange } from './asset-status-change.entity.js';
import { Asset } from './asset.entity.js';
import { computeUtilization, statusRecordsSince, sumUtilization, type RoomStay, type TimeWindow, type Utilization } from './domain/utilization.js';
import { invalidInput } from './equipment-errors.js';
import { EquipmentTypesService } from './equipment-types.service.js';
import { SiteLayoutService, type LayoutRoom, type SiteLayout } from './site-layout.service.js';

export interface TrailVisit extends RoomVisit {
  room: LayoutRoom | undefined;
}

export interface AssetTrail {
  asset: Asset;
  window: TimeWindow;
  /** Rooms its tag was in, oldest first; only since the tag was paired with this asset. */
  visits: TrailVisit[];
  statusChanges: AssetStatusChange[];
}

export interface AssetUtilization {
  asset: Asset;
  utilization: Utilization;
}

export interface TypeUtilization {
  typeCode: string;
  utilization: Utilization;
  assets: AssetUtilization[];
}

/** Longest trail: a month, as the location feature's own history route. */
export const MAX_TRAIL_DAYS = 31;
/** Longest utilization window: a quarter, enough for a utilization review. */
export const MAX_UTILIZATION_DAYS = 92;

/** Where an asset has been and what it did: its trail and its utilization, from status and location history. */
@Injectable()
export class AssetHistoryService {
  constructor(
    @InjectRepository(Asset) private readonly assets: Repository<Asset>,
    private readonly registry: AssetRegistryService,
    private readonly locator: AssetLocator,
    private readonly layouts: SiteLayoutService,
    private readonly types: EquipmentTypesService,
  ) {}

  async trail(assetId: number, window: TimeWindow): Promise<AssetTrail> {
    checkWindow(window, MAX_TRAIL_DAYS);
    const asset = await this.registry.get(assetId);
    const [changes, visits, layout] = await Promise.all([
      this.registry.history(assetId, new Date(window.from)),
      this.visitsOf(asset, window),
      this.layouts.current(),
    ]);
    return {
      asset,
      window,
      visits: visits.map((visit) => ({ ...visit, room: layout.room(visit.roomId) })),
      statusChanges: changes.filter((change) => change.at.getTime() < window.to),
    };
  }

  async forAsset(assetId: number, window: TimeWindow, now: number): Promise<AssetUtilization> {
    checkWindow(window, MAX_UTILIZATION_DAYS);
    const asset = await this.registry.get(assetId);
    const [result] = await this.utilizationOf([asset], window, now);
    return result;
  }

  /** Per type (every type, or the one asked for), each with its assets. */
  async forTypes(typeCode: string | undefined, window: TimeWindow, now: number): Promise<TypeUtilization[]> {
    checkWindow(window, MAX_UTILIZATION_DAYS);
    if (typeCode !== undefined) {
      const problem = await this.types.problemWith(typeCode);
      if (problem) throw invalidInput([{ field: 'type', message: problem }]);
    }
    const assets = await this.assets.find({ where: typeCode === undefined ? {} : { typeCode }, order: { typeCode: 'ASC', assetTag: 'ASC' } });
    const perAsset = await this.utilizationOf(assets, window, now);
    const byType = new Map<string, AssetUtilization[]>();
    for (const entry of perAsset) byType.set(entry.asset.typeCode, [...(byType.get(entry.asset.typeCode) ?? []), entry]);
    return [...byType].map(([code, entries]) => ({ typeCode: code, utilization: sumUtilization(entries.map((e) => e.utilization)), assets: entries }));
  }

  private async utilizationOf(assets: readonly Asset[], window: TimeWindow, now: number): Promise<AssetUtilization[]> {
    const counted = { from: window.from, to: Math.min(window.to, now) };
    const [changes, layout] = await Promise.all([this.registry.statusChangesSince(assets.map((a) => a.id), new Date(counted.from)), this.layouts.current()]);
    const results: AssetUtilization[] = [];
    for (const asset of assets) {
      const ownChanges = changes.filter((change) => change.assetId === asset.id).map((c) => ({ at: c.at.getTime(), fromStatus: c.fromStatus, toStatus: c.toStatus }));
      const records = statusRecordsSince(asset.status, ownChanges, counted.from);
      const stays = roomStays(await this.visitsOf(asset, counted), layout, counted.to);
      results.push({ asset, utilization: computeUtilization(counted, records, stays) });
    }
    return results;
  }

  /** The tag's visits during the window, from the moment it was paired with this asset. */
  private async visitsOf(asset: Asset, window: TimeWindow): Promise<RoomVisit[]> {
    if (asset.tagId === null || asset.tagPairedAt === null) return [];
    const from = Math.max(window.from, asset.tagPairedAt.getTime());
    if (from >= window.to) return [];
    const visits = await this.locator.history(asset.tagId, from, window.to);
    return visits.map((visit) => (visit.from < from ? { ...visit, from } : visit));
  }
}

/** Visits as typed stays; a visit still open ends at `until`. */
function roomStays(visits: readonly RoomVisit[], layout: SiteLayout, until: number): RoomStay[] {
  return visits.map((visit) => ({ from: visit.from, to: visit.to ?? until, roomType: layout.room(visit.roomId)?.type ?? 'unknown' }));
}

function checkWindow(window: TimeWindow, maxDays: number): void {
  if (!(window.to > window.from)) throw invalidInput([{ field: 'to', message: 'must be after from' }]);
  if (window.to - window.from > maxDays * 86_400_000) throw invalidInput([{ field: 'from', message: `must be at most ${maxDays} days before to` }]);
}
