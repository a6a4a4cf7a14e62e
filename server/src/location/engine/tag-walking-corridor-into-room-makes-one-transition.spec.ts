import { LocationEngine } from './location-engine.js';
import { replay, MINUTE, SECOND, T0 } from './testing/replay.js';
import { simulateSightings, walk } from './testing/simulated-radio.js';
import { roomId, testWard } from './testing/test-ward.js';

const site = testWard();
const WALKING_SPEED = 1.2; // m/s, a porter pushing equipment

describe('a tag walked along the corridor and into a room', () => {
  // Parked in the corridor for a minute, then 18 m along it to n4's door (23, 11), then 3 m in.
  const doorAt = T0 + MINUTE + (18 / WALKING_SPEED) * SECOND + (1.5 / WALKING_SPEED) * SECOND;
  const path = walk([
    { floorId: 'f0', x: 5, y: 9.5, at: T0 },
    { floorId: 'f0', x: 5, y: 9.5, at: T0 + MINUTE },
    { floorId: 'f0', x: 23, y: 9.5, at: T0 + MINUTE + (18 / WALKING_SPEED) * SECOND },
    { floorId: 'f0', x: 23, y: 14, at: T0 + MINUTE + (22.5 / WALKING_SPEED) * SECOND },
  ]);

  it.each([
    [1, 4],
    [2, 4],
    [3, 6],
    [4, 6],
  ])('produces exactly one transition, dated at the door (seed %i, σ %i dB)', (seed, sigmaDb) => {
    const sightings = simulateSightings(site, path, { tagId: 'bed-12', seed, sigmaDb, fromMs: T0, toMs: T0 + 5 * MINUTE });
    const engine = new LocationEngine(site);
    const { transitions } = replay(engine, sightings, 10);

    const moves = transitions.filter((t) => t.fromRoomId !== null);
    expect(moves).toEqual([
      { tagId: 'bed-12', fromRoomId: roomId('corridor', 'f0'), toRoomId: roomId('n4', 'f0'), floorId: 'f0', enteredAt: expect.any(Number) },
    ]);
    // The transition is dated back to when the evidence turned, not to when the dwell ended.
    expect(Math.abs(moves[0].enteredAt - doorAt)).toBeLessThanOrEqual(engine.config.minRoomDwellMs + engine.config.rssiWindowMs);
  });
});
