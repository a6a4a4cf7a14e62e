import type { Sighting } from './engine-types.js';
import { LocationEngine } from './location-engine.js';
import { replay, MINUTE, T0 } from './testing/replay.js';
import { parked, simulateSightings } from './testing/simulated-radio.js';
import { centreOf, roomId, testWard } from './testing/test-ward.js';

const site = testWard();
const n2 = centreOf(site, roomId('n2', 'f0'));

/** Runs an engine over the first ten minutes and returns what persistence would hold for the tag. */
function persistedAfterFirstRun() {
  const first = new LocationEngine(site);
  const sightings = simulateSightings(site, parked(n2.floorId, n2.x, n2.y), { tagId: 'vent-5', seed: 21, fromMs: T0, toMs: T0 + 10 * MINUTE });
  replay(first, sightings);
  const position = first.position('vent-5');
  if (!position) throw new Error('not placed');
  return position;
}

describe('after a restart, an engine restored from persisted positions', () => {
  const persisted = persistedAfterFirstRun();

  it('continues a tag that did not move without a transition or a new position row', () => {
    const engine = new LocationEngine(site);
    expect(engine.restore([persisted])).toBe(1);
    const later = simulateSightings(site, parked(n2.floorId, n2.x, n2.y), { tagId: 'vent-5', seed: 22, fromMs: persisted.ts + 30_000, toMs: persisted.ts + 20 * MINUTE });
    const { transitions, positions } = replay(engine, later);

    expect(transitions).toEqual([]);
    expect(positions).toEqual([]);
    expect(engine.position('vent-5')?.roomId).toBe(roomId('n2', 'f0'));
  });

  it('reports a tag moved while the engine was down with one transition from the restored room', () => {
    const engine = new LocationEngine(site);
    engine.restore([persisted]);
    const s4 = centreOf(site, roomId('s4', 'f0'));
    const later = simulateSightings(site, parked(s4.floorId, s4.x, s4.y), { tagId: 'vent-5', seed: 23, fromMs: persisted.ts + MINUTE, toMs: persisted.ts + 5 * MINUTE });
    const { transitions } = replay(engine, later);

    expect(transitions).toEqual([
      { tagId: 'vent-5', fromRoomId: roomId('n2', 'f0'), toRoomId: roomId('s4', 'f0'), floorId: 'f0', enteredAt: expect.any(Number) },
    ]);
    expect(transitions[0].enteredAt).toBeGreaterThanOrEqual(persisted.ts + MINUTE - engine.config.rssiWindowMs);
  });

  it('treats sightings up to the restored position’s time as already applied', () => {
    const engine = new LocationEngine(site);
    engine.restore([persisted]);
    const replayed: Sighting = { tagId: 'vent-5', gatewayId: 'gw-s4@f0', ts: persisted.ts - 100, rssi: -50, n: 5 };
    engine.ingest(replayed);
    expect(engine.stats()).toMatchObject({ lateDropped: 1, sightingsProcessed: 0 });
    expect(engine.lastSeen('vent-5')).toBe(persisted.ts);
  });

  it('skips positions in rooms the site no longer has, and tags it already tracks', () => {
    const engine = new LocationEngine(site);
    engine.ingest({ tagId: 'already-here', gatewayId: 'gw-n2@f0', ts: T0, rssi: -60, n: 1 });
    const restored = engine.restore([
      { ...persisted, tagId: 'gone', roomId: 'demolished@f0' },
      { ...persisted, tagId: 'already-here' },
      persisted,
    ]);
    expect(restored).toBe(1);
    expect(engine.position('gone')).toBeUndefined();
    expect(engine.position('already-here')).toBeUndefined();
  });
});
