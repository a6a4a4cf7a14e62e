import { BuildingModel, DEFAULT_GATEWAY_MOUNT_HEIGHT_M } from './building-model.js';
import { loadStMarysFloors } from '../../simulator/testing/st-marys.js';
import { testFloor, twoRoomFloor } from '../../simulator/testing/plan-builder.js';

describe('BuildingModel', () => {
  it('loads the St Mary’s demo floors: rooms, doors and every BLE gateway of each', () => {
    const floors = loadStMarysFloors();
    const building = BuildingModel.fromFloorPlans(floors);
    expect(building.floors.map((floor) => [floor.id, floor.level, floor.elevationM])).toEqual([
      ['main-0', 0, 0],
      ['main-1', 1, 4.2],
    ]);
    for (const [index, plan] of floors.entries()) {
      const floorId = plan.floor.id;
      expect(building.roomsOn(floorId)).toHaveLength(plan.rooms.length);
      const gateways = plan.devices.filter((device) => device.deviceType === 'ble_gateway');
      expect(building.gateways.filter((gateway) => gateway.floorIndex === index).map((gateway) => gateway.id)).toEqual(
        gateways.map((device) => device.id),
      );
    }
    expect(building.rooms.length).toBeGreaterThan(190);
    expect(building.gateways.length).toBeGreaterThan(290);
    // Indices are positions in the lists (the radio's arrays rely on it).
    building.gateways.forEach((gateway, i) => expect(gateway.index).toBe(i));
    building.rooms.forEach((room, i) => expect(room.index).toBe(i));
    // Every door is listed by both of its rooms.
    for (const door of building.doors) for (const roomId of door.rooms) expect(building.room(roomId).doorIds).toContain(door.id);
  });

  it('links each stair and elevator to the same shaft on the other floor', () => {
    const building = BuildingModel.fromFloorPlans(loadStMarysFloors());
    expect(building.linkedShafts('main-0-stairs-a').map((room) => room.id)).toEqual(['main-1-stairs-a']);
    expect(building.linkedShafts('main-1-bed-elevator').map((room) => room.id)).toEqual(['main-0-bed-elevator']);
    expect(building.linkedShafts('main-0-main-corridor-west')).toEqual([]);
  });

  it('knows which rooms are convex', () => {
    const building = BuildingModel.fromFloorPlans(loadStMarysFloors());
    expect(building.room('main-0-main-lobby').convex).toBe(false);
    expect(building.room('main-0-stairs-a').convex).toBe(true);
  });

  it('puts a gateway without a mount height at the ceiling', () => {
    const plan = twoRoomFloor();
    plan.devices[0] = { ...plan.devices[0], mountHeightM: null };
    const building = BuildingModel.fromFloorPlans([plan]);
    expect(building.gateway('f0-gw-a').mountHeightM).toBe(DEFAULT_GATEWAY_MOUNT_HEIGHT_M);
    expect(building.gateway('f0-gw-b').mountHeightM).toBe(2.7);
  });

  it('refuses a floor given twice, and answers unknown ids with a RangeError', () => {
    expect(() => BuildingModel.fromFloorPlans([twoRoomFloor('f0'), twoRoomFloor('f0')])).toThrow(RangeError);
    expect(() => BuildingModel.fromFloorPlans([])).toThrow(RangeError);
    const building = BuildingModel.fromFloorPlans([testFloor({ id: 'x', rooms: [{ id: 'x-c', type: 'corridor', box: [0, 0, 5, 3] }] })]);
    expect(() => building.room('nope')).toThrow(RangeError);
    expect(() => building.gateway('nope')).toThrow(RangeError);
  });
});
