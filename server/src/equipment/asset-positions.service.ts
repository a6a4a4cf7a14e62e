import { Injectable } from '@nestjs/common';
import { AssetLocator, type TagPosition } from './asset-locator.js';
import type { Asset } from './asset.entity.js';
import { isFresh } from './domain/asset-position.js';
import { EquipmentTypesService } from './equipment-types.service.js';
import { SiteLayoutService, type LayoutRoom, type SiteLayout } from './site-layout.service.js';

/** An asset's tag position with what the equipment rules derive from it. */
export interface LocatedAsset {
  position: TagPosition;
  /** Heard within the type's missing-after time. */
  fresh: boolean;
  /** The room on the current floor plans (undefined: the plans no longer have it). */
  room: LayoutRoom | undefined;
  /** The type's missing-after time, ms. */
  staleAfterMs: number;
}

/** Where assets are now: their tags' positions, judged fresh or stale by their type, placed on the layout. */
@Injectable()
export class AssetPositionsService {
  constructor(
    private readonly locator: AssetLocator,
    private readonly layouts: SiteLayoutService,
    private readonly types: EquipmentTypesService,
  ) {}

  /** Located assets by asset id; untracked and never-heard assets are absent. */
  async locate(assets: readonly Asset[], now: number): Promise<{ located: Map<number, LocatedAsset>; layout: SiteLayout }> {
    const tracked = assets.filter((asset): asset is Asset & { tagId: string } => asset.tagId !== null);
    const [positions, layout, types] = await Promise.all([
      tracked.length > 0 ? this.locator.positionsOf(tracked.map((asset) => asset.tagId)) : Promise.resolve(new Map<string, TagPosition>()),
      this.layouts.current(now),
      this.types.byCode(),
    ]);
    const located = new Map<number, LocatedAsset>();
    for (const asset of tracked) {
      const position = positions.get(asset.tagId);
      if (!position) continue;
      const staleAfterMs = (types.get(asset.typeCode)?.missingAfterMinutes ?? 60) * 60_000;
      located.set(asset.id, { position, fresh: isFresh(position, now, staleAfterMs), room: layout.room(position.roomId), staleAfterMs });
    }
    return { located, layout };
  }
}
