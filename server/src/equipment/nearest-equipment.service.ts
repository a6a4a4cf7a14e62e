import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import type { FieldIssue } from '../platform/http/domain-error.js';
import type { AssetHygiene } from './asset-hygiene.entity.js';
import { AssetHygieneService } from './asset-hygiene.service.js';
import { AssetPositionsService, type LocatedAsset } from './asset-positions.service.js';
import { Asset } from './asset.entity.js';
import type { AssetStatus } from './domain/asset-status.js';
import { rankNearestAvailable, type ExclusionReason, type NearestCandidate } from './domain/nearest-available.js';
import { invalidInput } from './equipment-errors.js';
import { EquipmentTypesService } from './equipment-types.service.js';
import type { LayoutRoom } from './site-layout.service.js';

export interface NearestAsset {
  asset: Asset;
  located: LocatedAsset;
  walkingMetres: number;
  walkingSeconds: number;
  floorsChanged: number;
}

export interface NearestEquipment {
  from: LayoutRoom;
  nearest: NearestAsset[];
  /** Available, but with no fresh position, or none reachable without stairs. */
  unlocated: Array<{ asset: Asset; located: LocatedAsset | undefined; reason: Exclude<ExclusionReason, 'not_available' | 'soiled'> }>;
  /**
   * How many of the type are not available, by status (retired ones are not counted); an asset whose
   * status is available but which is soiled by where it went counts as `soiled`.
   */
  unavailable: Partial<Record<AssetStatus, number>>;
  /** The hygiene rows of the assets above (absent: nothing known, clean). */
  hygiene: Map<number, AssetHygiene>;
}

/** "Nearest available <type> to room R", by walking time through the floor plans. */
@Injectable()
export class NearestEquipmentService {
  constructor(
    @InjectRepository(Asset) private readonly assets: Repository<Asset>,
    private readonly positions: AssetPositionsService,
    private readonly types: EquipmentTypesService,
    private readonly hygieneOf: AssetHygieneService,
  ) {}

  async nearest(typeCode: string, roomId: string, limit: number, now: number): Promise<NearestEquipment> {
    const assets = await this.assets.find({ where: { typeCode, status: Not('retired' as const) }, order: { assetTag: 'ASC' } });
    const [{ located, layout }, hygiene] = await Promise.all([this.positions.locate(assets, now), this.hygieneOf.of(assets.map((asset) => asset.id))]);
    const issues: FieldIssue[] = [];
    const typeProblem = await this.types.problemWith(typeCode);
    if (typeProblem) issues.push({ field: 'type', message: typeProblem });
    const from = layout.room(roomId);
    const graph = layout.graph();
    if (!from || !graph) issues.push({ field: 'room', message: 'must be the id of a room on the floor plans' });
    if (issues.length > 0 || !from || !graph) throw invalidInput(issues);

    const candidates: NearestCandidate<Asset>[] = assets.map((asset) => {
      const place = located.get(asset.id);
      return {
        asset,
        key: asset.assetTag,
        status: asset.status,
        soiled: hygiene.get(asset.id)?.soiled ?? false,
        position: place?.position ?? null,
        staleAfterMs: place?.staleAfterMs ?? Number.POSITIVE_INFINITY,
      };
    });
    // Equipment on wheels comes back by elevator: routes never take the stairs.
    const ranked = rankNearestAvailable(graph, { fromRoomId: roomId, now, limit, allowStairs: false }, candidates);
    const unavailable: NearestEquipment['unavailable'] = {};
    const unlocated: NearestEquipment['unlocated'] = [];
    for (const { asset, reason } of ranked.excluded) {
      if (reason === 'not_available') unavailable[asset.status] = (unavailable[asset.status] ?? 0) + 1;
      else if (reason === 'soiled') unavailable.soiled = (unavailable.soiled ?? 0) + 1;
      else unlocated.push({ asset, located: located.get(asset.id), reason });
    }
    return {
      from,
      nearest: ranked.nearest.map(({ asset, walkingMetres, walkingSeconds, floorsChanged }) => ({
        asset,
        located: located.get(asset.id) as LocatedAsset,
        walkingMetres,
        walkingSeconds,
        floorsChanged,
      })),
      unlocated,
      unavailable,
      hygiene,
    };
  }
}
