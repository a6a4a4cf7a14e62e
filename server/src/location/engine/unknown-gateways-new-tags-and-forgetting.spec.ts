import type { Sighting } from './engine-types.js';
import { LocationEngine } from './location-engine.js';
import { replay, MINUTE, T0 } from './testing/replay.js';
import { parked, simulateSightings } from './testing/simulated-radio.js';
import { centreOf, roomId, testWard } from './testing/test-ward.js';

const site = testWard();
const n2 = centreOf(site, roomId('n2', 'f0'));
const inN2 = (tagId: string, seed = 1) => simulateSightings(site, parked(n2.floorId, n2.x, n2.y), { tagId, seed, fromMs: T0, toMs: T0 + MINUTE });

describe('bookkeeping', () => {
  it('counts and ignores sightings from gateways the site does not have', () => {
    const engine = new LocationEngine(site);
    engine.ingest({ tagId: 'a', gatewayId: 'gw-in-the-car-park', ts: T0, rssi: -60, n: 1 });
    expect(engine.stats()).toMatchObject({ unknownGateway: 1, tagsTracked: 0, sightingsProcessed: 0 });
  });

  it('starts tracking a tag at its first sighting (pairing is decided elsewhere)', () => {
    const engine = new LocationEngine(site);
    replay(engine, inN2('never-seen-before'));
    expect(engine.stats().tagsTracked).toBe(1);
    expect(engine.position('never-seen-before')?.roomId).toBe(roomId('n2', 'f0'));
  });

  it('counts and ignores sightings without a usable time or RSSI', () => {
    const engine = new LocationEngine(site);
    const broken: Sighting[] = [
      { tagId: 'a', gatewayId: 'gw-n2@f0', ts: Number.NaN, rssi: -60, n: 1 },
      { tagId: 'a', gatewayId: 'gw-n2@f0', ts: T0, rssi: Number.POSITIVE_INFINITY, n: 1 },
    ];
    engine.ingestAll(broken);
    expect(engine.stats()).toMatchObject({ invalidDropped: 2, tagsTracked: 0 });
  });

  it('reads a missing or nonsensical advertisement count as one', () => {
    const engine = new LocationEngine(site);
    replay(engine, inN2('a').map((s) => ({ ...s, n: Number.NaN })));
    expect(engine.position('a')?.roomId).toBe(roomId('n2', 'f0'));
  });

  it('tells when a tag was last seen (event time)', () => {
    const engine = new LocationEngine(site);
    const sightings = inN2('a');
    engine.ingestAll(sightings);
    expect(engine.lastSeen('a')).toBe(Math.max(...sightings.map((s) => s.ts)));
    expect(engine.lastSeen('b')).toBeUndefined();
  });

  it('forgets a tag entirely, including a change not yet drained', () => {
    const engine = new LocationEngine(site);
    engine.ingestAll(inN2('a'));
    engine.ingestAll(inN2('b', 2));
    expect(engine.forget('a')).toBe(true);
    expect(engine.forget('a')).toBe(false);

    expect(engine.stats().tagsTracked).toBe(1);
    expect(engine.position('a')).toBeUndefined();
    expect(engine.lastSeen('a')).toBeUndefined();
    expect(engine.drainChanges().positions.map((p) => p.tagId)).toEqual(['b']);
  });

  it('starts a forgotten tag afresh when it is heard again', () => {
    const engine = new LocationEngine(site);
    replay(engine, inN2('a'));
    engine.forget('a');
    const s4 = centreOf(site, roomId('s4', 'f0'));
    const later = simulateSightings(site, parked(s4.floorId, s4.x, s4.y), { tagId: 'a', seed: 3, fromMs: T0 + 2 * MINUTE, toMs: T0 + 3 * MINUTE });
    const { transitions } = replay(engine, later);
    expect(transitions).toEqual([expect.objectContaining({ fromRoomId: null, toRoomId: roomId('s4', 'f0') })]);
  });
});
