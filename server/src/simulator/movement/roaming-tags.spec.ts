/**
 * Scenario: equipment and staff badges roaming St Mary's for days. Their tracks must obey the building
 * (checked by testing/path-checks.ts, written independently of the simulator's navigation), record every
 * room change, and look like the profile (long dwells for equipment, walking speeds).
 */
import { BuildingModel } from '../../floorplan/building/building-model.js';
import { Prng, deriveSeed } from '../prng.js';
import { trackProblems } from '../testing/path-checks.js';
import { loadStMarysFloors } from '../testing/st-marys.js';
import { WalkingGraph } from '../../floorplan/building/walking-graph.js';
import { MOVEMENT_PROFILES, type TagKind } from './movement-profile.js';
import { RoamingPlanner, destinationsFor, placeIn } from './tag-planners.js';
import { TagTrack } from './tag-track.js';

const DAY_MS = 86_400_000;
const building = BuildingModel.fromFloorPlans(loadStMarysFloors());
const graph = new WalkingGraph(building);

function roamingTrack(kind: TagKind, seed: number, startRoomId: string): TagTrack {
  const profile = MOVEMENT_PROFILES[kind];
  const prng = new Prng(deriveSeed(seed, 'movement', kind));
  const start = placeIn(building.room(startRoomId), undefined, undefined, prng, profile.parkingClearanceM);
  const destinations = destinationsFor(building, profile, graph.reachableRooms(startRoomId, { allowStairs: profile.allowStairs }));
  return new TagTrack(`${kind}-${seed}`, 0, new RoamingPlanner(building, graph, profile, prng, start, destinations));
}

describe('roaming equipment', () => {
  const tracks = [1, 2, 3, 4, 5, 6].map((seed) => roamingTrack('equipment', seed, 'main-0-equipment-depot'));
  for (const track of tracks) track.ensure(7 * DAY_MS);

  it('follows doors and shafts: every segment stays in its room, every room change is a door or a ride', () => {
    for (const track of tracks) expect(trackProblems(building, track.segments)).toEqual([]);
  });

  it('records exactly the room changes of its path', () => {
    for (const track of tracks) {
      const changes = track.segments
        .filter((segment, i) => i === 0 || track.segments[i - 1].roomId !== segment.roomId)
        .map((segment) => [segment.t0, segment.roomId]);
      expect(track.transitionsBetween(0, track.endTs).map((t) => [t.ts, t.toRoomId])).toEqual(changes);
    }
  });

  it('never takes the stairs, and goes upstairs by elevator', () => {
    const rooms = new Set(tracks.flatMap((track) => track.segments.map((segment) => building.room(segment.roomId).type)));
    expect(rooms.has('stairs')).toBe(false);
    expect(rooms.has('elevator')).toBe(true);
  });

  it('dwells for hours and is pushed at 1.0–1.4 m/s', () => {
    const dwellsH: number[] = [];
    const speeds: number[] = [];
    for (const track of tracks) {
      for (const segment of track.segments) {
        const durationS = (segment.t1 - segment.t0) / 1000;
        const moved = Math.hypot(segment.x1 - segment.x0, segment.y1 - segment.y0);
        if (moved > 0) speeds.push(moved / durationS);
        else if (durationS > 300) dwellsH.push(durationS / 3600);
      }
    }
    expect(Math.min(...speeds)).toBeGreaterThanOrEqual(1.0 - 1e-9);
    expect(Math.max(...speeds)).toBeLessThanOrEqual(1.4 + 1e-9);
    dwellsH.sort((a, b) => a - b);
    const median = dwellsH[Math.floor(dwellsH.length / 2)];
    // Profile: log-normal dwell, median 3 h.
    expect(median).toBeGreaterThan(1.8);
    expect(median).toBeLessThan(4.5);
    // Six pumps over a week: dozens of moves, not thousands.
    const moves = tracks.reduce((sum, track) => sum + track.transitionsBetween(1, track.endTs).length, 0);
    expect(moves).toBeGreaterThan(100);
    expect(moves).toBeLessThan(2000);
  });

  it('is the same track however it is asked for: at once, or step by step', () => {
    const once = roamingTrack('equipment', 3, 'main-0-equipment-depot');
    once.ensure(2 * DAY_MS);
    const stepwise = roamingTrack('equipment', 3, 'main-0-equipment-depot');
    for (let ts = 0; ts < 2 * DAY_MS; ts += 997_000) stepwise.positionAt(ts);
    stepwise.ensure(2 * DAY_MS);
    const upTo = (track: TagTrack) => track.segments.filter((segment) => segment.t0 < 2 * DAY_MS);
    expect(upTo(stepwise)).toEqual(upTo(once));
    expect(upTo(roamingTrack('equipment', 4, 'main-0-equipment-depot'))).not.toEqual(upTo(once));
  });
});

describe('roaming staff badges', () => {
  it('move every few minutes, through doors, using the stairs too', () => {
    const tracks = [11, 12, 13, 14].map((seed) => roamingTrack('staff', seed, 'main-1-ward-corridor-centre'));
    const types = new Set<string>();
    let moves = 0;
    for (const track of tracks) {
      track.ensure(DAY_MS / 2);
      expect(trackProblems(building, track.segments)).toEqual([]);
      moves += track.transitionsBetween(1, DAY_MS / 2).length;
      for (const segment of track.segments) types.add(building.room(segment.roomId).type);
    }
    expect(moves / tracks.length).toBeGreaterThan(100);
    expect(types.has('stairs')).toBe(true);
  });
});
