import { validateFloorPlan } from './floorplan-validator.js';
import { addFeatures, floorPlanFixture, looseFixture, removeAt, reported, setAt } from './testing/floor-plan-fixture.js';

describe('validateFloorPlan: the whole document', () => {
  it('accepts the fixture floor and returns it parsed, with derived area and centroid', () => {
    const result = validateFloorPlan(floorPlanFixture());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { plan } = result;
    expect(plan.floor.id).toBe('f-0');
    expect(plan.rooms.map((room) => room.id)).toEqual(['f-0-corridor', 'f-0-room-1', 'f-0-med', 'f-0-stairs']);
    expect(plan.rooms[1]).toMatchObject({ areaM2: 42, centroid: [3, 6.5], unit: 'Test ward', verticalLink: null });
    expect(plan.rooms[3].verticalLink).toBe('stairs-1');
    expect(plan.doors[0]).toEqual({ id: 'f-0-d1', x: 3, y: 3, rooms: ['f-0-room-1', 'f-0-corridor'] });
    expect(plan.devices.find((d) => d.id === 'f-0-hh-1')).toMatchObject({ roomId: null, mountHeightM: null, measures: null });
    expect(plan.devices.find((d) => d.id === 'f-0-env-1')?.measures).toEqual(['temperature']);
  });

  it('reports every broken rule at once, not only the first', () => {
    const doc = looseFixture();
    setAt(doc, null, 'wardwatch.floor.plan.pixelsPerMetre', 0);
    setAt(doc, 'f-0-room-1', 'properties.type', 'kitchen');
    setAt(doc, 'f-0-gw-1', 'properties.deviceType', 'camera');
    removeAt(doc, 'f-0-d2', 'properties.rooms');
    expect(reported(validateFloorPlan(doc))).toEqual([
      [undefined, 'wardwatch.floor.plan.pixelsPerMetre'],
      ['f-0-room-1', 'properties.type'],
      ['f-0-d2', 'properties.rooms'],
      ['f-0-gw-1', 'properties.deviceType'],
      ['f-0-med', 'id'], // its only door no longer names it
    ]);
  });

  it('rejects a document that is not an object', () => {
    expect(reported(validateFloorPlan('not a plan'))).toEqual([[undefined, 'document']]);
    expect(reported(validateFloorPlan(null))).toEqual([[undefined, 'document']]);
  });

  it('rejects a GeoJSON object that is not a FeatureCollection', () => {
    const doc = looseFixture();
    setAt(doc, null, 'type', 'Feature');
    expect(reported(validateFloorPlan(doc))).toEqual([[undefined, 'type']]);
  });

  it('rejects features that are not an array', () => {
    const doc = looseFixture();
    setAt(doc, null, 'features', {});
    expect(reported(validateFloorPlan(doc))).toEqual([[undefined, 'features']]);
  });

  it('rejects a floor without rooms', () => {
    const doc = looseFixture();
    setAt(doc, null, 'features', []);
    expect(reported(validateFloorPlan(doc))).toEqual([[undefined, 'features']]);
  });

  it('names a feature without an id by its index', () => {
    const doc = looseFixture();
    removeAt(doc, 'f-0-hh-1', 'id');
    expect(reported(validateFloorPlan(doc))).toEqual([['features[10]', 'id']]);
  });

  it('rejects an id with characters outside the id alphabet', () => {
    const doc = looseFixture();
    setAt(doc, 'f-0-hh-1', 'id', 'hh 1');
    expect(reported(validateFloorPlan(doc))).toEqual([['hh 1', 'id']]);
  });

  it('rejects a duplicate id on the later feature', () => {
    const doc = looseFixture();
    setAt(doc, 'f-0-hh-1', 'id', 'f-0-gw-1');
    const result = validateFloorPlan(doc);
    expect(reported(result)).toEqual([['f-0-gw-1', 'id']]);
    expect(!result.ok && result.errors[0].message).toContain('features[7]');
  });

  it('rejects a feature that is not an object', () => {
    const doc = looseFixture();
    addFeatures(doc, 42);
    expect(reported(validateFloorPlan(doc))).toEqual([['features[11]', 'feature']]);
  });

  it('rejects a feature whose type is not "Feature"', () => {
    const doc = looseFixture();
    setAt(doc, 'f-0-hh-1', 'type', 'Point');
    expect(reported(validateFloorPlan(doc))).toEqual([['f-0-hh-1', 'type']]);
  });

  it('rejects a feature without properties', () => {
    const doc = looseFixture();
    removeAt(doc, 'f-0-hh-1', 'properties');
    expect(reported(validateFloorPlan(doc))).toEqual([['f-0-hh-1', 'properties']]);
  });

  it('rejects an unknown feature kind', () => {
    const doc = looseFixture();
    setAt(doc, 'f-0-hh-1', 'properties.kind', 'window');
    expect(reported(validateFloorPlan(doc))).toEqual([['f-0-hh-1', 'properties.kind']]);
  });

  it('ignores unknown extra properties so newer files still import', () => {
    const doc = looseFixture();
    setAt(doc, 'f-0-room-1', 'properties.colour', 'blue');
    setAt(doc, null, 'wardwatch.floor.architect', 'A. Builder');
    expect(validateFloorPlan(doc).ok).toBe(true);
  });
});
