/**
 * Makes the stored rows of one kind (rooms, doors, devices) of one floor equal to the rows
 * of an import, touching only what differs: unchanged rows keep their updatedAt, rows no
 * longer in the file are deleted. Runs inside the import's transaction.
 *
 * Shared by the floor-plan import (rooms, doors) and DevicesService (placements): the
 * same rule, one implementation.
 */
import { In, type EntityManager, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import { FloorPlanConflictError } from './floorplan-import-errors.js';
import { NO_CHANGES, type ImportCounts } from './import-counts.js';

export interface FloorRow {
  id: string;
  floorId: string;
  createdAt: Date;
  updatedAt: Date;
}

export type IncomingRow<E extends FloorRow> = Omit<E, 'createdAt' | 'updatedAt'>;

export interface FloorRowsSync<E extends FloorRow> {
  floorId: string;
  rows: IncomingRow<E>[];
  /** Every floor of this import: rows may move between them, but not take ids of other floors. */
  floorsInImport: readonly string[];
  now: Date;
  /** "room", "door", "device": for conflict messages. */
  kind: string;
}

/** Rows per INSERT statement: well under SQLite's and MySQL's bound-parameter limits. */
const INSERT_BATCH = 100;

/** Same value, as stored: numbers, strings, null and JSON arrays compare by their JSON text. */
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export async function syncFloorRows<E extends FloorRow>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  sync: FloorRowsSync<E>,
): Promise<ImportCounts> {
  const repository = manager.getRepository(entity);
  const ids = sync.rows.map((row) => row.id);
  const onThisFloor = await repository.findBy({ floorId: sync.floorId } as FindOptionsWhere<E>);
  const sameIds = ids.length === 0 ? [] : await findByIds(manager, entity, ids);
  const stored = new Map([...onThisFloor, ...sameIds].map((row) => [row.id, row]));

  const conflicts = sameIds.filter((row) => !sync.floorsInImport.includes(row.floorId));
  if (conflicts.length > 0) {
    throw new FloorPlanConflictError(
      conflicts.map((row) => ({
        feature: row.id,
        field: 'id',
        message: `"${row.id}" is already a ${sync.kind} of floor "${row.floorId}"; ids are unique across the installation`,
      })),
    );
  }

  const counts = { ...NO_CHANGES };
  const toInsert: E[] = [];
  for (const row of sync.rows) {
    const existing = stored.get(row.id);
    if (!existing) {
      toInsert.push({ ...row, createdAt: sync.now, updatedAt: sync.now } as unknown as E);
      counts.created++;
      continue;
    }
    const changed = Object.keys(row).filter((key) => !sameValue(existing[key as keyof E], row[key as keyof IncomingRow<E>]));
    if (changed.length === 0) {
      counts.unchanged++;
      continue;
    }
    const changes = Object.fromEntries(changed.map((key) => [key, row[key as keyof IncomingRow<E>]]));
    await repository.update({ id: row.id } as FindOptionsWhere<E>, { ...changes, updatedAt: sync.now } as never);
    counts.updated++;
  }
  for (let i = 0; i < toInsert.length; i += INSERT_BATCH) await repository.insert(toInsert.slice(i, i + INSERT_BATCH) as never);

  const keep = new Set(ids);
  const gone = onThisFloor.filter((row) => !keep.has(row.id)).map((row) => row.id);
  if (gone.length > 0) await repository.delete({ id: In(gone) } as FindOptionsWhere<E>);
  counts.removed = gone.length;
  return counts;
}

/** Rows with these ids, on any floor; batched so large imports stay within parameter limits. */
async function findByIds<E extends FloorRow>(manager: EntityManager, entity: EntityTarget<E>, ids: string[]): Promise<E[]> {
  const found: E[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    found.push(...(await manager.getRepository(entity).findBy({ id: In(ids.slice(i, i + 500)) } as FindOptionsWhere<E>)));
  }
  return found;
}
