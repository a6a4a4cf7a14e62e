import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { describeEachDatabase, openMigratedDataSource } from '../../../test-support/test-databases.js';
import { PlacedDevice } from '../../devices/device.entity.js';
import { DevicesService } from '../../devices/devices.service.js';
import { AuditEntry } from '../../platform/audit/audit-entry.entity.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Building } from '../building.entity.js';
import { Door } from '../door.entity.js';
import { FloorPlanChanges } from '../floor-plan-changes.js';
import { FloorDrawingPart } from '../floor-drawing-part.entity.js';
import { Floor } from '../floor.entity.js';
import { Room } from '../room.entity.js';
import { Site } from '../site.entity.js';
import { FloorPlanConflictError, FloorPlanInvalidError } from './floorplan-import-errors.js';
import { DEMO_FLOORPLANS_DIR, FloorplanImportService } from './floorplan-import.service.js';
import { addFeatures, fixtureSvg, looseFixture, setAt } from './testing/floor-plan-fixture.js';

/** Every stored row of the feature, in key order: equal snapshots mean nothing was written. */
async function snapshot(dataSource: DataSource): Promise<Record<string, unknown[]>> {
  const all = async (entity: new () => object, order: Record<string, 'ASC'>) =>
    JSON.parse(JSON.stringify(await dataSource.getRepository(entity).find({ order })));
  return {
    sites: await all(Site, { id: 'ASC' }),
    buildings: await all(Building, { siteId: 'ASC', id: 'ASC' }),
    floors: await all(Floor, { id: 'ASC' }),
    drawings: await all(FloorDrawingPart, { floorId: 'ASC', part: 'ASC' }),
    rooms: await all(Room, { id: 'ASC' }),
    doors: await all(Door, { id: 'ASC' }),
    devices: await all(PlacedDevice, { id: 'ASC' }),
    audit: await all(AuditEntry, { id: 'ASC' }),
  };
}

/** Feature counts of a shipped demo file, to check the import against the file rather than against magic numbers. */
function demoFeatureCount(floorId: string): number {
  return JSON.parse(readFileSync(join(DEMO_FLOORPLANS_DIR, `${floorId}.geojson`), 'utf8')).features.length;
}

/** Writes fixture floors and their drawings to a fresh folder, as the CLI would find them. */
const writtenFolders: string[] = [];
afterAll(() => writtenFolders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function writeFloors(docs: Array<Record<string, unknown>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'wardwatch-floors-'));
  writtenFolders.push(dir);
  for (const doc of docs) {
    const floorId = (doc['wardwatch'] as { floor: { id: string } }).floor.id;
    writeFileSync(join(dir, `${floorId}.geojson`), JSON.stringify(doc));
    writeFileSync(join(dir, `${floorId}.svg`), fixtureSvg(floorId));
  }
  return dir;
}

const featureIds = (doc: Record<string, unknown>) => (doc['features'] as Array<{ id: string }>).map((f) => f.id);
const without = (doc: Record<string, unknown>, ...ids: string[]) =>
  setAt(doc, null, 'features', (doc['features'] as Array<{ id: string }>).filter((f) => !ids.includes(f.id)));

describeEachDatabase('FloorplanImportService', (dialect) => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let importer: FloorplanImportService;
  let announced: Array<readonly string[]>;

  beforeEach(async () => {
    announced = [];
    const changes = new FloorPlanChanges();
    changes.subscribe((floorIds) => void announced.push(floorIds));
    ({ dataSource, close } = await openMigratedDataSource(dialect));
    importer = new FloorplanImportService(
      dataSource,
      new DevicesService(dataSource.getRepository(PlacedDevice)),
      new AuditService(dataSource.getRepository(AuditEntry)),
      changes,
    );
  });
  afterEach(async () => close());

  it('imports the demo hospital: every feature plus site, building and floor records', async () => {
    const results = await importer.importFiles([DEMO_FLOORPLANS_DIR]);
    // The first floor creates the site and building; the second finds them already there.
    expect(results).toEqual([
      { floorId: 'main-0', created: demoFeatureCount('main-0') + 3, updated: 0, removed: 0, unchanged: 0 },
      { floorId: 'main-1', created: demoFeatureCount('main-1') + 1, updated: 0, removed: 0, unchanged: 2 },
    ]);
    expect(await dataSource.getRepository(Room).countBy({ floorId: 'main-1', type: 'icu_bay' })).toBe(12);
    expect(await dataSource.getRepository(Floor).count()).toBe(2);
    const drawing = (await dataSource.getRepository(FloorDrawingPart).find({ where: { floorId: 'main-0' }, order: { part: 'ASC' } }))
      .map((part) => part.svg)
      .join('');
    expect(drawing).toBe(readFileSync(join(DEMO_FLOORPLANS_DIR, 'main-0.svg'), 'utf8'));
  });

  it('announces the floors of each import once it is written, and nothing for a refused one', async () => {
    await importer.importFiles([DEMO_FLOORPLANS_DIR]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(announced).toEqual([['main-0', 'main-1']]);
    const broken = looseFixture();
    setAt(broken, 'f-0-room-1', 'properties.type', 'ballroom');
    await expect(importer.importFloor(broken, fixtureSvg())).rejects.toThrow(FloorPlanInvalidError);
    await new Promise((resolve) => setImmediate(resolve));
    expect(announced).toHaveLength(1);
  });

  it('changes nothing, not even updatedAt, when the same files are imported again', async () => {
    await importer.importFiles([DEMO_FLOORPLANS_DIR]);
    const before = await snapshot(dataSource);
    const again = await importer.importFiles([DEMO_FLOORPLANS_DIR]);
    expect(again.map(({ created, updated, removed }) => ({ created, updated, removed }))).toEqual([
      { created: 0, updated: 0, removed: 0 },
      { created: 0, updated: 0, removed: 0 },
    ]);
    expect(again.map((result) => result.unchanged)).toEqual([demoFeatureCount('main-0') + 3, demoFeatureCount('main-1') + 3]);
    const after = await snapshot(dataSource);
    expect({ ...after, audit: [] }).toEqual({ ...before, audit: [] });
    expect(after.audit).toHaveLength(before.audit.length + 1); // the import itself is audited
  });

  it('removes a room, its door and its device that are no longer in the file, and leaves the rest untouched', async () => {
    await importer.importFloor(looseFixture(), fixtureSvg());
    const before = await snapshot(dataSource);
    const doc = looseFixture();
    without(doc, 'f-0-room-1', 'f-0-d1', 'f-0-gw-1');
    expect(await importer.importFloor(doc, fixtureSvg())).toEqual({ floorId: 'f-0', created: 0, updated: 0, removed: 3, unchanged: featureIds(doc).length + 3 });
    const after = await snapshot(dataSource);
    expect(after.rooms.map((room) => (room as Room).id)).toEqual(['f-0-corridor', 'f-0-med', 'f-0-stairs']);
    expect(after.doors).toHaveLength(2);
    expect(await dataSource.getRepository(PlacedDevice).findOneBy({ id: 'f-0-gw-1' })).toBeNull();
    expect(after.rooms).toEqual(before.rooms.filter((room) => (room as Room).id !== 'f-0-room-1'));
  });

  it('updates only the records that changed, and only their updatedAt', async () => {
    await importer.importFloor(looseFixture(), fixtureSvg());
    const before = await snapshot(dataSource);
    const doc = looseFixture();
    setAt(doc, 'f-0-room-1', 'properties.name', 'Room 1A');
    setAt(doc, 'f-0-gw-1', 'geometry.coordinates', [2, 7]);
    const result = await importer.importFloor(doc, fixtureSvg('Redrawn'));
    expect(result).toMatchObject({ created: 0, updated: 3, removed: 0 }); // the room, the gateway, the floor's drawing
    const after = await snapshot(dataSource);
    const changed = (table: string, id: string) => {
      const find = (rows: unknown[]) => rows.find((row) => (row as { id: string }).id === id) as { updatedAt: string };
      return find(after[table]).updatedAt !== find(before[table]).updatedAt;
    };
    expect([changed('rooms', 'f-0-room-1'), changed('devices', 'f-0-gw-1'), changed('floors', 'f-0')]).toEqual([true, true, true]);
    expect([changed('rooms', 'f-0-med'), changed('devices', 'f-0-env-1'), changed('sites', 'test-site')]).toEqual([false, false, false]);
    expect(await dataSource.getRepository(Room).findOneByOrFail({ id: 'f-0-room-1' })).toMatchObject({ name: 'Room 1A', areaM2: 42 });
  });

  describe('refuses an invalid plan with precise issues and writes nothing', () => {
    const variants: Array<[string, (doc: Record<string, unknown>) => void, string, Array<[string | undefined, string]>]> = [
      ['an unknown room type', (doc) => setAt(doc, 'f-0-med', 'properties.type', 'kitchen'), fixtureSvg(), [['f-0-med', 'properties.type']]],
      ['a door to a missing room', (doc) => setAt(doc, 'f-0-d2', 'properties.rooms', ['f-0-med', 'f-0-gone']), fixtureSvg(), [['f-0-d2', 'properties.rooms[1]'], ['f-0-med', 'id']]],
      ['a device outside its room', (doc) => setAt(doc, 'f-0-cab-1', 'geometry.coordinates', [1, 1]), fixtureSvg(), [['f-0-cab-1', 'geometry.coordinates']]],
      ['a broken header and a bad feature at once', (doc) => {
        setAt(doc, null, 'wardwatch.formatVersion', 7);
        setAt(doc, 'f-0-stairs', 'properties.isolation', 'maybe');
      }, fixtureSvg(), [[undefined, 'wardwatch.formatVersion'], ['f-0-stairs', 'properties.isolation']]],
      ['a drawing with a script', () => undefined, fixtureSvg().replace('</svg>', '<script>alert(1)</script></svg>'), [[undefined, 'svg']]],
    ];

    it.each(variants)('%s', async (_case, breakIt, svg, expected) => {
      await importer.importFloor(looseFixture(), fixtureSvg());
      const before = await snapshot(dataSource);
      const doc = looseFixture();
      setAt(doc, 'f-0-room-1', 'properties.name', 'A change that must not be written');
      breakIt(doc);
      const error = await importer.importFloor(doc, svg).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FloorPlanInvalidError);
      expect((error as FloorPlanInvalidError).issues!.map((issue) => [(issue as { feature?: string }).feature, issue.field])).toEqual(expected);
      expect(await snapshot(dataSource)).toEqual(before);
    });
  });

  it('refuses a file that is not JSON, naming the file', async () => {
    const error = await importer.importFiles([join(import.meta.dirname, 'testing', 'floor-plan-fixture.ts')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FloorPlanInvalidError);
    expect((error as FloorPlanInvalidError).bySource).toEqual([
      { source: expect.stringMatching(/floor-plan-fixture\.ts$/), issues: [{ field: 'document', message: expect.stringMatching(/^the file is not valid JSON/) }] },
    ]);
    expect(await dataSource.getRepository(Site).count()).toBe(0);
  });

  it('refuses ids that belong to a floor outside the import, and writes none of the import', async () => {
    await importer.importFloor(looseFixture('f-9', 9), fixtureSvg());
    const before = await snapshot(dataSource);
    const second = looseFixture('f-1', 1);
    setAt(second, 'f-1-hh-1', 'id', 'f-9-hh-1');
    // The two floors as one import: the first is valid, the second collides with f-9.
    const error = await importer.importFiles([writeFloors([looseFixture('f-0', 0), second])]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FloorPlanConflictError);
    expect((error as FloorPlanConflictError).conflicts).toEqual([
      { feature: 'f-9-hh-1', field: 'id', message: '"f-9-hh-1" is already a device of floor "f-9"; ids are unique across the installation' },
    ]);
    expect(await snapshot(dataSource)).toEqual(before);
  });

  it('refuses a floor on a level another floor of the building already has', async () => {
    await importer.importFloor(looseFixture('f-0', 0), fixtureSvg());
    const error = await importer.importFloor(looseFixture('f-0b', 0), fixtureSvg()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FloorPlanConflictError);
    expect((error as FloorPlanConflictError).conflicts).toEqual([
      { field: 'wardwatch.floor.level', message: 'level 0 of building "b1" is already floor "f-0"' },
    ]);
  });

  it('moves a device between two floors imported together', async () => {
    await importer.importFloor(looseFixture('f-0', 0), fixtureSvg());
    await importer.importFloor(looseFixture('f-1', 1), fixtureSvg());
    const upper = looseFixture('f-1', 1);
    addFeatures(upper, {
      type: 'Feature',
      id: 'f-0-hh-1',
      geometry: { type: 'Point', coordinates: [19, 1] },
      properties: { kind: 'device', deviceType: 'hand_hygiene_dispenser', name: 'Moved dispenser' },
    });
    const lower = looseFixture('f-0', 0);
    without(lower, 'f-0-hh-1');
    const dir = writeFloors([lower, upper]);
    await importer.importFiles([dir]);
    expect(await dataSource.getRepository(PlacedDevice).findOneByOrFail({ id: 'f-0-hh-1' })).toMatchObject({ floorId: 'f-1', x: 19 });
  });

  it('imports the demo hospital into an empty database only', async () => {
    expect(await importer.importDemoIfEmpty()).toHaveLength(2);
    expect(await importer.importDemoIfEmpty()).toBeNull();
    expect(await dataSource.getRepository(Site).count()).toBe(1);
  });
});
