/**
 * Writes one validated floor plan inside the import's transaction: the site, building and
 * floor records, the drawing, and the floor's rooms and doors (devices are written by the
 * devices feature). Every record is compared with what is stored and only written when it
 * differs, so an identical re-import changes nothing, not even updatedAt.
 */
import { createHash } from 'node:crypto';
import { In, Not, type EntityManager } from 'typeorm';
import { Building } from '../building.entity.js';
import { Door } from '../door.entity.js';
import { DRAWING_PART_CHARS, FloorDrawingPart } from '../floor-drawing-part.entity.js';
import { Floor } from '../floor.entity.js';
import { Room } from '../room.entity.js';
import { Site } from '../site.entity.js';
import type { ParsedFloorPlan } from './floorplan-format.js';
import { FloorPlanConflictError } from './floorplan-import-errors.js';
import { syncFloorRows } from './floor-rows-sync.js';
import { addCounts, countOne, type ImportCounts } from './import-counts.js';

export interface WriteContext {
  manager: EntityManager;
  /** The ids of every floor in this import. */
  floorsInImport: readonly string[];
  now: Date;
}

const sameValues = <T>(stored: T, incoming: Partial<T>) =>
  Object.entries(incoming).every(([key, value]) => stored[key as keyof T] === value);

/** Inserts the record, or updates the listed fields when they differ; reports which it did. */
async function upsertRecord<E extends { createdAt: Date; updatedAt: Date }>(
  manager: EntityManager,
  entity: new () => E,
  stored: E | null,
  key: Partial<E>,
  fields: Partial<E>,
  now: Date,
): Promise<ImportCounts> {
  if (!stored) {
    await manager.insert(entity, { ...key, ...fields, createdAt: now, updatedAt: now } as never);
    return countOne('created');
  }
  if (sameValues(stored, fields)) return countOne('unchanged');
  await manager.update(entity, key as never, { ...fields, updatedAt: now } as never);
  return countOne('updated');
}

export async function writeSiteAndBuilding(plan: ParsedFloorPlan, context: WriteContext): Promise<ImportCounts> {
  const { manager, now } = context;
  const site = await manager.findOneBy(Site, { id: plan.site.id });
  const siteCounts = await upsertRecord(manager, Site, site, { id: plan.site.id }, { name: plan.site.name, timezone: plan.site.timezone }, now);
  const buildingKey = { siteId: plan.site.id, id: plan.building.id };
  const building = await manager.findOneBy(Building, buildingKey);
  return addCounts(siteCounts, await upsertRecord(manager, Building, building, buildingKey, { name: plan.building.name }, now));
}

export async function writeFloor(plan: ParsedFloorPlan, svg: string, context: WriteContext): Promise<ImportCounts> {
  const { manager, now } = context;
  const { floor } = plan;
  const stored = await manager.findOneBy(Floor, { id: floor.id });
  await checkFloorConflicts(plan, stored, context);
  const planSha256 = createHash('sha256').update(svg, 'utf8').digest('hex');
  const fields: Partial<Floor> = {
    siteId: plan.site.id,
    buildingId: plan.building.id,
    name: floor.name,
    level: floor.level,
    elevationM: floor.elevationM,
    widthM: floor.widthM,
    heightM: floor.heightM,
    pixelsPerMetre: floor.plan.pixelsPerMetre,
    originX: floor.origin.x,
    originY: floor.origin.y,
    planImage: floor.plan.image,
    planSha256,
  };
  const counts = await upsertRecord(manager, Floor, stored, { id: floor.id }, fields, now);
  if (stored?.planSha256 !== planSha256) await writeDrawing(manager, floor.id, svg);
  return counts;
}

async function checkFloorConflicts(plan: ParsedFloorPlan, stored: Floor | null, context: WriteContext): Promise<void> {
  if (stored && stored.siteId !== plan.site.id) {
    throw new FloorPlanConflictError([
      { field: 'wardwatch.floor.id', message: `floor "${stored.id}" belongs to site "${stored.siteId}", not "${plan.site.id}"` },
    ]);
  }
  const sameLevel = await context.manager.findOneBy(Floor, {
    siteId: plan.site.id,
    buildingId: plan.building.id,
    level: plan.floor.level,
    id: Not(In([...context.floorsInImport])),
  });
  if (sameLevel) {
    throw new FloorPlanConflictError([
      {
        field: 'wardwatch.floor.level',
        message: `level ${plan.floor.level} of building "${plan.building.id}" is already floor "${sameLevel.id}"`,
      },
    ]);
  }
}

async function writeDrawing(manager: EntityManager, floorId: string, svg: string): Promise<void> {
  await manager.delete(FloorDrawingPart, { floorId });
  const parts: FloorDrawingPart[] = [];
  for (let part = 0; part * DRAWING_PART_CHARS < svg.length || part === 0; part++) {
    parts.push({ floorId, part, svg: svg.slice(part * DRAWING_PART_CHARS, (part + 1) * DRAWING_PART_CHARS) });
  }
  // One part per statement: each carries up to 64 KB, and MySQL's packet limit applies per statement.
  for (const part of parts) await manager.insert(FloorDrawingPart, part);
}

export async function writeRoomsAndDoors(plan: ParsedFloorPlan, context: WriteContext): Promise<ImportCounts> {
  const floorId = plan.floor.id;
  const base = { floorId, floorsInImport: context.floorsInImport, now: context.now };
  const rooms = await syncFloorRows(context.manager, Room, {
    ...base,
    kind: 'room',
    rows: plan.rooms.map(({ centroid, ...room }) => ({ ...room, floorId, centroidX: centroid[0], centroidY: centroid[1] })),
  });
  const doors = await syncFloorRows(context.manager, Door, {
    ...base,
    kind: 'door',
    rows: plan.doors.map((door) => ({ id: door.id, floorId, x: door.x, y: door.y, roomAId: door.rooms[0], roomBId: door.rooms[1] })),
  });
  return addCounts(rooms, doors);
}
