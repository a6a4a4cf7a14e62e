import type { AssetStatus } from './asset-status.js';
import type { AssetPosition } from './asset-position.js';
import { rankNearestAvailable, type NearestCandidate, type NearestQuery } from './nearest-available.js';
import { ROOMS, wallAndStairsGraph } from './testing/wall-and-stairs-floors.js';

const NOW = Date.UTC(2025, 0, 6, 12, 0, 0);
const HOUR = 3_600_000;
const graph = wallAndStairsGraph();

function candidate(
  key: string,
  roomId: string,
  [x, y]: [number, number],
  { status = 'available', soiled = false, confidence = 0.9, heardAgoMs = 10_000 }: { status?: AssetStatus; soiled?: boolean; confidence?: number; heardAgoMs?: number } = {},
): NearestCandidate<string> {
  const floorId = roomId.slice(0, 2);
  const position: AssetPosition = { floorId, roomId, x, y, confidence, lastSeenAt: NOW - heardAgoMs };
  return { asset: key, key, status, soiled, position, staleAfterMs: HOUR };
}

const query = (overrides: Partial<NearestQuery> = {}): NearestQuery => ({ fromRoomId: ROOMS.ward, now: NOW, limit: 5, allowStairs: true, ...overrides });

describe('nearest available equipment by walking distance', () => {
  it('prefers the pump through the door down the corridor to the one just behind the wall', () => {
    const behindTheWall = candidate('behind-the-wall', ROOMS.behind, [11, 8]);
    const downTheCorridor = candidate('down-the-corridor', ROOMS.store, [25, 8]);
    const { nearest } = rankNearestAvailable(graph, query(), [behindTheWall, downTheCorridor]);

    expect(nearest.map((r) => r.asset)).toEqual(['down-the-corridor', 'behind-the-wall']);
    // R's middle is (5, 8). Down the corridor: 4 to the door, 17 along, 5 in: 26 m.
    expect(nearest[0].walkingMetres).toBeCloseTo(4 + 17 + 5, 6);
    // Behind the wall is 6 m away in a straight line, but the walk goes round by the link corridor.
    const aroundTheBlock = 4 + 33 + 8 + 23 + Math.hypot(4, 4);
    expect(nearest[1].walkingMetres).toBeCloseTo(aroundTheBlock, 6);
    expect(nearest[1].walkingSeconds).toBeCloseTo(aroundTheBlock / 1.2, 6);
    expect(nearest.every((r) => r.floorsChanged === 0)).toBe(true);
  });

  it('counts the floors changed by the stairs and their time, however close the pump is straight up', () => {
    const { nearest } = rankNearestAvailable(graph, query(), [candidate('upstairs', ROOMS.upstairs, [5, 8])]);
    expect(nearest).toHaveLength(1);
    expect(nearest[0].floorsChanged).toBe(1);
    expect(nearest[0].walkingSeconds).toBeCloseTo(nearest[0].walkingMetres / 1.2 + graph.expectedVerticalS('stairs', 1), 6);
    expect(nearest[0].walkingMetres).toBeGreaterThan(50);
  });

  it('reports a pump only reachable by stairs as unreachable for equipment on wheels', () => {
    const result = rankNearestAvailable(graph, query({ allowStairs: false }), [candidate('upstairs', ROOMS.upstairs, [5, 8])]);
    expect(result.nearest).toEqual([]);
    expect(result.excluded).toEqual([{ asset: 'upstairs', status: 'available', reason: 'unreachable' }]);
  });

  it('excludes unavailable, unlocated and long-silent assets, and says why', () => {
    const soiledInTheRoom = candidate('soiled', ROOMS.ward, [6, 8], { status: 'soiled' });
    const inUse = candidate('in-use', ROOMS.store, [25, 8], { status: 'in_use' });
    const silent = candidate('silent', ROOMS.store, [26, 8], { heardAgoMs: 2 * HOUR });
    const neverHeard: NearestCandidate<string> = { asset: 'never-heard', key: 'never-heard', status: 'available', soiled: false, position: null, staleAfterMs: HOUR };
    const good = candidate('good', ROOMS.behind, [19, 8]);
    const result = rankNearestAvailable(graph, query(), [soiledInTheRoom, inUse, silent, neverHeard, good]);
    expect(result.nearest.map((r) => r.asset)).toEqual(['good']);
    expect(result.excluded).toEqual([
      { asset: 'soiled', status: 'soiled', reason: 'not_available' },
      { asset: 'in-use', status: 'in_use', reason: 'not_available' },
      { asset: 'silent', status: 'available', reason: 'stale_position' },
      { asset: 'never-heard', status: 'available', reason: 'no_position' },
    ]);
  });

  it('leaves out an available pump soiled by where it went, however close, and says so', () => {
    const soiledNextDoor = candidate('left-isolation', ROOMS.ward, [6, 8], { soiled: true });
    const farButClean = candidate('clean', ROOMS.store, [25, 8]);
    const result = rankNearestAvailable(graph, query(), [soiledNextDoor, farButClean]);
    expect(result.nearest.map((r) => r.asset)).toEqual(['clean']);
    expect(result.excluded).toEqual([{ asset: 'left-isolation', status: 'available', reason: 'soiled' }]);
    // Its status decides first: an in-use pump that is also soiled is counted as not available.
    const inUseAndSoiled = candidate('in-use', ROOMS.ward, [6, 8], { status: 'in_use', soiled: true });
    expect(rankNearestAvailable(graph, query(), [inUseAndSoiled]).excluded).toEqual([{ asset: 'in-use', status: 'in_use', reason: 'not_available' }]);
  });

  it('breaks ties of the same walking second by confidence, then by the most recently heard', () => {
    const result = rankNearestAvailable(graph, query(), [
      candidate('unsure', ROOMS.store, [25, 8], { confidence: 0.4 }),
      candidate('sure-but-older', ROOMS.store, [25, 8.1], { confidence: 0.95, heardAgoMs: 60_000 }),
      candidate('sure-and-recent', ROOMS.store, [25, 7.9], { confidence: 0.95, heardAgoMs: 5_000 }),
    ]);
    expect(result.nearest.map((r) => r.asset)).toEqual(['sure-and-recent', 'sure-but-older', 'unsure']);
  });

  it('returns at most `limit`', () => {
    const many = Array.from({ length: 8 }, (_, i) => candidate(`pump-${i}`, ROOMS.store, [21 + i, 8]));
    expect(rankNearestAvailable(graph, query({ limit: 3 }), many).nearest.map((r) => r.asset)).toEqual(['pump-0', 'pump-1', 'pump-2']);
  });

  it('walks to the middle of an L-shaped room when a position lies just outside its walls', () => {
    // (12, 8.05) is 5 cm into the notch of the L: no path inside the room reaches it.
    const outside = rankNearestAvailable(graph, query(), [candidate('in-the-notch', ROOMS.ell, [12, 8.05])]);
    const middle = rankNearestAvailable(graph, query(), [candidate('in-the-middle', ROOMS.ell, [...graph.building.room(ROOMS.ell).centroid] as [number, number])]);
    expect(outside.nearest).toHaveLength(1);
    expect(outside.nearest[0].floorsChanged).toBe(1);
    expect(outside.nearest[0].walkingMetres).toBeCloseTo(middle.nearest[0].walkingMetres, 6);
  });

  it('refuses a room the plan does not have', () => {
    expect(() => rankNearestAvailable(graph, query({ fromRoomId: 'nowhere' }), [])).toThrow(RangeError);
  });
});
