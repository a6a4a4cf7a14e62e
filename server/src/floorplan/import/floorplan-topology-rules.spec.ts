import { validateFloorPlan } from './floorplan-validator.js';
import { addFeatures, looseFixture, reported, setAt } from './testing/floor-plan-fixture.js';

function room(id: string, type: string, ring: number[][], extra: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: { kind: 'room', name: id, type, isolation: 'none', pressure: 'neutral', ...extra },
  };
}

function door(id: string, at: number[], rooms: string[]) {
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates: at }, properties: { kind: 'door', rooms } };
}

// Free space east of the fixture's rooms: x 16–20, split at y 3.
const EAST_UPPER = [[16, 3], [20, 3], [20, 10], [16, 10], [16, 3]];
const EAST_LOWER = [[16, 0], [20, 0], [20, 3], [16, 3], [16, 0]];

describe('validateFloorPlan: doors and reachability', () => {
  it('rejects a room with no door', () => {
    const doc = looseFixture();
    setAt(doc, null, 'features', (doc['features'] as Array<{ id: string }>).filter((f) => f.id !== 'f-0-d2'));
    const result = validateFloorPlan(doc);
    expect(reported(result)).toEqual([['f-0-med', 'id']]);
    expect(!result.ok && result.errors[0].message).toBe('room "Med room" has no door; every room except corridors needs at least one');
  });

  it('accepts a corridor with no door', () => {
    const doc = looseFixture();
    addFeatures(doc, room('f-0-corridor-2', 'corridor', EAST_LOWER));
    expect(validateFloorPlan(doc).ok).toBe(true);
  });

  it('accepts a room reached through another room', () => {
    const doc = looseFixture();
    addFeatures(doc, room('f-0-office', 'office', EAST_UPPER), door('f-0-d4', [16, 6], ['f-0-office', 'f-0-stairs']));
    expect(validateFloorPlan(doc).ok).toBe(true);
  });

  it('rejects rooms whose doors lead only to each other', () => {
    const doc = looseFixture();
    addFeatures(
      doc,
      room('f-0-office', 'office', EAST_UPPER),
      room('f-0-store', 'storage', EAST_LOWER),
      door('f-0-d4', [18, 3], ['f-0-office', 'f-0-store']),
    );
    const result = validateFloorPlan(doc);
    expect(reported(result)).toEqual([
      ['f-0-office', 'id'],
      ['f-0-store', 'id'],
    ]);
    expect(!result.ok && result.errors[0].message).toBe('room "f-0-office" cannot be reached from any corridor through doors');
  });

  it('does not check reachability on a floor without corridors', () => {
    const doc = looseFixture();
    setAt(doc, 'f-0-corridor', 'properties.type', 'lobby');
    addFeatures(
      doc,
      room('f-0-office', 'office', EAST_UPPER),
      room('f-0-store', 'storage', EAST_LOWER),
      door('f-0-d4', [18, 3], ['f-0-office', 'f-0-store']),
    );
    expect(validateFloorPlan(doc).ok).toBe(true);
  });

  it('rejects a vertical link used twice on one floor', () => {
    const doc = looseFixture();
    addFeatures(
      doc,
      room('f-0-lift', 'elevator', EAST_UPPER, { verticalLink: 'stairs-1' }),
      door('f-0-d4', [16, 6], ['f-0-lift', 'f-0-stairs']),
    );
    expect(reported(validateFloorPlan(doc))).toEqual([['f-0-lift', 'properties.verticalLink']]);
  });
});
