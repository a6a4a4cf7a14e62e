import type { Point } from '../geometry/polygon.js';
import { BuildingModel } from './building-model.js';
import { Prng } from '../../simulator/prng.js';
import { isDoorBetween, segmentStaysInRoom } from '../../simulator/testing/path-checks.js';
import { testFloor } from '../../simulator/testing/plan-builder.js';
import { loadStMarysFloors } from '../../simulator/testing/st-marys.js';
import { type Route, WalkingGraph } from './walking-graph.js';
import { roomInteriorPoint } from './room-interior-point.js';

function routeProblems(building: BuildingModel, route: Route, allowStairs: boolean): string[] {
  const problems: string[] = [];
  let previousEnd: { roomId: string; point: Point } | undefined;
  for (const leg of route.legs) {
    if (leg.kind === 'vertical') {
      if (leg.via === 'stairs' && !allowStairs) problems.push('took the stairs');
      if (!building.linkedShafts(leg.from.roomId).some((room) => room.id === leg.to.roomId)) problems.push('vertical leg between unlinked rooms');
      if (previousEnd?.roomId !== leg.from.roomId) problems.push('vertical leg does not start where the walk ended');
      previousEnd = { roomId: leg.to.roomId, point: leg.to.point };
      continue;
    }
    for (let i = 1; i < leg.points.length; i++) {
      if (!segmentStaysInRoom(building, leg.roomId, leg.points[i - 1], leg.points[i])) problems.push(`leaves ${leg.roomId}`);
    }
    const start = leg.points[0];
    if (previousEnd) {
      if (Math.hypot(previousEnd.point[0] - start[0], previousEnd.point[1] - start[1]) > 1e-9) problems.push(`jump into ${leg.roomId}`);
      if (previousEnd.roomId !== leg.roomId && building.room(previousEnd.roomId).floorId === leg.floorId) {
        if (!isDoorBetween(building, start, previousEnd.roomId, leg.roomId)) problems.push(`${previousEnd.roomId} → ${leg.roomId} not through a door`);
      }
    }
    previousEnd = { roomId: leg.roomId, point: leg.points[leg.points.length - 1] };
  }
  return problems;
}

describe('WalkingGraph on St Mary’s', () => {
  const building = BuildingModel.fromFloorPlans(loadStMarysFloors());
  const graph = new WalkingGraph(building);

  it('reaches every room from the lobby, on foot and with a trolley (elevators only)', () => {
    const all = building.rooms.map((room) => room.id).sort();
    expect([...graph.reachableRooms('main-0-main-lobby', { allowStairs: true })].sort()).toEqual(all);
    expect([...graph.reachableRooms('main-0-main-lobby', { allowStairs: false })].sort()).toEqual(all);
  });

  it('routes between any two rooms through doors and shafts, never through a wall', () => {
    const prng = new Prng(21);
    const rooms = building.rooms;
    let floorChanges = 0;
    for (let i = 0; i < 120; i++) {
      const from = rooms[prng.int(rooms.length)];
      const to = rooms[prng.int(rooms.length)];
      const allowStairs = i % 2 === 0;
      const route = graph.route({ roomId: from.id, point: roomInteriorPoint(from) }, { roomId: to.id, point: roomInteriorPoint(to) }, { allowStairs });
      expect(route).not.toBeNull();
      expect(routeProblems(building, route as Route, allowStairs)).toEqual([]);
      const legs = (route as Route).legs;
      expect(legs[0]).toMatchObject({ kind: 'walk', roomId: from.id });
      expect(legs[legs.length - 1]).toMatchObject({ kind: 'walk', roomId: to.id });
      floorChanges += legs.filter((leg) => leg.kind === 'vertical').length;
    }
    expect(floorChanges).toBeGreaterThan(20);
  });

  it('walks from the depot to an ICU bay upstairs by elevator', () => {
    const [depot] = building.rooms.filter((room) => room.type === 'equipment_depot');
    const [bay] = building.rooms.filter((room) => room.type === 'icu_bay');
    const route = graph.route(
      { roomId: depot.id, point: roomInteriorPoint(depot) },
      { roomId: bay.id, point: roomInteriorPoint(bay) },
      { allowStairs: false },
    ) as Route;
    const vertical = route.legs.filter((leg) => leg.kind === 'vertical');
    expect(vertical).toHaveLength(1);
    expect(vertical[0]).toMatchObject({ via: 'elevator', levels: 1, from: { floorId: 'main-0' }, to: { floorId: 'main-1' } });
    expect(route.walkingM).toBeGreaterThan(20);
  });
});

describe('WalkingGraph on a stairs-only building', () => {
  const floor = (id: string, level: number) =>
    testFloor({
      id,
      level,
      rooms: [
        { id: `${id}-c`, type: 'corridor', box: [0, 0, 20, 3] },
        { id: `${id}-r`, type: 'patient_room', box: [0, 3, 6, 9] },
        { id: `${id}-s`, type: 'stairs', box: [16, 3, 20, 9], verticalLink: 'stairs' },
      ],
      doors: [
        { id: `${id}-d1`, at: [3, 3], rooms: [`${id}-r`, `${id}-c`] },
        { id: `${id}-d2`, at: [18, 3], rooms: [`${id}-s`, `${id}-c`] },
      ],
    });
  const building = BuildingModel.fromFloorPlans([floor('a', 0), floor('b', 1)]);
  const graph = new WalkingGraph(building);
  const from = { roomId: 'a-r', point: [3, 6] as Point };
  const to = { roomId: 'b-r', point: [3, 6] as Point };

  it('takes people up the stairs, and has no way up for equipment', () => {
    const route = graph.route(from, to, { allowStairs: true }) as Route;
    expect(route.legs.map((leg) => (leg.kind === 'walk' ? leg.roomId : `${leg.via}`))).toEqual(['a-r', 'a-c', 'a-s', 'stairs', 'b-s', 'b-c', 'b-r']);
    expect(routeProblems(building, route, true)).toEqual([]);
    // 3 m out of the room, 15 m along the corridor, 3 m to the stairs' middle; the same back on b.
    expect(route.walkingM).toBeCloseTo(2 * (3 + Math.hypot(15, 0) + 3), 6);
    expect(graph.route(from, to, { allowStairs: false })).toBeNull();
    expect(graph.reachableRooms('a-r', { allowStairs: false })).toEqual(new Set(['a-r', 'a-c', 'a-s']));
  });

  it('walks within a room without any door', () => {
    const route = graph.route({ roomId: 'a-c', point: [1, 1] }, { roomId: 'a-c', point: [19, 2] }, { allowStairs: false }) as Route;
    expect(route.legs).toEqual([{ kind: 'walk', floorId: 'a', roomId: 'a-c', points: [[1, 1], [19, 2]] }]);
  });
});
