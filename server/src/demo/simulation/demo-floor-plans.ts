import type { ParsedFloorPlan } from '../../floorplan/import/floorplan-format.js';
import { listFloorPlanFiles, readFloorPlanFile } from '../../floorplan/import/floorplan-files.js';
import { DEMO_FLOORPLANS_DIR } from '../../floorplan/import/floorplan-import.service.js';
import { validateFloorPlan } from '../../floorplan/import/floorplan-validator.js';

/**
 * St Mary's floors as the demo seeding imports them (floorplans/st-marys), validated with the import's
 * validator, in file-name order (ground floor first).
 */
export async function readDemoFloorPlans(): Promise<ParsedFloorPlan[]> {
  const files = await Promise.all((await listFloorPlanFiles([DEMO_FLOORPLANS_DIR])).map((file) => readFloorPlanFile(file)));
  return files.map((file) => {
    const result = validateFloorPlan(file.document);
    if (!result.ok) throw new Error(`${file.source} is not a valid floor plan: ${JSON.stringify(result.errors.slice(0, 3))}`);
    return result.plan;
  });
}
