import { dispensersServingRooms, type DispenserPlacement, type DoorPlacement } from './dispensers-serving-rooms.js';

/**
 * Floor f: corridor along y 0..3; room A (x 0..6) door at (3, 3); room B (x 6..12) door at (9, 3).
 * Floor g has the same drawing coordinates.
 */
const doors: DoorPlacement[] = [
  { floorId: 'f', x: 3, y: 3, rooms: ['A', 'corridor'] },
  { floorId: 'f', x: 9, y: 3, rooms: ['B', 'corridor'] },
];
const corridors = new Set(['corridor']);
const dispenser = (id: string, roomId: string | null, x: number, y: number, floorId = 'f'): DispenserPlacement => ({ id, floorId, roomId, x, y });
const served = (dispensers: DispenserPlacement[]) => Object.fromEntries([...dispensersServingRooms(['A', 'B'], dispensers, doors, corridors)].map(([room, ids]) => [room, [...ids].sort()]));

describe('dispensers serving a room', () => {
  it('counts the dispensers placed in the room, wherever they stand in it', () => {
    expect(served([dispenser('in-A-door', 'A', 3, 3.5), dispenser('in-A-bed', 'A', 1, 9), dispenser('in-B', 'B', 11, 9)])).toEqual({ A: ['in-A-bed', 'in-A-door'], B: ['in-B'] });
  });

  it('counts a corridor dispenser within 3 m of the door (3 m exactly), not one farther (3.01 m)', () => {
    expect(served([dispenser('at-3m', 'corridor', 3, 0), dispenser('at-3.01m', 'corridor', 3, -0.01)])).toEqual({ A: ['at-3m'], B: [] });
  });

  it('lets a corridor dispenser between two doors serve both rooms (6 m apart: 3 m from each)', () => {
    expect(served([dispenser('between', 'corridor', 6, 3)])).toEqual({ A: ['between'], B: ['between'] });
  });

  it('takes a dispenser in no room as a corridor one', () => {
    expect(served([dispenser('unplaced', null, 9, 1)])).toEqual({ A: [], B: ['unplaced'] });
  });

  it('never lends a dispenser inside one room to the room next door, however near its door', () => {
    expect(served([dispenser('in-B-by-A', 'B', 6.1, 3.2)])).toEqual({ A: [], B: ['in-B-by-A'] });
  });

  it('ignores dispensers on another floor at the same drawing coordinates', () => {
    expect(served([dispenser('upstairs', 'corridor', 3, 2, 'g')])).toEqual({ A: [], B: [] });
  });
});
