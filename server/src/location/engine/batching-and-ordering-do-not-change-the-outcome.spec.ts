import type { Sighting } from './engine-types.js';
import { LocationEngine } from './location-engine.js';
import { merged, replay, MINUTE, SECOND, T0 } from './testing/replay.js';
import { seededRandom, simulateSightings, walk } from './testing/simulated-radio.js';
import { testWard } from './testing/test-ward.js';

const site = testWard();

/** Two tags crossing the ward in opposite directions for five minutes. */
function recording(): Sighting[] {
  const east = walk([
    { floorId: 'f0', x: 5, y: 14, at: T0 },
    { floorId: 'f0', x: 5, y: 9.5, at: T0 + MINUTE },
    { floorId: 'f0', x: 29, y: 9.5, at: T0 + 90 * SECOND },
    { floorId: 'f0', x: 29, y: 5, at: T0 + 2 * MINUTE },
  ]);
  const west = walk([
    { floorId: 'f0', x: 35, y: 14, at: T0 },
    { floorId: 'f0', x: 35, y: 9.5, at: T0 + 2 * MINUTE },
    { floorId: 'f0', x: 11, y: 9.5, at: T0 + 150 * SECOND },
    { floorId: 'f0', x: 11, y: 14, at: T0 + 3 * MINUTE },
  ]);
  return merged(
    simulateSightings(site, east, { tagId: 'east', seed: 3, fromMs: T0, toMs: T0 + 5 * MINUTE }),
    simulateSightings(site, west, { tagId: 'west', seed: 4, fromMs: T0, toMs: T0 + 5 * MINUTE }),
  );
}

/** The same sightings, each delayed by up to `maxDelayMs` of transport and sorted by arrival. */
function shuffledWithin(sightings: Sighting[], maxDelayMs: number, seed: number): Sighting[] {
  const random = seededRandom(seed);
  return sightings
    .map((s) => ({ s, arrival: s.ts + random() * maxDelayMs }))
    .sort((a, b) => a.arrival - b.arrival)
    .map(({ s }) => s);
}

/** Every ground-floor gateway hears these tags, so slots never run out and no order decides which gateway gets one. */
const ENOUGH_SLOTS = 20;

function outcome(sightings: Sighting[], batchSize: number, maxGatewaysPerTag = ENOUGH_SLOTS) {
  const engine = new LocationEngine(site, { allowedLatenessMs: 1000, maxGatewaysPerTag });
  const { transitions } = replay(engine, sightings, batchSize);
  return {
    transitions: [...transitions].sort((a, b) => a.tagId.localeCompare(b.tagId) || a.enteredAt - b.enteredAt),
    positions: ['east', 'west'].map((tagId) => engine.position(tagId)),
    stats: engine.stats(),
  };
}

describe('a replay', () => {
  const sightings = recording();
  const reference = outcome(sightings, 1);

  it('moves both tags (the comparison below is not between two empty results)', () => {
    expect(reference.transitions.filter((t) => t.fromRoomId !== null).length).toBeGreaterThanOrEqual(4);
    expect(reference.stats.lateDropped).toBe(0);
  });

  it.each([7, 100, 5000])('gives identical transitions and positions in batches of %i', (batchSize) => {
    expect(outcome(sightings, batchSize)).toEqual(reference);
  });

  it.each([1, 2, 3])('gives identical results when arrival order is shuffled within the lateness bound (seed %i)', (seed) => {
    expect(outcome(shuffledWithin(sightings, 1000, seed), 13)).toEqual(reference);
  });

  it('gives identical results when every other sighting arrives exactly the lateness bound late', () => {
    const delayed = sightings
      .map((s, i) => ({ s, arrival: s.ts + (i % 2) * 1000 }))
      .sort((a, b) => a.arrival - b.arrival)
      .map(({ s }) => s);
    expect(outcome(delayed, 1)).toEqual(reference);
  });

  it('gives identical results when one tag’s sightings all arrive before the other’s', () => {
    const byTag = [...sightings.filter((s) => s.tagId === 'west'), ...sightings.filter((s) => s.tagId === 'east')];
    expect(outcome(byTag, 50)).toEqual(reference);
  });

  it('with fewer gateway slots than gateways, still gives identical results for any batching', () => {
    const fewSlots = outcome(sightings, 1, 8);
    expect(fewSlots.stats.gatewayOverflowDropped).toBeGreaterThan(0);
    expect(outcome(sightings, 333, 8)).toEqual(fewSlots);
  });

  it('with fewer gateway slots than gateways, goes through the same rooms when shuffled', () => {
    // Which newcomer wins a contested slot follows arrival order, so the weakest gateways'
    // evidence may differ: the rooms do not, their times by a few ticks at most.
    const inOrder = outcome(sightings, 1, 8).transitions;
    const shuffled = outcome(shuffledWithin(sightings, 1000, 1), 13, 8).transitions;
    const rooms = (transitions: typeof inOrder) => transitions.map((t) => [t.tagId, t.fromRoomId, t.toRoomId]);
    expect(rooms(shuffled)).toEqual(rooms(inOrder));
    shuffled.forEach((t, i) => expect(Math.abs(t.enteredAt - inOrder[i].enteredAt)).toBeLessThanOrEqual(3 * SECOND));
  });
});
