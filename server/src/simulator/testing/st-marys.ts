/**
 * Test and benchmark support: the St Mary's demo floors (floorplans/st-marys), validated with the
 * import's own validator. Reads files, so it stays out of the simulator core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedFloorPlan } from '../../floorplan/import/floorplan-format.js';
import { validateFloorPlan } from '../../floorplan/import/floorplan-validator.js';
import { repoRoot } from '../../platform/config/repo-root.js';

export const ST_MARYS_FLOOR_IDS = ['main-0', 'main-1'] as const;

let cached: ParsedFloorPlan[] | undefined;

/** Both floors of the demo hospital, ground floor first (parsed once per process). */
export function loadStMarysFloors(): ParsedFloorPlan[] {
  cached ??= ST_MARYS_FLOOR_IDS.map((floorId) => {
    const file = join(repoRoot(), 'floorplans', 'st-marys', `${floorId}.geojson`);
    const result = validateFloorPlan(JSON.parse(readFileSync(file, 'utf8')));
    if (!result.ok) throw new Error(`${floorId}: ${JSON.stringify(result.errors.slice(0, 5))}`);
    return result.plan;
  });
  return cached;
}
