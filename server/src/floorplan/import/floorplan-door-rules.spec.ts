import { validateFloorPlan } from './floorplan-validator.js';
import { looseFixture, reported, setAt } from './testing/floor-plan-fixture.js';

const DOOR = 'f-0-d1';

describe('validateFloorPlan: doors', () => {
  it.each<[string, unknown]>([
    ['one room', ['f-0-room-1']],
    ['three rooms', ['f-0-room-1', 'f-0-corridor', 'f-0-med']],
    ['a number instead of a room id', ['f-0-room-1', 7]],
    ['no list at all', 'f-0-room-1'],
  ])('rejects a door naming %s', (_case, rooms) => {
    const doc = looseFixture();
    setAt(doc, DOOR, 'properties.rooms', rooms);
    // Room 1 has no other door, so it is reported doorless too.
    expect(reported(validateFloorPlan(doc))).toEqual([
      [DOOR, 'properties.rooms'],
      ['f-0-room-1', 'id'],
    ]);
  });

  // In the next cases Room 1's only door is broken, so Room 1 is also reported unreachable.
  it('rejects a door joining a room to itself', () => {
    const doc = looseFixture();
    setAt(doc, DOOR, 'properties.rooms', ['f-0-room-1', 'f-0-room-1']);
    expect(reported(validateFloorPlan(doc))).toEqual([
      [DOOR, 'properties.rooms'],
      ['f-0-room-1', 'id'],
    ]);
  });

  it('rejects a door to a room that does not exist, naming which one', () => {
    const doc = looseFixture();
    setAt(doc, DOOR, 'properties.rooms', ['f-0-room-1', 'f-0-nowhere']);
    const result = validateFloorPlan(doc);
    expect(reported(result)).toEqual([
      [DOOR, 'properties.rooms[1]'],
      ['f-0-room-1', 'id'],
    ]);
    expect(!result.ok && result.errors[0].message).toBe('no feature on this floor has the id "f-0-nowhere"');
  });

  it('rejects a door to a feature that is not a room', () => {
    const doc = looseFixture();
    setAt(doc, DOOR, 'properties.rooms', ['f-0-gw-1', 'f-0-corridor']);
    const result = validateFloorPlan(doc);
    // Room 1 loses its only door as well.
    expect(reported(result)).toEqual([
      [DOOR, 'properties.rooms[0]'],
      ['f-0-room-1', 'id'],
    ]);
    expect(!result.ok && result.errors[0].message).toBe('"f-0-gw-1" is a device, not a room');
  });

  it('rejects a door away from the wall its rooms share, once per room it misses', () => {
    const doc = looseFixture();
    setAt(doc, DOOR, 'geometry.coordinates', [3, 4]);
    expect(reported(validateFloorPlan(doc))).toEqual([
      [DOOR, 'geometry.coordinates'],
      [DOOR, 'geometry.coordinates'],
    ]);
  });

  it('accepts a door within 10 cm of the shared wall', () => {
    const doc = looseFixture();
    setAt(doc, DOOR, 'geometry.coordinates', [3, 3.08]);
    expect(validateFloorPlan(doc).ok).toBe(true);
  });

  it('rejects a door outside the floor', () => {
    const doc = looseFixture();
    setAt(doc, DOOR, 'geometry.coordinates', [-1, 3]);
    expect(reported(validateFloorPlan(doc))).toEqual([[DOOR, 'geometry.coordinates']]);
  });

  it('rejects a door drawn as a polygon', () => {
    const doc = looseFixture();
    setAt(doc, DOOR, 'geometry', { type: 'Polygon', coordinates: [[[2, 3], [4, 3], [4, 3.2], [2, 3]]] });
    expect(reported(validateFloorPlan(doc))).toEqual([[DOOR, 'geometry.type']]);
  });
});
