/**
 * PAR ("periodic automatic replenishment") levels: the fewest available items of a type a unit keeps
 * to hand, e.g. 4 infusion pumps in the ICU. Below it, the equipment library sends more before a
 * nurse has to search. Pure: the service passes the levels, the assets and their resolved locations.
 *
 * Where an available asset counts:
 * - tracked (it has a tag) and freshly located: the unit of the room it is in (shared space such as a
 *   corridor belongs to no unit, so an asset parked there counts nowhere);
 * - untracked (no tag): its home unit, the only thing the registry knows;
 * - tracked but not freshly located: nowhere. It is listed as `unlocated` under its home unit's level
 *   so the alert can say "2 available, 1 more whose tag is silent".
 */
export interface ParLevelRule {
  unit: string;
  typeCode: string;
  minAvailable: number;
}

export interface ParAsset {
  id: number;
  typeCode: string;
  /** Only `available` assets count towards a level. */
  available: boolean;
  homeUnit: string | null;
  tracked: boolean;
  /** Unit of the room its fresh position is in (null: shared space); undefined when it has no fresh position. */
  locatedUnit?: string | null;
}

export interface ParLevelCount extends ParLevelRule {
  /** Available assets of the type counted in the unit. */
  available: number;
  /** minAvailable - available when positive, else 0. */
  shortfall: number;
  availableAssetIds: number[];
  /** Available assets of the type homed in the unit whose tag has no fresh position. */
  unlocatedAssetIds: number[];
}

/** Where an available asset counts, or null (nowhere / unknown). See the file comment. */
export function countedUnit(asset: ParAsset): string | null {
  if (!asset.tracked) return asset.homeUnit;
  return asset.locatedUnit ?? null;
}

/** Every level with its count, in the order given. */
export function countParLevels(levels: readonly ParLevelRule[], assets: readonly ParAsset[]): ParLevelCount[] {
  return levels.map((level) => {
    const ofType = assets.filter((asset) => asset.available && asset.typeCode === level.typeCode);
    const availableAssetIds = ofType.filter((asset) => countedUnit(asset) === level.unit).map((asset) => asset.id);
    const unlocatedAssetIds = ofType
      .filter((asset) => asset.tracked && asset.locatedUnit === undefined && asset.homeUnit === level.unit)
      .map((asset) => asset.id);
    return {
      ...level,
      available: availableAssetIds.length,
      shortfall: Math.max(0, level.minAvailable - availableAssetIds.length),
      availableAssetIds,
      unlocatedAssetIds,
    };
  });
}

/** The levels below their minimum, largest shortfall first (then unit, type). */
export function parShortfalls(levels: readonly ParLevelRule[], assets: readonly ParAsset[]): ParLevelCount[] {
  return countParLevels(levels, assets)
    .filter((count) => count.shortfall > 0)
    .sort((a, b) => b.shortfall - a.shortfall || a.unit.localeCompare(b.unit) || a.typeCode.localeCompare(b.typeCode));
}
