import { DEMO_FLEET, WARD } from '../../equipment/demo/demo-fleet.js';
import { DEFAULT_EQUIPMENT_TYPES } from '../../equipment/equipment-types.catalog.js';
import { Simulation, type TagSpec } from '../../simulator/index.js';
import { loadStMarysFloors } from '../../simulator/testing/st-marys.js';
import { FAILING_ASSET, LIVELY_PROFILE, LIVELY_TYPE_CODES, demoFleetTags, isOnAir } from './demo-fleet-tags.js';

const floors = loadStMarysFloors();
const roomById = new Map(floors.flatMap((floor) => floor.rooms).map((room) => [room.id, room]));
const assetByTag = new Map(DEMO_FLEET.map((asset) => [asset.assetTag, asset]));
const HOUR_MS = 3_600_000;

function assetOf(tag: TagSpec) {
  const asset = assetByTag.get(tag.name ?? '');
  if (!asset) throw new Error(`no asset ${tag.name}`);
  return asset;
}

describe('demoFleetTags', () => {
  const tags = demoFleetTags(floors);

  it('puts every asset on air under its registry tag id, but the one listed as missing (EQ-0057)', () => {
    const simulation = new Simulation({ floors, seed: 1, tags });
    expect(simulation.tags.map((tag) => tag.tagId)).toEqual(DEMO_FLEET.filter(isOnAir).map((asset) => asset.tagId));
    expect(DEMO_FLEET.filter((asset) => !isOnAir(asset)).map((asset) => asset.assetTag)).toEqual(['EQ-0057']);
  });

  it('starts each asset in a room of its home unit where equipment is kept, spread over the unit', () => {
    for (const tag of tags.filter((t) => t.movement !== 'parked')) {
      const room = roomById.get(tag.start?.roomId ?? '');
      expect([tag.name, room?.unit]).toEqual([tag.name, assetOf(tag).homeUnit]);
      expect(['corridor', 'nurse_station', 'office', 'elevator', 'stairs']).not.toContain(room?.type);
    }
    const icuRooms = new Set(tags.filter((tag) => assetOf(tag).homeUnit === 'Intensive care unit').map((tag) => tag.start?.roomId));
    expect(icuRooms.size).toBeGreaterThanOrEqual(12);
  });

  it('keeps the assets in maintenance parked in the biomedical engineering depot', () => {
    const inMaintenance = new Set(DEMO_FLEET.filter((asset) => asset.status === 'maintenance').map((asset) => asset.assetTag));
    const parked = tags.filter((tag) => inMaintenance.has(tag.name ?? ''));
    expect(parked).toHaveLength(inMaintenance.size);
    for (const tag of parked) {
      expect(tag.movement).toBe('parked');
      expect(roomById.get(tag.start?.roomId ?? '')?.type).toBe('equipment_depot');
    }
  });

  it('moves the lively types every few minutes and the rest of the fleet a few times a day', () => {
    const simulation = new Simulation({ floors, seed: 1, tags });
    const start = simulation.startTs;
    const movesIn2h = (tagId: string) => simulation.groundTruth(tagId).transitionsBetween(start + 1, start + 2 * HOUR_MS).length;
    const lively = tags.map((tag, i) => ({ tag, moves: movesIn2h(simulation.tags[i].tagId) })).filter(({ tag }) => tag.profile === LIVELY_PROFILE);
    const others = tags.map((tag, i) => ({ tag, moves: movesIn2h(simulation.tags[i].tagId) })).filter(({ tag }) => tag.profile === undefined);

    expect(new Set(lively.map(({ tag }) => assetOf(tag).typeCode))).toEqual(LIVELY_TYPE_CODES);
    expect(lively.length).toBeGreaterThanOrEqual(5);
    // Room changes: a trip through corridors makes several; a lively tag sets off every ~5 min (seed 1: ~100 in 2 h, the rest ~5).
    const mean = (list: Array<{ moves: number }>) => list.reduce((sum, { moves }) => sum + moves, 0) / list.length;
    expect(mean(lively)).toBeGreaterThan(50);
    expect(mean(others)).toBeLessThan(mean(lively) / 10);
  });

  it('resumes a tag in the room the engine last placed it in, unless it was only passing through a shaft', () => {
    const [first, second, third] = DEMO_FLEET.filter(isOnAir).filter((asset) => asset.status !== 'maintenance');
    const elevator = floors[1].rooms.find((room) => room.type === 'elevator');
    const lastRooms = new Map([
      [first.tagId, 'main-0-ct'],
      [second.tagId, elevator?.id ?? ''],
      [third.tagId, 'no-such-room'],
    ]);
    expect(roomById.has('main-0-ct')).toBe(true);
    const resumed = demoFleetTags(floors, { lastRooms });
    const startOf = (assetTag: string) => resumed.find((tag) => tag.name === assetTag)?.start?.roomId;
    expect(startOf(first.assetTag)).toBe('main-0-ct');
    expect(roomById.get(startOf(second.assetTag) ?? '')?.unit).toBe(second.homeUnit);
    expect(roomById.get(startOf(third.assetTag) ?? '')?.unit).toBe(third.homeUnit);
  });
});

describe('the failing tag', () => {
  it('is an available defibrillator of the ward (EQ-0078), missing 30 min after it fails', () => {
    expect(FAILING_ASSET).toMatchObject({ assetTag: 'EQ-0078', typeCode: 'defibrillator', homeUnit: WARD, status: 'available' });
    expect(DEFAULT_EQUIPMENT_TYPES.find((type) => type.code === FAILING_ASSET.typeCode)?.missingAfterMinutes).toBe(30);
    expect(isOnAir(FAILING_ASSET)).toBe(true);
  });

  it('stays in the ward room it starts in, so the alert can say where it was last heard', () => {
    const tag = demoFleetTags(floors).find((t) => t.name === FAILING_ASSET.assetTag);
    expect(tag?.movement).toBe('parked');
    expect(roomById.get(tag?.start?.roomId ?? '')).toMatchObject({ unit: WARD, type: 'patient_room' });
  });
});
