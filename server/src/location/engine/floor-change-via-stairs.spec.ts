import { LocationEngine } from './location-engine.js';
import { replay, HOUR, MINUTE, SECOND, T0 } from './testing/replay.js';
import { parked, simulateSightings, walk } from './testing/simulated-radio.js';
import { roomId, testWard } from './testing/test-ward.js';

const site = testWard();

describe('floor changes', () => {
  // From s3 on the ground floor along the corridor into the stairwell, up (10 s), then along
  // the first-floor corridor into n4.
  const climbStarts = T0 + 88 * SECOND;
  const climbEnds = T0 + 98 * SECOND;
  const path = walk([
    { floorId: 'f0', x: 17, y: 5, at: T0 },
    { floorId: 'f0', x: 17, y: 5, at: T0 + MINUTE },
    { floorId: 'f0', x: 17, y: 9.5, at: T0 + 64 * SECOND },
    { floorId: 'f0', x: 35, y: 9.5, at: T0 + 79 * SECOND },
    { floorId: 'f0', x: 35, y: 14, at: T0 + 83 * SECOND },
    { floorId: 'f0', x: 35, y: 14, at: climbStarts },
    { floorId: 'f1', x: 35, y: 14, at: climbEnds },
    { floorId: 'f1', x: 35, y: 9.5, at: T0 + 102 * SECOND },
    { floorId: 'f1', x: 23, y: 9.5, at: T0 + 112 * SECOND },
    { floorId: 'f1', x: 23, y: 14, at: T0 + 116 * SECOND },
  ]);

  it.each([
    [1, 4],
    [2, 4],
    [3, 6],
  ])('follow a tag up the stairs, changing floor once, in the stairwell (seed %i, σ %i dB)', (seed, sigmaDb) => {
    const sightings = simulateSightings(site, path, { tagId: 'wheelchair-2', seed, sigmaDb, fromMs: T0, toMs: T0 + 5 * MINUTE });
    const { transitions } = replay(new LocationEngine(site), sightings, 20);

    expect(transitions[0].toRoomId).toBe(roomId('s3', 'f0'));
    expect(transitions[transitions.length - 1]).toMatchObject({ toRoomId: roomId('n4', 'f1'), floorId: 'f1' });
    const floorChanges = transitions.filter((t, i) => i > 0 && t.floorId !== transitions[i - 1].floorId);
    expect(floorChanges).toHaveLength(1);
    // It left the ground floor from the stairwell and arrived on the first floor during or just after the climb.
    const left = transitions[transitions.indexOf(floorChanges[0]) - 1];
    expect(left.toRoomId).toBe(roomId('stairs', 'f0'));
    expect(floorChanges[0].enteredAt).toBeGreaterThanOrEqual(climbStarts);
    expect(floorChanges[0].enteredAt).toBeLessThanOrEqual(climbEnds + 6 * SECOND);
  });

  it('do not happen to a tag parked under a gateway of the floor above', () => {
    // (17, 14) on the ground floor is 3.5 m below the first floor's n3 gateway.
    const sightings = simulateSightings(site, parked('f0', 17, 14), { tagId: 'pump-1', seed: 9, sigmaDb: 6, fromMs: T0, toMs: T0 + HOUR });
    const { transitions } = replay(new LocationEngine(site), sightings, 200);
    expect(transitions).toEqual([expect.objectContaining({ toRoomId: roomId('n3', 'f0'), floorId: 'f0' })]);
  });
});
