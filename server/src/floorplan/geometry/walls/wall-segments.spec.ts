import { BuildingModel } from '../../building/building-model.js';
import { testFloor, twoRoomFloor } from '../../../simulator/testing/plan-builder.js';
import { DEFAULT_RADIO_CONFIG } from '../../../simulator/radio/radio-config.js';
import { type WallSegment, buildWallSegments } from './wall-segments.js';

function wallsOf(building: BuildingModel, floorId: string): WallSegment[] {
  return buildWallSegments(
    building.roomsOn(floorId),
    building.doors.filter((door) => door.floorId === floorId),
    DEFAULT_RADIO_CONFIG,
  );
}

const length = (wall: WallSegment) => Math.hypot(wall.x2 - wall.x1, wall.y2 - wall.y1);
const totalLength = (walls: readonly WallSegment[]) => walls.reduce((sum, wall) => sum + length(wall), 0);

describe('walls from room outlines', () => {
  it('counts a wall two rooms share once, and cuts a door opening into it', () => {
    const walls = wallsOf(BuildingModel.fromFloorPlans([twoRoomFloor()]), 'f0');
    const shared = walls.filter((wall) => wall.x1 === 8 && wall.x2 === 8);
    // x = 8 from y 0 to 8: wall 0–0.4, door 0.4–1.6 (1.2 m around the door at y 1), wall 1.6–8.
    expect(shared.map((wall) => [wall.kind, Math.min(wall.y1, wall.y2), Math.max(wall.y1, wall.y2), wall.lossDb])).toEqual([
      ['interior', 0, expect.closeTo(0.4, 9), 3.4],
      ['door', expect.closeTo(0.4, 9), expect.closeTo(1.6, 9), 3],
      ['interior', expect.closeTo(1.6, 9), 8, 3.4],
    ]);
    expect(shared.every((wall) => wall.rooms.join() === 'f0-a,f0-b')).toBe(true);
    // The outline: 16 + 16 + 8 + 8 = 48 m of exterior wall, all heavy.
    const exterior = walls.filter((wall) => wall.kind === 'exterior');
    expect(totalLength(exterior)).toBeCloseTo(48, 9);
    expect(exterior.every((wall) => wall.lossDb === 6.9 && wall.rooms.length === 1)).toBe(true);
    expect(walls).toHaveLength(shared.length + exterior.length);
  });

  it('splits a corridor side into the walls of the rooms along it', () => {
    // Three rooms (4 m each) along a 12 m corridor: the corridor's north side is three walls, not one.
    const plan = testFloor({
      id: 'f1',
      rooms: [
        { id: 'c', type: 'corridor', box: [0, 0, 12, 3] },
        { id: 'r1', type: 'patient_room', box: [0, 3, 4, 8] },
        { id: 'r2', type: 'patient_room', box: [4, 3, 8, 8] },
        { id: 's', type: 'stairs', box: [8, 3, 12, 8], verticalLink: 'st' },
      ],
      doors: [
        { id: 'd1', at: [2, 3], rooms: ['r1', 'c'] },
        { id: 'd2', at: [6, 3], rooms: ['r2', 'c'] },
        { id: 'd3', at: [10, 3], rooms: ['s', 'c'] },
      ],
    });
    const walls = wallsOf(BuildingModel.fromFloorPlans([plan]), 'f1');
    const north = walls.filter((wall) => wall.y1 === 3 && wall.y2 === 3);
    expect(totalLength(north)).toBeCloseTo(12, 9);
    expect(north.filter((wall) => wall.kind === 'door')).toHaveLength(3);
    // The stair shaft's wall is heavy (6.9 dB), the patient rooms' light (3.4 dB).
    const stairWall = north.filter((wall) => wall.kind === 'interior' && wall.rooms.includes('s'));
    expect(stairWall.every((wall) => wall.lossDb === 6.9)).toBe(true);
    const roomWall = north.filter((wall) => wall.kind === 'interior' && wall.rooms.includes('r1'));
    expect(roomWall.every((wall) => wall.lossDb === 3.4)).toBe(true);
    // r1|r2 and r2|s each share one 5 m wall.
    const partitions = walls.filter((wall) => wall.x1 === wall.x2 && (wall.x1 === 4 || wall.x1 === 8));
    expect(partitions.map((wall) => wall.rooms.join('|')).sort()).toEqual(['r1|r2', 'r2|s']);
    expect(partitions.map((wall) => wall.lossDb).sort()).toEqual([3.4, 6.9]);
  });

  it('leaves no wall where a door joins two open-plan spaces (an archway between corridors)', () => {
    const plan = testFloor({
      id: 'f2',
      rooms: [
        { id: 'west', type: 'corridor', box: [0, 0, 10, 3] },
        { id: 'east', type: 'corridor', box: [10, 0, 20, 3] },
      ],
      doors: [{ id: 'arch', at: [10, 1.5], rooms: ['west', 'east'] }],
    });
    const walls = wallsOf(BuildingModel.fromFloorPlans([plan]), 'f2');
    expect(walls.filter((wall) => wall.x1 === 10 && wall.x2 === 10)).toEqual([]);
    expect(walls.every((wall) => wall.kind === 'exterior')).toBe(true);
  });
});
