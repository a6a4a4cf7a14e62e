import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { FieldIssue } from '../platform/http/domain-error.js';
import { AssetHygieneService } from './asset-hygiene.service.js';
import { AssetPositionsService } from './asset-positions.service.js';
import { Asset } from './asset.entity.js';
import { countParLevels, parShortfalls, type ParAsset, type ParLevelCount, type ParLevelRule } from './domain/par-levels.js';
import { invalidInput } from './equipment-errors.js';
import { EquipmentTypesService } from './equipment-types.service.js';
import { ParLevel } from './par-level.entity.js';
import { SiteLayoutService } from './site-layout.service.js';

/** PAR levels per unit and type, and their counts from the registry and current positions. The alert check calls `parShortfalls`. */
@Injectable()
export class ParLevelsService {
  constructor(
    @InjectRepository(ParLevel) private readonly levels: Repository<ParLevel>,
    @InjectRepository(Asset) private readonly assets: Repository<Asset>,
    private readonly dataSource: DataSource,
    private readonly positions: AssetPositionsService,
    private readonly types: EquipmentTypesService,
    private readonly layouts: SiteLayoutService,
    private readonly hygiene: AssetHygieneService,
  ) {}

  /** Every level with how many are available in its unit now, by unit then type. */
  async list(now = Date.now()): Promise<ParLevelCount[]> {
    const rules = await this.rules();
    return countParLevels(rules, await this.parAssets(rules, now));
  }

  /** The levels below their minimum now, largest shortfall first. */
  async parShortfalls(now = Date.now()): Promise<ParLevelCount[]> {
    const rules = await this.rules();
    return parShortfalls(rules, await this.parAssets(rules, now));
  }

  /**
   * Replaces every level with these (a PAR sheet is reviewed as a whole). 400 naming `levels[i].…`
   * for an unknown unit or type, or a unit and type given twice.
   */
  async replace(rules: readonly ParLevelRule[], now = Date.now()): Promise<ParLevelCount[]> {
    const [layout, types] = await Promise.all([this.layouts.current(now), this.types.byCode()]);
    const issues: FieldIssue[] = [];
    const seen = new Map<string, number>();
    rules.forEach((rule, i) => {
      if (!layout.units.includes(rule.unit)) issues.push({ field: `levels[${i}].unit`, message: `must be a unit of the floor plans: ${layout.units.join(', ')}` });
      if (!types.has(rule.typeCode)) issues.push({ field: `levels[${i}].typeCode`, message: `must be one of the equipment types: ${[...types.keys()].sort().join(', ')}` });
      const key = JSON.stringify([rule.unit, rule.typeCode]);
      const earlier = seen.get(key);
      if (earlier !== undefined) issues.push({ field: `levels[${i}]`, message: `repeats the unit and type of levels[${earlier}]` });
      else seen.set(key, i);
    });
    if (issues.length > 0) throw invalidInput(issues);
    await this.dataSource.transaction(async (manager) => {
      // Not clear(): that is TRUNCATE on MySQL, which commits the transaction on its own.
      await manager.createQueryBuilder().delete().from(ParLevel).execute();
      if (rules.length > 0) await manager.insert(ParLevel, rules.map(({ unit, typeCode, minAvailable }) => ({ unit, typeCode, minAvailable })));
    });
    return this.list(now);
  }

  private async rules(): Promise<ParLevelRule[]> {
    const levels = await this.levels.find({ order: { unit: 'ASC', typeCode: 'ASC' } });
    return levels.map(({ unit, typeCode, minAvailable }) => ({ unit, typeCode, minAvailable }));
  }

  /** The available assets of the levels' types (those soiled by hygiene marked not available), with the unit each counts in (domain/par-levels.ts). */
  private async parAssets(rules: readonly ParLevelRule[], now: number): Promise<ParAsset[]> {
    if (rules.length === 0) return [];
    const assets = await this.assets.find({ where: { status: 'available', typeCode: In([...new Set(rules.map((rule) => rule.typeCode))]) } });
    const [{ located }, hygiene] = await Promise.all([this.positions.locate(assets, now), this.hygiene.of(assets.map((asset) => asset.id))]);
    return assets.map((asset) => {
      const place = located.get(asset.id);
      return {
        id: asset.id,
        typeCode: asset.typeCode,
        // A pump soiled by where it went is not ready to hand, whatever its status says.
        available: !(hygiene.get(asset.id)?.soiled ?? false),
        homeUnit: asset.homeUnit,
        tracked: asset.tagId !== null,
        locatedUnit: place?.fresh ? (place.room?.unit ?? null) : undefined,
      };
    });
  }
}
