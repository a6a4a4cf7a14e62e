/**
 * Ward staff on rounds: visits to their unit's rooms with stops at a base between rounds, dwells and
 * round lengths within their ranges, every walk along the walking graph (through corridors only).
 */
import { BuildingModel } from '../../floorplan/building/building-model.js';
import { WalkingGraph } from '../../floorplan/building/walking-graph.js';
import { Prng } from '../prng.js';
import { trackProblems } from '../testing/path-checks.js';
import { loadStMarysFloors } from '../testing/st-marys.js';
import { MOVEMENT_PROFILES } from './movement-profile.js';
import { RoundsPlanner, type RoundsMovement } from './rounds-planner.js';
import { TagTrack } from './tag-track.js';

const building = BuildingModel.fromFloorPlans(loadStMarysFloors());
const graph = new WalkingGraph(building);
const profile = MOVEMENT_PROFILES.staff;
const MINUTE = 60_000;
const start = 1_000_000;
const bays = building.rooms.filter((room) => room.type === 'icu_bay').map((room) => room.id);
const bases = ['main-1-icu-nurse-station', 'main-1-icu-medication'];

/** The stays (standing still) of a track, merged per room visit, with how long each lasted. */
function stays(track: TagTrack, from: number, to: number): Array<{ roomId: string; ms: number }> {
  const result: Array<{ roomId: string; ms: number }> = [];
  for (const segment of track.segments) {
    if (segment.t0 < from || segment.t1 > to || segment.x0 !== segment.x1 || segment.y0 !== segment.y1) continue;
    result.push({ roomId: segment.roomId, ms: segment.t1 - segment.t0 });
  }
  return result;
}

function nurseTrack(rounds: RoundsMovement, seed = 7): TagTrack {
  const startPlace = { roomId: bases[0], point: building.room(bases[0]).centroid };
  return new TagTrack('nurse', start, new RoundsPlanner(building, graph, profile, new Prng(seed), startPlace, rounds));
}

describe('staff on rounds', () => {
  const rounds: RoundsMovement = { visits: bays, visitDwellMs: [2 * MINUTE, 15 * MINUTE], visitsPerRound: [1, 3], bases, baseDwellMs: [MINUTE, 5 * MINUTE] };
  const track = nurseTrack(rounds);
  track.ensure(start + 8 * 60 * MINUTE);
  const day = stays(track, start, start + 8 * 60 * MINUTE).slice(1, -1);

  it('stays only in the rooms of the rounds, and walks only through doors', () => {
    expect(trackProblems(building, track.segments)).toEqual([]);
    expect(day.every((stay) => bays.includes(stay.roomId) || bases.includes(stay.roomId))).toBe(true);
    const passedThrough = new Set(track.segments.map((segment) => building.room(segment.roomId).type));
    expect([...passedThrough].every((type) => ['icu_bay', 'nurse_station', 'medication_room', 'corridor'].includes(type))).toBe(true);
  });

  it('visits for 2–15 min, 1 to 3 rooms in a row, a base for 1–5 min in between', () => {
    const visits = day.filter((stay) => bays.includes(stay.roomId));
    expect(visits.length).toBeGreaterThan(30);
    expect(visits.every((stay) => stay.ms >= 2 * MINUTE && stay.ms < 15 * MINUTE)).toBe(true);
    expect(day.filter((stay) => bases.includes(stay.roomId)).every((stay) => stay.ms >= MINUTE && stay.ms < 5 * MINUTE)).toBe(true);
    const runs = day
      .map((stay) => (bays.includes(stay.roomId) ? 'v' : 'b'))
      .join('')
      .split('b')
      .filter((run) => run.length > 0);
    expect(Math.max(...runs.map((run) => run.length))).toBeLessThanOrEqual(3);
    expect(new Set(runs.map((run) => run.length))).toEqual(new Set([1, 2, 3]));
    // Never the room just left: consecutive visits are to different bays.
    for (let i = 1; i < day.length; i++) expect(day[i].roomId).not.toBe(day[i - 1].roomId);
  });

  it('visits in turn when asked (a cleaner going round the rooms)', () => {
    const inTurn = nurseTrack({ ...rounds, inTurn: true, visitsPerRound: [2, 2] }, 3);
    inTurn.ensure(start + 6 * 60 * MINUTE);
    const visited = stays(inTurn, start, start + 6 * 60 * MINUTE)
      .map((stay) => stay.roomId)
      .filter((roomId) => bays.includes(roomId));
    expect(visited.slice(0, bays.length + 2)).toEqual([...bays, bays[0], bays[1]]);
  });

  it('is the same for the same seed, and refuses rooms the building lacks or empty ranges', () => {
    const again = nurseTrack(rounds);
    again.ensure(start + 8 * 60 * MINUTE);
    expect(again.segments).toEqual(track.segments);
    expect(() => nurseTrack({ ...rounds, visits: ['nowhere'] })).toThrow(RangeError);
    expect(() => nurseTrack({ ...rounds, bases: [] })).toThrow('at least one base');
    expect(() => nurseTrack({ ...rounds, visitDwellMs: [5, 1] })).toThrow('visitDwellMs');
  });
});
