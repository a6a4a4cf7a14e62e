import { LocationEngine } from './location-engine.js';
import { replay, MINUTE, T0 } from './testing/replay.js';
import { parked, simulateSightings, walk } from './testing/simulated-radio.js';
import { centreOf, roomId, testWard } from './testing/test-ward.js';

const site = testWard();

describe('what drainChanges reports', () => {
  it('is a handful of rows for 10,000 sightings of a stationary tag', () => {
    const { floorId, x, y } = centreOf(site, roomId('s2', 'f0'));
    const sightings = simulateSightings(site, parked(floorId, x, y), { tagId: 'defib-1', seed: 77, fromMs: T0, toMs: T0 + 20 * MINUTE }).slice(0, 10_000);
    expect(sightings).toHaveLength(10_000);

    // Drained often, as persistence would: every ten sightings.
    const { positions, transitions } = replay(new LocationEngine(site), sightings, 10);
    expect(transitions).toHaveLength(1);
    expect(positions.length).toBeLessThanOrEqual(3);
  });

  it('grows with the rooms a tag passes through', () => {
    const path = walk([
      { floorId: 'f0', x: 5, y: 14, at: T0 },
      { floorId: 'f0', x: 5, y: 14, at: T0 + 5 * MINUTE },
      { floorId: 'f0', x: 5, y: 9.5, at: T0 + 5.1 * MINUTE },
      { floorId: 'f0', x: 23, y: 9.5, at: T0 + 5.4 * MINUTE },
      { floorId: 'f0', x: 23, y: 5, at: T0 + 5.5 * MINUTE },
    ]);
    const sightings = simulateSightings(site, path, { tagId: 'defib-1', seed: 78, fromMs: T0, toMs: T0 + 15 * MINUTE });
    const { positions, transitions } = replay(new LocationEngine(site), sightings, 10);

    expect(transitions.map((t) => t.toRoomId)).toEqual([roomId('n1', 'f0'), roomId('corridor', 'f0'), roomId('s4', 'f0')]);
    expect(positions.length).toBeGreaterThanOrEqual(3);
    expect(positions.length).toBeLessThanOrEqual(12);
  });

  it('is nothing at all when nothing changed since the last drain', () => {
    const { floorId, x, y } = centreOf(site, roomId('s2', 'f0'));
    const engine = new LocationEngine(site);
    replay(engine, simulateSightings(site, parked(floorId, x, y), { tagId: 'defib-1', seed: 79, fromMs: T0, toMs: T0 + MINUTE }));
    expect(engine.drainChanges()).toEqual({ positions: [], transitions: [] });
  });
});
