import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { containsPattern } from '../platform/database/like-pattern.js';
import type { FieldIssue } from '../platform/http/domain-error.js';
import { AssetPositionsService, type LocatedAsset } from './asset-positions.service.js';
import { AssetHygiene } from './asset-hygiene.entity.js';
import { Asset } from './asset.entity.js';
import type { AssetStatus } from './domain/asset-status.js';
import { invalidInput } from './equipment-errors.js';
import { EquipmentTypesService } from './equipment-types.service.js';
import { SiteLayoutService } from './site-layout.service.js';

export interface AssetFilters {
  type?: string;
  status?: AssetStatus;
  /** Floor of the asset's last known position. */
  floor?: string;
  /** Home unit. */
  unit?: string;
  /** Text in the asset number, name, manufacturer, model, serial or tag id (case-insensitive). */
  q?: string;
  /** Soiled by where it went (equipment_hygiene), or not. */
  soiled?: boolean;
  limit: number;
  offset: number;
}

export interface AssetPage {
  total: number;
  items: Array<{ asset: Asset; located: LocatedAsset | undefined }>;
}

const TEXT_COLUMNS = ['assetTag', 'name', 'manufacturer', 'model', 'serial', 'tagId'] as const;

/** Finds assets by registry fields in SQL, and by floor from their current positions. */
@Injectable()
export class AssetSearchService {
  constructor(
    @InjectRepository(Asset) private readonly assets: Repository<Asset>,
    private readonly positions: AssetPositionsService,
    private readonly types: EquipmentTypesService,
    private readonly layouts: SiteLayoutService,
  ) {}

  async search(filters: AssetFilters, now: number): Promise<AssetPage> {
    await this.checkFilters(filters, now);
    const query = this.assets.createQueryBuilder('asset').orderBy('asset.assetTag', 'ASC');
    if (filters.type !== undefined) query.andWhere('asset.typeCode = :type', { type: filters.type });
    if (filters.status !== undefined) query.andWhere('asset.status = :status', { status: filters.status });
    if (filters.unit !== undefined) query.andWhere('asset.homeUnit = :unit', { unit: filters.unit });
    if (filters.soiled !== undefined) {
      // Booleans are stored as 1/0 by both databases; no row means clean.
      const soiledIds = this.assets.manager.createQueryBuilder(AssetHygiene, 'hygiene').select('hygiene.assetId').where('hygiene.soiled = 1');
      query.andWhere(`asset.id ${filters.soiled ? 'IN' : 'NOT IN'} (${soiledIds.getQuery()})`);
    }
    if (filters.q !== undefined) {
      const pattern = containsPattern(filters.q);
      query.andWhere(new Brackets((text) => TEXT_COLUMNS.forEach((column) => text.orWhere(`asset.${column} LIKE :pattern ESCAPE '!'`, { pattern }))));
    }
    if (filters.floor === undefined) {
      const [assets, total] = await query.skip(filters.offset).take(filters.limit).getManyAndCount();
      const { located } = await this.positions.locate(assets, now);
      return { total, items: assets.map((asset) => ({ asset, located: located.get(asset.id) })) };
    }
    // The floor is a property of the position, not of the row: filter every match, then page.
    const assets = await query.getMany();
    const { located } = await this.positions.locate(assets, now);
    const onFloor = assets.filter((asset) => located.get(asset.id)?.position.floorId === filters.floor);
    return {
      total: onFloor.length,
      items: onFloor.slice(filters.offset, filters.offset + filters.limit).map((asset) => ({ asset, located: located.get(asset.id) })),
    };
  }

  /** An unknown type or floor is a typo, not an empty result: 400 naming the parameter. */
  private async checkFilters(filters: AssetFilters, now: number): Promise<void> {
    const issues: FieldIssue[] = [];
    if (filters.type !== undefined) {
      const problem = await this.types.problemWith(filters.type);
      if (problem) issues.push({ field: 'type', message: problem });
    }
    if (filters.floor !== undefined) {
      const layout = await this.layouts.current(now);
      if (!layout.floorIds.has(filters.floor)) issues.push({ field: 'floor', message: `must be a floor of the floor plans: ${[...layout.floorIds].join(', ')}` });
    }
    if (issues.length > 0) throw invalidInput(issues);
  }
}
