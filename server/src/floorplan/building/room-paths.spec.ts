import type { Point } from '../geometry/polygon.js';
import { pointInPolygon } from '../geometry/polygon.js';
import { BuildingModel } from './building-model.js';
import { RoomNavigator, polylineLength, segmentInside } from './room-paths.js';
import { testFloor } from '../../simulator/testing/plan-builder.js';

/**
 * An L-shaped room:
 *
 *   y=10 ┌────┐
 *        │    │
 *   y=4  │    └─────────┐
 *        │      L       │
 *   y=0  └──────────────┘
 *        x=0  x=4      x=12
 */
const L: Array<[number, number]> = [[0, 0], [12, 0], [12, 4], [4, 4], [4, 10], [0, 10], [0, 0]];

function lRoomNavigator(): RoomNavigator {
  const plan = testFloor({ id: 'l', rooms: [{ id: 'l-room', type: 'corridor', ring: L }] });
  return new RoomNavigator(BuildingModel.fromFloorPlans([plan]).room('l-room'));
}

function everyPointInside(path: readonly Point[], ring: readonly Point[]): boolean {
  for (let i = 1; i < path.length; i++) {
    for (let t = 0; t <= 1; t += 0.01) {
      const p: Point = [path[i - 1][0] + t * (path[i][0] - path[i - 1][0]), path[i - 1][1] + t * (path[i][1] - path[i - 1][1])];
      if (!pointInPolygon(p, ring, 1e-6)) return false;
    }
  }
  return true;
}

describe('RoomNavigator', () => {
  it('walks straight when the straight line stays inside', () => {
    expect(lRoomNavigator().path([1, 1], [11, 3])).toEqual([
      [1, 1],
      [11, 3],
    ]);
  });

  it('turns at the inner corner of an L-shaped room, 0.3 m clear of it', () => {
    const navigator = lRoomNavigator();
    const path = navigator.path([2, 9], [11, 2]);
    // The straight line would cut across the missing quarter (e.g. (6.5, 5.5) is outside).
    expect(segmentInside([2, 9], [11, 2], L)).toBe(false);
    expect(path).toHaveLength(3);
    // The turn is at the corner (4, 4) stepped along the bisector into the room, 0.3 m from both walls.
    expect(path[1][0]).toBeCloseTo(3.7, 9);
    expect(path[1][1]).toBeCloseTo(3.7, 9);
    expect(everyPointInside(path, L)).toBe(true);
    expect(navigator.distance([2, 9], [11, 2])).toBeCloseTo(polylineLength(path), 12);
  });

  it('starts and ends on the walls (doors) without leaving the room', () => {
    const path = lRoomNavigator().path([0, 8], [12, 2]);
    expect(path[0]).toEqual([0, 8]);
    expect(path[path.length - 1]).toEqual([12, 2]);
    expect(everyPointInside(path, L)).toBe(true);
  });

  it('refuses a point outside the room', () => {
    expect(() => lRoomNavigator().path([2, 9], [8, 8])).toThrow(/no path inside room/);
  });
});
