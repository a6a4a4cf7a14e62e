import { loadStMarysFloors } from '../../simulator/testing/st-marys.js';
import { LocationEngine } from '../engine/location-engine.js';
import { replay, MINUTE } from '../engine/testing/replay.js';
import { parked, simulateSightings } from '../engine/testing/simulated-radio.js';
import { siteModelFingerprint, siteModelOfFloorPlans } from './site-model-of-floor-plans.js';

const plans = loadStMarysFloors();
const model = siteModelOfFloorPlans(plans);

describe("the site model of St Mary's floor plans", () => {
  it('has both floors with their levels and extents', () => {
    expect(model.floors).toEqual([
      { id: 'main-0', level: 0, widthM: 108, heightM: 72 },
      { id: 'main-1', level: 1, widthM: 108, heightM: 72 },
    ]);
  });

  it('has every room on its floor, with its type, outline and shaft', () => {
    const rooms = plans.flatMap((plan) => plan.rooms.map((room) => ({ id: room.id, floorId: plan.floor.id, type: room.type, polygon: room.polygon, verticalLink: room.verticalLink })));
    expect(model.rooms).toEqual(rooms);
    const shafts = model.rooms.filter((room) => room.type === 'stairs' || room.type === 'elevator');
    expect(shafts.length).toBeGreaterThan(0);
    expect(shafts.every((room) => typeof room.verticalLink === 'string')).toBe(true);
  });

  it('takes every BLE gateway, and only those, with its room, position and a zero RSSI offset', () => {
    const gateways = plans.flatMap((plan) => plan.devices.filter((device) => device.deviceType === 'ble_gateway'));
    expect(model.gateways).toHaveLength(gateways.length);
    expect(model.gateways.length).toBeGreaterThan(250);
    const first = gateways[0];
    expect(model.gateways.find((gateway) => gateway.id === first.id)).toEqual({
      id: first.id,
      floorId: 'main-0',
      roomId: first.roomId,
      x: first.x,
      y: first.y,
      rssiOffsetDb: 0,
    });
    const dispenser = plans[0].devices.find((device) => device.deviceType === 'hand_hygiene_dispenser');
    expect(model.gateways.some((gateway) => gateway.id === dispenser?.id)).toBe(false);
  });

  it('applies a gateway’s calibration when one is known', () => {
    const calibrated = siteModelOfFloorPlans(plans, new Map([['main-0-gw-001', -3]]));
    expect(calibrated.gateways.find((gateway) => gateway.id === 'main-0-gw-001')?.rssiOffsetDb).toBe(-3);
  });

  it('links the rooms each door joins', () => {
    const doors = plans.flatMap((plan) => plan.doors);
    expect(model.roomLinks).toHaveLength(doors.length);
    expect(model.roomLinks).toContainEqual(doors[0].rooms);
  });

  it('is fingerprinted by content: floor order does not matter, a moved gateway does', () => {
    expect(siteModelFingerprint(siteModelOfFloorPlans([...plans].reverse()))).toBe(siteModelFingerprint(model));
    const moved = plans.map((plan) => ({ ...plan, devices: plan.devices.map((device, i) => (i === 0 ? { ...device, x: device.x + 1 } : device)) }));
    expect(siteModelFingerprint(siteModelOfFloorPlans(moved))).not.toBe(siteModelFingerprint(model));
  });

  it('lets the engine place a tag parked in an ICU bay in that bay', () => {
    const bay = model.rooms.find((room) => room.type === 'icu_bay');
    if (!bay) throw new Error('no ICU bay');
    const plan = plans.find((p) => p.floor.id === bay.floorId);
    const [x, y] = plan?.rooms.find((room) => room.id === bay.id)?.centroid ?? [0, 0];
    const engine = new LocationEngine(model);
    const t0 = Date.UTC(2025, 0, 6, 8, 0, 0);
    const { transitions } = replay(engine, simulateSightings(model, parked(bay.floorId, x, y), { tagId: 'pump-1', seed: 5, fromMs: t0, toMs: t0 + 2 * MINUTE }));
    expect(transitions).toEqual([{ tagId: 'pump-1', fromRoomId: null, toRoomId: bay.id, floorId: bay.floorId, enteredAt: expect.any(Number) }]);
  });
});
