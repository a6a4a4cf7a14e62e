import { LocationEngine } from './location-engine.js';
import { replay, roomChanges, MINUTE, SECOND, T0 } from './testing/replay.js';
import { simulateSightings, walk } from './testing/simulated-radio.js';
import { roomId, testWard } from './testing/test-ward.js';

const site = testWard();
const n3 = roomId('n3', 'f0');

/** When the engine reports n3 after a walk from the corridor centre to (17, targetY), door at y 11. */
function switchDelayAfterDoor(targetY: number, seed: number): number {
  const start = T0 + MINUTE;
  const speed = 1.2;
  const path = walk([
    { floorId: 'f0', x: 17, y: 9.5, at: T0 },
    { floorId: 'f0', x: 17, y: 9.5, at: start },
    { floorId: 'f0', x: 17, y: targetY, at: start + ((targetY - 9.5) / speed) * SECOND },
  ]);
  const doorAt = start + (1.5 / speed) * SECOND;
  const sightings = simulateSightings(site, path, { tagId: 'tag', seed, fromMs: T0, toMs: T0 + 4 * MINUTE });
  const { positions } = replay(new LocationEngine(site), sightings, 1);
  const entered = roomChanges(positions).find(([, room]) => room === n3);
  if (!entered) throw new Error('never reported in n3');
  return entered[0] - doorAt;
}

describe('how fast a room change is reported', () => {
  it.each([1, 2, 3])('a walk deep into the room (strong lead) is reported within 5 s of the door, sooner than a step just inside (seed %i)', (seed) => {
    const deep = switchDelayAfterDoor(14.5, seed);
    const justInside = switchDelayAfterDoor(12, seed);
    expect(deep).toBeLessThanOrEqual(5 * SECOND);
    expect(justInside).toBeGreaterThan(deep);
    // Weak but persistent evidence still wins, within the dwell.
    expect(justInside).toBeLessThanOrEqual(new LocationEngine(site).config.roomDwellMs);
  });
});
