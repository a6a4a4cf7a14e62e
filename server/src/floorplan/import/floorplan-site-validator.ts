/**
 * Checks that several floor plans make one consistent site: one site, consistent building
 * names, unique floors and levels, ids unique across floors, and stairs/elevator shafts
 * that really join floors. Single-floor rules are in floorplan-validator.ts.
 */
import type { FloorPlanIssue, ParsedFloorPlan, ParsedRoom } from './floorplan-format.js';

export function validateSite(plans: readonly ParsedFloorPlan[]): FloorPlanIssue[] {
  if (plans.length === 0) return [];
  return [
    ...checkOneSite(plans),
    ...checkBuildingsConsistent(plans),
    ...checkFloorsUnique(plans),
    ...checkFeatureIdsUnique(plans),
    ...checkVerticalLinks(plans),
  ];
}

function checkOneSite(plans: readonly ParsedFloorPlan[]): FloorPlanIssue[] {
  const first = plans[0];
  const issues: FloorPlanIssue[] = [];
  for (const plan of plans.slice(1)) {
    for (const key of ['id', 'name', 'timezone'] as const) {
      if (plan.site[key] !== first.site[key]) {
        issues.push({
          field: `wardwatch.site.${key}`,
          message: `floor "${plan.floor.id}" says "${plan.site[key]}" but floor "${first.floor.id}" says "${first.site[key]}"; all floors must describe the same site`,
        });
      }
    }
  }
  return issues;
}

function checkBuildingsConsistent(plans: readonly ParsedFloorPlan[]): FloorPlanIssue[] {
  const firstById = new Map<string, ParsedFloorPlan>();
  const issues: FloorPlanIssue[] = [];
  for (const plan of plans) {
    const first = firstById.get(plan.building.id);
    if (!first) firstById.set(plan.building.id, plan);
    else if (first.building.name !== plan.building.name) {
      issues.push({
        field: 'wardwatch.building.name',
        message: `floor "${plan.floor.id}" names building "${plan.building.id}" "${plan.building.name}" but floor "${first.floor.id}" names it "${first.building.name}"`,
      });
    }
  }
  return issues;
}

function checkFloorsUnique(plans: readonly ParsedFloorPlan[]): FloorPlanIssue[] {
  const issues: FloorPlanIssue[] = [];
  const seenIds = new Set<string>();
  const floorAtLevel = new Map<string, string>();
  for (const plan of plans) {
    if (seenIds.has(plan.floor.id)) {
      issues.push({ field: 'wardwatch.floor.id', message: `floor "${plan.floor.id}" is given more than once` });
    }
    seenIds.add(plan.floor.id);
    const levelKey = `${plan.building.id}\u0000${plan.floor.level}`;
    const other = floorAtLevel.get(levelKey);
    if (other !== undefined && other !== plan.floor.id) {
      issues.push({
        field: 'wardwatch.floor.level',
        message: `floors "${other}" and "${plan.floor.id}" are both level ${plan.floor.level} of building "${plan.building.id}"`,
      });
    }
    floorAtLevel.set(levelKey, plan.floor.id);
  }
  return issues;
}

function featureIds(plan: ParsedFloorPlan): string[] {
  return [...plan.rooms, ...plan.doors, ...plan.devices].map((feature) => feature.id);
}

function checkFeatureIdsUnique(plans: readonly ParsedFloorPlan[]): FloorPlanIssue[] {
  const floorById = new Map<string, string>();
  const issues: FloorPlanIssue[] = [];
  for (const plan of plans) {
    for (const id of featureIds(plan)) {
      const other = floorById.get(id);
      if (other !== undefined && other !== plan.floor.id) {
        issues.push({
          feature: id,
          field: 'id',
          message: `id "${id}" on floor "${plan.floor.id}" is already used on floor "${other}"; ids are unique across the site`,
        });
      } else floorById.set(id, plan.floor.id);
    }
  }
  return issues;
}

/**
 * A vertical link names one shaft of one building: it must appear on at least two floors,
 * and be the same kind of room (stairs or elevator) on each.
 */
function checkVerticalLinks(plans: readonly ParsedFloorPlan[]): FloorPlanIssue[] {
  // Stops are counted per plan, not per floor id: a repeated floor id is reported on its own.
  const shafts = new Map<string, Array<{ planIndex: number; floorId: string; room: ParsedRoom }>>();
  plans.forEach((plan, planIndex) => {
    for (const room of plan.rooms) {
      if (room.verticalLink === null) continue;
      const key = `${plan.building.id}\u0000${room.verticalLink}`;
      shafts.set(key, [...(shafts.get(key) ?? []), { planIndex, floorId: plan.floor.id, room }]);
    }
  });
  const issues: FloorPlanIssue[] = [];
  for (const stops of shafts.values()) {
    const floors = new Set(stops.map((stop) => stop.planIndex));
    const first = stops[0].room;
    for (const { floorId, room } of stops) {
      if (floors.size < 2) {
        issues.push({
          feature: room.id,
          field: 'properties.verticalLink',
          message: `"${room.verticalLink}" appears only on floor "${floorId}"; a vertical link must join at least two floors`,
        });
      } else if (room.type !== first.type) {
        issues.push({
          feature: room.id,
          field: 'properties.type',
          message: `"${room.verticalLink}" is ${first.type} at room "${first.id}" but ${room.type} here; one shaft is one kind of room`,
        });
      }
    }
  }
  return issues;
}
