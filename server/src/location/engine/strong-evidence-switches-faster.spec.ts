import { LocationEngine } from './location-engine.js';
import { replay, roomChanges, MINUTE, SECOND, T0 } from './testing/replay.js';
import { simulateSightings, walk } from './testing/simulated-radio.js';
import { roomId, testWard } from './testing/test-ward.js';

const site = testWard();
const n3 = roomId('n3', 'f0');

/** When the engine reports n3 after a walk from the corridor centre to (17, targetY), door at y 11. */
function switchDelayAfterDoor(targetY: number, seed: number, wallLossDb = 3): number {
  const start = T0 + MINUTE;
  const speed = 1.2;
  const path = walk([
    { floorId: 'f0', x: 17, y: 9.5, at: T0 },
    { floorId: 'f0', x: 17, y: 9.5, at: start },
    { floorId: 'f0', x: 17, y: targetY, at: start + ((targetY - 9.5) / speed) * SECOND },
  ]);
  const doorAt = start + (1.5 / speed) * SECOND;
  const sightings = simulateSightings(site, path, { tagId: 'tag', seed, fromMs: T0, toMs: T0 + 4 * MINUTE, wallLossDb });
  const engine = new LocationEngine(site, { wallLossDb, heavyWallLossDb: wallLossDb === 0 ? 0 : 7 });
  const { positions } = replay(engine, sightings, 1);
  const entered = roomChanges(positions).find(([, room]) => room === n3);
  if (!entered) throw new Error('never reported in n3');
  return entered[0] - doorAt;
}

describe('how fast a room change is reported', () => {
  // Without walls in the radio or the model, a metre inside the room is barely distinguishable from the
  // corridor: the CUSUM's weak-lead path is what decides.
  it.each([1, 2, 3])('open space: a walk deep into the room (strong lead) is reported within 5 s of the door, sooner than a step just inside (seed %i)', (seed) => {
    const deep = switchDelayAfterDoor(14.5, seed, 0);
    const justInside = switchDelayAfterDoor(12, seed, 0);
    expect(deep).toBeLessThanOrEqual(5 * SECOND);
    expect(justInside).toBeGreaterThan(deep);
    // Weak but persistent evidence still wins, within the dwell.
    expect(justInside).toBeLessThanOrEqual(new LocationEngine(site).config.roomDwellMs);
  });

  // With walls, the corridor's gateways read a wall weaker as soon as the tag is through: even a step
  // inside is a strong lead.
  it.each([1, 2, 3])('with walls: a step just inside the room is reported within 5 s of the door too (seed %i)', (seed) => {
    expect(switchDelayAfterDoor(12, seed)).toBeLessThanOrEqual(5 * SECOND);
    expect(switchDelayAfterDoor(14.5, seed)).toBeLessThanOrEqual(5 * SECOND);
  });
});
