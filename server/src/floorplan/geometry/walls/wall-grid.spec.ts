import { segmentsIntersect } from '../polygon.js';
import { BuildingModel } from '../../building/building-model.js';
import { Prng } from '../../../simulator/prng.js';
import { loadStMarysFloors } from '../../../simulator/testing/st-marys.js';
import { testFloor, twoRoomFloor } from '../../../simulator/testing/plan-builder.js';
import { DEFAULT_RADIO_CONFIG } from '../../../simulator/radio/radio-config.js';
import { WallGrid } from './wall-grid.js';
import { buildWallSegments } from './wall-segments.js';

function gridOf(building: BuildingModel, floorIndex: number, cellM = 4): WallGrid {
  const floor = building.floors[floorIndex];
  const walls = buildWallSegments(
    building.roomsOn(floor.id),
    building.doors.filter((door) => door.floorId === floor.id),
    DEFAULT_RADIO_CONFIG,
  );
  return new WallGrid(walls, floor.widthM, floor.heightM, cellM);
}

describe('WallGrid', () => {
  const twoRooms = gridOf(BuildingModel.fromFloorPlans([twoRoomFloor()]), 0);

  it('counts nothing inside one room and one wall between neighbours', () => {
    expect(twoRooms.crossedWalls(2, 2, 6, 6)).toEqual([]);
    expect(twoRooms.lossAlong(2, 2, 6, 6)).toBe(0);
    // (4, 4) → (12, 4) crosses x = 8 at y 4: the light wall, 3.4 dB.
    expect(twoRooms.crossedWalls(4, 4, 12, 4).map((i) => twoRooms.walls[i].kind)).toEqual(['interior']);
    expect(twoRooms.lossAlong(4, 4, 12, 4)).toBeCloseTo(3.4, 12);
    // (4, 1) → (12, 1) goes through the door opening: 3 dB.
    expect(twoRooms.lossAlong(4, 1, 12, 1)).toBeCloseTo(3, 12);
    // Out through the building's outline: a heavy wall, 6.9 dB.
    expect(twoRooms.lossAlong(4, 4, 4, 19)).toBeCloseTo(6.9, 12);
  });

  it('does not count a wall the line only runs along or ends on', () => {
    expect(twoRooms.lossAlong(8, 2, 8, 7)).toBe(0);
    expect(twoRooms.lossAlong(4, 4, 8, 4)).toBe(0);
    expect(twoRooms.lossAlong(8, 4, 12, 4)).toBe(0);
  });

  it('counts the walls of every room crossed, in a row of rooms', () => {
    const plan = testFloor({
      id: 'row',
      rooms: [
        { id: 'c', type: 'corridor', box: [0, 0, 20, 3] },
        ...[0, 1, 2, 3, 4].map((i) => ({
          id: `r${i}`,
          type: 'patient_room' as const,
          box: [4 * i, 3, 4 * i + 4, 8] as [number, number, number, number],
        })),
      ],
      doors: [0, 1, 2, 3, 4].map((i) => ({ id: `d${i}`, at: [4 * i + 2, 3] as [number, number], rooms: [`r${i}`, 'c'] as [string, string] })),
    });
    const grid = gridOf(BuildingModel.fromFloorPlans([plan]), 0, 3);
    // From the middle of r0 to the middle of r4 at y 6: the four partitions at x 4, 8, 12, 16.
    expect(grid.crossedWalls(2, 6, 18, 6)).toHaveLength(4);
    expect(grid.lossAlong(2, 6, 18, 6)).toBeCloseTo(4 * 3.4, 9);
    // Diagonal from r0 (1, 7) into the corridor (19, 1), y = 7 − (x − 1)/3: the partitions at x 4 (y 6),
    // 8 (y 4.67) and 12 (y 3.33), then r3's corridor wall at x 13 (y 3; its door opening is 13.4–14.6).
    const crossed = grid.crossedWalls(1, 7, 19, 1).map((i) => grid.walls[i].rooms.join('|'));
    expect(crossed.sort()).toEqual(['c|r3', 'r0|r1', 'r1|r2', 'r2|r3']);
    expect(grid.lossAlong(1, 7, 19, 1)).toBeCloseTo(4 * 3.4, 9);
  });

  it('stops counting once the loss passes the budget', () => {
    const full = twoRooms.lossAlong(4, 4, 4, 19);
    expect(twoRooms.lossAlong(4, 4, 4, 19, 1)).toBeGreaterThan(1);
    expect(twoRooms.lossAlong(4, 4, 4, 19, 1)).toBeLessThanOrEqual(full);
  });

  it('finds the same walls as testing every wall, on the St Mary’s floors', () => {
    const building = BuildingModel.fromFloorPlans(loadStMarysFloors());
    const prng = new Prng(3);
    for (const floor of building.floors) {
      const grid = gridOf(building, floor.index);
      let crossings = 0;
      let nearJoints = 0;
      for (let i = 0; i < 600; i++) {
        const a: [number, number] = [prng.uniform(4, 104), prng.uniform(12, 64)];
        const b: [number, number] = [prng.uniform(4, 104), prng.uniform(12, 64)];
        const expected = grid.walls
          .map((wall, index) => (segmentsIntersect(a, b, [wall.x1, wall.y1], [wall.x2, wall.y2]) ? index : -1))
          .filter((index) => index >= 0);
        const found = grid.crossedWalls(a[0], a[1], b[0], b[1]);
        // segmentsIntersect counts touching within 0.1 mm, so a line through the joint of two wall pieces
        // touches both; the grid counts such a crossing once. Everything else must agree exactly.
        const missing = expected.filter((index) => !found.includes(index));
        expect(found.filter((index) => !expected.includes(index))).toEqual([]);
        const touches = (point: [number, number], index: number) => {
          const wall = grid.walls[index];
          return segmentsIntersect(point, point, [wall.x1, wall.y1], [wall.x2, wall.y2]);
        };
        for (const index of missing) {
          const wall = grid.walls[index];
          const ends: Array<[number, number]> = [[wall.x1, wall.y1], [wall.x2, wall.y2]];
          const atJoint = ends.some((end) => found.some((other) => touches(end, other)));
          expect(atJoint).toBe(true);
          nearJoints++;
        }
        crossings += found.length;
      }
      // The lines do cross walls (several each on average), so the comparison means something.
      expect(crossings / 600).toBeGreaterThan(3);
      expect(nearJoints).toBeLessThan(10);
    }
  });
});
