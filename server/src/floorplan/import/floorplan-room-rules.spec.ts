import { validateFloorPlan } from './floorplan-validator.js';
import { addFeatures, looseFixture, removeAt, reported, setAt } from './testing/floor-plan-fixture.js';

const ROOM = 'f-0-room-1';

function roomFeature(id: string, ring: unknown, properties: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: { kind: 'room', name: id, type: 'storage', isolation: 'none', pressure: 'neutral', ...properties },
  };
}

describe('validateFloorPlan: room properties', () => {
  it.each<[string, string, unknown]>([
    ['an unknown room type', 'properties.type', 'kitchen'],
    ['an unknown isolation kind', 'properties.isolation', 'droplet'],
    ['an unknown pressure regime', 'properties.pressure', 'vacuum'],
    ['an empty unit', 'properties.unit', ''],
    ['a name longer than 120 characters', 'properties.name', 'x'.repeat(121)],
    ['a numeric name', 'properties.name', 12],
  ])('rejects %s', (_case, field, value) => {
    const doc = looseFixture();
    setAt(doc, ROOM, field, value);
    expect(reported(validateFloorPlan(doc))).toEqual([[ROOM, field]]);
  });

  it.each(['properties.name', 'properties.type', 'properties.isolation', 'properties.pressure'])('rejects a room without %s', (field) => {
    const doc = looseFixture();
    removeAt(doc, ROOM, field);
    expect(reported(validateFloorPlan(doc))).toEqual([[ROOM, field]]);
  });

  it('accepts a room without a unit (shared space)', () => {
    const doc = looseFixture();
    removeAt(doc, ROOM, 'properties.unit');
    expect(validateFloorPlan(doc).ok).toBe(true);
  });

  it('rejects a vertical link on a room that is neither stairs nor an elevator', () => {
    const doc = looseFixture();
    setAt(doc, ROOM, 'properties.verticalLink', 'stairs-1');
    expect(reported(validateFloorPlan(doc))).toEqual([[ROOM, 'properties.verticalLink']]);
  });

  it('rejects an airborne isolation room that is not negative pressure (ASHRAE 170)', () => {
    const doc = looseFixture();
    setAt(doc, ROOM, 'properties.isolation', 'airborne');
    expect(reported(validateFloorPlan(doc))).toEqual([[ROOM, 'properties.pressure']]);
    setAt(doc, ROOM, 'properties.pressure', 'negative');
    expect(validateFloorPlan(doc).ok).toBe(true);
  });

  it('rejects a protective-environment room that is not positive pressure (ASHRAE 170)', () => {
    const doc = looseFixture();
    setAt(doc, ROOM, 'properties.isolation', 'protective');
    setAt(doc, ROOM, 'properties.pressure', 'negative');
    expect(reported(validateFloorPlan(doc))).toEqual([[ROOM, 'properties.pressure']]);
  });
});

describe('validateFloorPlan: room outlines', () => {
  it('rejects a room whose geometry is not a Polygon', () => {
    const doc = looseFixture();
    setAt(doc, ROOM, 'geometry', { type: 'Point', coordinates: [3, 6] });
    expect(reported(validateFloorPlan(doc))).toEqual([[ROOM, 'geometry.type']]);
  });

  it('rejects a room without geometry', () => {
    const doc = looseFixture();
    removeAt(doc, ROOM, 'geometry');
    expect(reported(validateFloorPlan(doc))).toEqual([[ROOM, 'geometry']]);
  });

  it('rejects a room with a hole', () => {
    const doc = looseFixture();
    const outer = [[0, 3], [6, 3], [6, 10], [0, 10], [0, 3]];
    const hole = [[2, 5], [4, 5], [4, 7], [2, 7], [2, 5]];
    setAt(doc, ROOM, 'geometry.coordinates', [outer, hole]);
    const result = validateFloorPlan(doc);
    expect(reported(result)).toEqual([[ROOM, 'geometry.coordinates']]);
    expect(!result.ok && result.errors[0].message).toContain('holes are not supported');
  });

  it('rejects a ring that is not closed', () => {
    const doc = looseFixture();
    setAt(doc, ROOM, 'geometry.coordinates', [[[0, 3], [6, 3], [6, 10], [0, 10]]]);
    expect(reported(validateFloorPlan(doc))).toEqual([[ROOM, 'geometry.coordinates']]);
  });

  it('rejects a ring of fewer than four positions', () => {
    const doc = looseFixture();
    addFeatures(doc, roomFeature('f-0-sliver', [[16, 3], [20, 3], [16, 3]]));
    expect(reported(validateFloorPlan(doc))).toEqual([['f-0-sliver', 'geometry.coordinates']]);
  });

  it('rejects a position that is not two numbers, naming the position', () => {
    const doc = looseFixture();
    setAt(doc, ROOM, 'geometry.coordinates.0.2', ['6', 10]);
    setAt(doc, ROOM, 'geometry.coordinates.0.3', [0, 10, 4]);
    expect(reported(validateFloorPlan(doc))).toEqual([
      [ROOM, 'geometry.coordinates[0][2]'],
      [ROOM, 'geometry.coordinates[0][3]'],
    ]);
  });

  it('rejects a self-intersecting (bow-tie) outline', () => {
    const doc = looseFixture();
    addFeatures(doc, roomFeature('f-0-bow-tie', [[16, 3], [20, 10], [20, 3], [16, 10], [16, 3]]));
    const result = validateFloorPlan(doc);
    expect(reported(result)).toEqual([['f-0-bow-tie', 'geometry.coordinates']]);
    expect(!result.ok && result.errors[0].message).toContain('intersects itself');
  });

  it('rejects every position outside the floor, by index', () => {
    const doc = looseFixture();
    setAt(doc, ROOM, 'geometry.coordinates', [[[0, 3], [6, 3], [6, 11], [0, 11], [0, 3]]]);
    expect(reported(validateFloorPlan(doc))).toEqual([
      [ROOM, 'geometry.coordinates[0][2]'],
      [ROOM, 'geometry.coordinates[0][3]'],
    ]);
  });

  it('rejects a room too small to be real', () => {
    const doc = looseFixture();
    addFeatures(doc, roomFeature('f-0-crumb', [[16, 3], [16.3, 3], [16.3, 3.3], [16, 3.3], [16, 3]]));
    expect(reported(validateFloorPlan(doc))).toEqual([['f-0-crumb', 'geometry.coordinates']]);
  });

  it('accepts a clockwise ring', () => {
    const doc = looseFixture();
    setAt(doc, ROOM, 'geometry.coordinates', [[[0, 3], [0, 10], [6, 10], [6, 3], [0, 3]]]);
    expect(validateFloorPlan(doc).ok).toBe(true);
  });
});
