/**
 * Scenario: a pump on a fixed itinerary (ICU bay 1 → ICU bay 5 → the depot downstairs), as the
 * benchmarks script room changes. The ground truth must match the route the walking graph gives.
 */
import { BuildingModel } from '../../floorplan/building/building-model.js';
import { Prng } from '../prng.js';
import { trackProblems } from '../testing/path-checks.js';
import { loadStMarysFloors } from '../testing/st-marys.js';
import { type Route, WalkingGraph } from '../../floorplan/building/walking-graph.js';
import { MOVEMENT_PROFILES } from './movement-profile.js';
import { ItineraryPlanner, ParkedPlanner } from './tag-planners.js';
import { TagTrack } from './tag-track.js';

const building = BuildingModel.fromFloorPlans(loadStMarysFloors());
const graph = new WalkingGraph(building);
const profile = { ...MOVEMENT_PROFILES.equipment, speedMinMps: 1.2, speedMaxMps: 1.2 };
const start = 1_000_000;

describe('a pump on an itinerary', () => {
  const bay1 = building.room('main-1-icu-bay-01');
  const stops = [
    { roomId: bay1.id, x: bay1.centroid[0], y: bay1.centroid[1], dwellMs: 60_000 },
    { roomId: 'main-1-icu-bay-05', dwellMs: 120_000 },
    { roomId: 'main-0-equipment-depot', dwellMs: 0 },
  ];
  const track = new TagTrack('pump', start, new ItineraryPlanner(building, graph, profile, new Prng(1), stops));
  track.ensure(start + 3_600_000);

  it('walks the graph’s route from stop to stop and records each room it enters', () => {
    expect(trackProblems(building, track.segments)).toEqual([]);
    const [arrivalAtBay5] = track.segments.filter((segment) => segment.roomId === 'main-1-icu-bay-05' && segment.x0 === segment.x1);
    const route = graph.route(
      { roomId: 'main-1-icu-bay-01', point: bay1.centroid },
      { roomId: 'main-1-icu-bay-05', point: [arrivalAtBay5.x0, arrivalAtBay5.y0] },
      { allowStairs: false },
    ) as Route;
    // Leaves after 60 s, walks the route at 1.2 m/s.
    expect(arrivalAtBay5.t0).toBeCloseTo(start + 60_000 + (route.walkingM / 1.2) * 1000, 3);
    const roomsOnRoute = route.legs.flatMap((leg) => (leg.kind === 'walk' ? [leg.roomId] : []));
    const entered = track.transitionsBetween(start, arrivalAtBay5.t0 + 1).map((t) => t.toRoomId);
    expect(entered).toEqual(roomsOnRoute);
  });

  it('changes floor by elevator on the way to the depot, and stays there', () => {
    const transitions = track.transitionsBetween(start, start + 3_600_000);
    const floorChange = transitions.filter((t) => t.fromFloorId !== null && t.fromFloorId !== t.toFloorId);
    expect(floorChange).toHaveLength(1);
    expect(building.room(floorChange[0].toRoomId).type).toBe('elevator');
    expect(transitions[transitions.length - 1].toRoomId).toBe('main-0-equipment-depot');
    expect(track.roomAt(start + 3_600_000 - 1)).toBe('main-0-equipment-depot');
    expect(track.positionAt(start + 2_000_000)).toEqual(track.positionAt(start + 3_000_000));
  });
});

describe('a parked tag', () => {
  it('stays at its spot for days', () => {
    const track = new TagTrack('parked', 0, new ParkedPlanner(building, { roomId: 'main-0-main-lobby', point: [62, 30] }));
    expect(track.positionAt(0)).toEqual({ floorId: 'main-0', roomId: 'main-0-main-lobby', x: 62, y: 30 });
    expect(track.positionAt(10 * 86_400_000)).toEqual(track.positionAt(0));
    expect(track.transitionsBetween(0, 10 * 86_400_000)).toHaveLength(1);
  });
});
