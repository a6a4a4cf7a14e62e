import { validateFloorPlan } from './floorplan-validator.js';
import { addFeatures, looseFixture, removeAt, reported, setAt } from './testing/floor-plan-fixture.js';

const GATEWAY = 'f-0-gw-1';
const SENSOR = 'f-0-env-1';

describe('validateFloorPlan: devices', () => {
  it.each<[string, string, string, unknown]>([
    ['an unknown device type', GATEWAY, 'properties.deviceType', 'camera'],
    ['an empty name', GATEWAY, 'properties.name', ''],
    ['a negative mount height', GATEWAY, 'properties.mountHeightM', -0.5],
    ['a room id that is not a string', GATEWAY, 'properties.roomId', 12],
    ['measures on a gateway', GATEWAY, 'properties.measures', ['temperature']],
    ['a sensor measuring nothing', SENSOR, 'properties.measures', []],
    ['a sensor measuring something unknown', SENSOR, 'properties.measures', ['temperature', 'noise']],
    ['a sensor listing a measure twice', SENSOR, 'properties.measures', ['humidity', 'humidity']],
  ])('rejects %s', (_case, id, field, value) => {
    const doc = looseFixture();
    setAt(doc, id, field, value);
    expect(reported(validateFloorPlan(doc))).toEqual([[id, field]]);
  });

  it('rejects an environment sensor without measures', () => {
    const doc = looseFixture();
    removeAt(doc, SENSOR, 'properties.measures');
    expect(reported(validateFloorPlan(doc))).toEqual([[SENSOR, 'properties.measures']]);
  });

  it('rejects a device in a room that does not exist', () => {
    const doc = looseFixture();
    setAt(doc, GATEWAY, 'properties.roomId', 'f-0-room-9');
    expect(reported(validateFloorPlan(doc))).toEqual([[GATEWAY, 'properties.roomId']]);
  });

  it('rejects a device whose room id names a door', () => {
    const doc = looseFixture();
    setAt(doc, GATEWAY, 'properties.roomId', 'f-0-d1');
    expect(reported(validateFloorPlan(doc))).toEqual([[GATEWAY, 'properties.roomId']]);
  });

  it('rejects a device placed outside the room it names', () => {
    const doc = looseFixture();
    setAt(doc, GATEWAY, 'geometry.coordinates', [9, 6.5]);
    const result = validateFloorPlan(doc);
    expect(reported(result)).toEqual([[GATEWAY, 'geometry.coordinates']]);
    expect(!result.ok && result.errors[0].message).toBe('the device at [9, 6.5] is outside its room "f-0-room-1" (Room 1)');
  });

  it('accepts a device on the wall of its room', () => {
    const doc = looseFixture();
    setAt(doc, GATEWAY, 'geometry.coordinates', [6, 6.5]);
    expect(validateFloorPlan(doc).ok).toBe(true);
  });

  it('rejects a device outside the floor', () => {
    const doc = looseFixture();
    setAt(doc, 'f-0-hh-1', 'geometry.coordinates', [21, 1.5]);
    expect(reported(validateFloorPlan(doc))).toEqual([['f-0-hh-1', 'geometry.coordinates']]);
  });

  it('rejects a device without a position', () => {
    const doc = looseFixture();
    setAt(doc, 'f-0-hh-1', 'geometry.coordinates', []);
    expect(reported(validateFloorPlan(doc))).toEqual([['f-0-hh-1', 'geometry.coordinates']]);
  });

  describe('door counters', () => {
    const COUNTER = 'f-0-dc-1';
    const counter = (at: [number, number], roomId?: string) => ({
      type: 'Feature',
      id: COUNTER,
      geometry: { type: 'Point', coordinates: at },
      properties: { kind: 'device', deviceType: 'door_counter', name: 'Door counter, Room 1', ...(roomId === undefined ? {} : { roomId }), mountHeightM: 2.1 },
    });
    const validate = (feature: object) => {
      const doc = looseFixture();
      addFeatures(doc, feature);
      return validateFloorPlan(doc);
    };

    it('accepts a counter in its room within 2 m of its door (door d1 at [3, 3]: 1.5 m and exactly 2 m)', () => {
      expect(validate(counter([3, 4.5], 'f-0-room-1')).ok).toBe(true);
      expect(validate(counter([3, 5], 'f-0-room-1')).ok).toBe(true);
    });

    it('rejects a counter without the room whose entries it counts', () => {
      const result = validate(counter([3, 4.5]));
      expect(reported(result)).toEqual([[COUNTER, 'properties.roomId']]);
      expect(!result.ok && result.errors[0].message).toBe('a door counter needs the room whose entries it counts');
    });

    it('rejects a counter more than 2 m from every door of its room', () => {
      const result = validate(counter([3, 5.01], 'f-0-room-1'));
      expect(reported(result)).toEqual([[COUNTER, 'geometry.coordinates']]);
      expect(!result.ok && result.errors[0].message).toBe('the door counter is 2.01 m from the nearest door of room "f-0-room-1"; fit it within 2 m of the door it counts');
    });
  });
});
