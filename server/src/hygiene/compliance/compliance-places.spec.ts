import { CARE_ROOM_TYPES, careRoomsOf, dispenserRoomsOf, dispensersServingRooms, type PlanDispenser, type PlanDoor, type PlanRoom } from './compliance-places.js';
import { ROOM_TYPES } from '../../floorplan/import/floorplan-format.js';

const room = (id: string, type: PlanRoom['type'], isolation: PlanRoom['isolation'] = 'none', floorId = 'f1'): PlanRoom => ({ id, floorId, type, unit: 'ward', isolation });

describe('care rooms', () => {
  it('are patient rooms, ICU bays and ED bays, and nothing else', () => {
    const rooms = ROOM_TYPES.map((type) => room(`r-${type}`, type));
    expect([...careRoomsOf(rooms).keys()]).toEqual(['r-patient_room', 'r-icu_bay', 'r-ed_bay']);
    expect(CARE_ROOM_TYPES).not.toContain('operating_room');
  });

  it('follow the isolation rule for every isolation kind of the plan', () => {
    const rooms = careRoomsOf([room('a', 'patient_room', 'none'), room('b', 'patient_room', 'airborne'), room('c', 'icu_bay', 'contact'), room('d', 'ed_bay', 'protective')]);
    expect([...rooms.values()]).toEqual([
      { id: 'a', unit: 'ward', isolation: false },
      { id: 'b', unit: 'ward', isolation: true },
      { id: 'c', unit: 'ward', isolation: true },
      { id: 'd', unit: 'ward', isolation: true },
    ]);
  });
});

describe('the rooms a dispenser serves', () => {
  //  y 6 ┌──── r1 ────┬──── r2 ────┬─ store ─┐
  //      │            │            │         │
  //    3 └─── d1 ─────┴──── d2 ────┴── d3 ───┘   doors at (3,3), (9,3), (15,3)
  //             corridor (y 0-3)
  const careRooms = careRoomsOf([room('r1', 'patient_room'), room('r2', 'patient_room', 'contact'), room('store', 'storage'), room('corridor', 'corridor'), room('r9', 'patient_room', 'none', 'f2')]);
  const doors: PlanDoor[] = [
    { floorId: 'f1', x: 3, y: 3, rooms: ['r1', 'corridor'] },
    { floorId: 'f1', x: 9, y: 3, rooms: ['r2', 'corridor'] },
    { floorId: 'f1', x: 15, y: 3, rooms: ['store', 'corridor'] },
    { floorId: 'f2', x: 3, y: 3, rooms: ['r9', 'corridor-2'] },
  ];
  const served = (dispenser: Omit<PlanDispenser, 'id' | 'floorId'> & { floorId?: string }) => dispenserRoomsOf([{ id: 'd', floorId: 'f1', ...dispenser }], doors, careRooms).get('d');

  it('is the care room it is placed in, and only that one, even next to another door', () => {
    expect(served({ roomId: 'r1', x: 5.9, y: 4 })).toEqual(['r1']);
    // 0.1 m from r2's door, but inside r1: r1 only.
    expect(served({ roomId: 'r1', x: 8.9, y: 3 })).toEqual(['r1']);
  });

  it('outside care rooms: the care rooms whose door is within 3 m, the edge included', () => {
    expect(served({ roomId: 'corridor', x: 3, y: 0 })).toEqual(['r1']); // exactly 3 m
    expect(served({ roomId: 'corridor', x: 3, y: -0.01 })).toBeUndefined(); // 3.01 m
    expect(served({ roomId: 'corridor', x: 6, y: 3 })).toEqual(['r1', 'r2']); // 3 m from both doors
    expect(served({ roomId: null, x: 9, y: 1 })).toEqual(['r2']); // in no room
  });

  it('does not serve a door that does not open onto its own room, nor a non-care room, nor another floor', () => {
    // In the store, 1 m from r2's door (which joins r2 and the corridor): a wall between.
    expect(served({ roomId: 'store', x: 10, y: 3.5 })).toBeUndefined();
    // The store's own door is near, but the store is no care room.
    expect(served({ roomId: 'corridor', x: 15, y: 1 })).toBeUndefined();
    expect(served({ roomId: null, x: 3, y: 3, floorId: 'f2' })).toEqual(['r9']);
    expect(served({ roomId: null, x: 3, y: 3, floorId: 'f3' })).toBeUndefined();
  });

  it('answers the other way round for any set of rooms (group-level figures: the rooms with door counters)', () => {
    const dispensers: PlanDispenser[] = [
      { id: 'in-store', floorId: 'f1', roomId: 'store', x: 14, y: 5 },
      { id: 'between', floorId: 'f1', roomId: 'corridor', x: 6, y: 3 },
      { id: 'in-r1', floorId: 'f1', roomId: 'r1', x: 2, y: 5 },
    ];
    const serving = dispensersServingRooms(['r1', 'store', 'r2'], dispensers, doors);
    expect(Object.fromEntries([...serving].map(([roomId, ids]) => [roomId, [...ids].sort()]))).toEqual({ r1: ['between', 'in-r1'], store: ['in-store'], r2: ['between'] });
  });
});
