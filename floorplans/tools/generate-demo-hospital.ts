/**
 * Generates the demo hospital, St Mary's General Hospital (site `st-marys`), into
 * floorplans/st-marys/: one GeoJSON file and one SVG drawing per floor.
 *
 *   npx ts-node -T floorplans/tools/generate-demo-hospital.ts
 *
 * The generated files are the product's data (the server imports them in demo mode); this
 * script is how they were made. It refuses to write anything the server's own validator
 * would reject, so the shipped files always import.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateFloorPlan } from '../../server/src/floorplan/import/floorplan-validator.js';
import { validateSite } from '../../server/src/floorplan/import/floorplan-site-validator.js';
import type { FloorPlanDocument, ParsedFloorPlan } from '../../server/src/floorplan/import/floorplan-format.js';
import { placeDevices } from './lib/device-planner.js';
import type { FloorBuilder } from './lib/floor-builder.js';
import { renderFloorSvg } from './lib/svg-floor-renderer.js';
import { buildFirstFloor } from './st-marys/first-floor.js';
import { buildGroundFloor } from './st-marys/ground-floor.js';
import { BUILDING, BUILDING_ORIGIN, BUILDING_SIZE, SITE } from './st-marys/site.js';

const OUTPUT_DIR = join(import.meta.dirname, '..', SITE.id);

/** One feature per line: readable, and a change to one room is a one-line diff. */
function formatGeoJson(doc: FloorPlanDocument): string {
  const header = JSON.stringify({ type: doc.type, wardwatch: doc.wardwatch }, null, 2).replace(/\n}$/, '');
  const features = doc.features.map((feature) => `    ${JSON.stringify(feature)}`).join(',\n');
  return `${header},\n  "features": [\n${features}\n  ]\n}\n`;
}

function describe(plan: ParsedFloorPlan): string {
  const devices = new Map<string, number>();
  for (const device of plan.devices) devices.set(device.deviceType, (devices.get(device.deviceType) ?? 0) + 1);
  const deviceSummary = [...devices].map(([type, n]) => `${n} ${type}`).join(', ');
  return `${plan.floor.id}: ${plan.rooms.length} rooms, ${plan.doors.length} doors, ${deviceSummary}`;
}

function main(): void {
  const floors: FloorBuilder[] = [buildGroundFloor(), buildFirstFloor()];
  const plans: ParsedFloorPlan[] = [];
  const outputs: Array<{ id: string; geojson: string; svg: string }> = [];
  for (const b of floors) {
    placeDevices(b);
    const doc = b.build();
    const result = validateFloorPlan(JSON.parse(JSON.stringify(doc)));
    if (!result.ok) {
      for (const issue of result.errors) console.error(`${b.floorId}: ${issue.feature ?? '-'} ${issue.field}: ${issue.message}`);
      throw new Error(`${b.floorId} does not validate; nothing written`);
    }
    plans.push(result.plan);
    const floor = b.header.floor;
    const svg = renderFloorSvg(b, {
      title: `${SITE.name} · ${BUILDING.name}`,
      subtitle: `${floor.name} (level ${floor.level}) · dimensions in metres, 1 m = ${floor.plan.pixelsPerMetre} px`,
      building: {
        x0: BUILDING_ORIGIN[0],
        y0: BUILDING_ORIGIN[1],
        x1: BUILDING_ORIGIN[0] + BUILDING_SIZE.widthM,
        y1: BUILDING_ORIGIN[1] + BUILDING_SIZE.heightM,
      },
    });
    outputs.push({ id: floor.id, geojson: formatGeoJson(doc), svg });
  }
  const siteIssues = validateSite(plans);
  if (siteIssues.length > 0) {
    for (const issue of siteIssues) console.error(`${issue.feature ?? '-'} ${issue.field}: ${issue.message}`);
    throw new Error('the floors do not make a consistent site; nothing written');
  }
  for (const output of outputs) {
    writeFileSync(join(OUTPUT_DIR, `${output.id}.geojson`), output.geojson);
    writeFileSync(join(OUTPUT_DIR, `${output.id}.svg`), output.svg);
  }
  for (const plan of plans) console.log(describe(plan));
  console.log(`wrote ${outputs.length} floors to ${OUTPUT_DIR}`);
}

main();
