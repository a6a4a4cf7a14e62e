import type { Sighting } from '../engine/engine-types.js';
import type { SiteModel } from '../engine/site-model.js';
import { MINUTE, SECOND, T0 } from '../engine/testing/replay.js';
import { parked, simulateSightings } from '../engine/testing/simulated-radio.js';
import { centreOf, roomId, testWard } from '../engine/testing/test-ward.js';
import { LiveLocations, type LocatedChanges } from './live-locations.js';

const ward = testWard();
const n2 = roomId('n2', 'f0');
const s4 = roomId('s4', 'f0');

function parkedIn(site: SiteModel, room: string, tagId: string, fromMs: number, toMs: number, seed = 1): Sighting[] {
  const { floorId, x, y } = centreOf(site, room);
  return simulateSightings(site, parked(floorId, x, y), { tagId, seed, fromMs, toMs });
}

/** Feeds the sightings as the bus would, advancing and draining after each batch as the timer would. */
function feed(live: LiveLocations, sightings: readonly Sighting[], batchSize = 50): LocatedChanges {
  const collected: LocatedChanges = { positions: [], transitions: [] };
  for (let i = 0; i < sightings.length; i += batchSize) {
    live.ingest(sightings.slice(i, i + batchSize));
    live.advance();
    const { positions, transitions } = live.drain();
    collected.positions.push(...positions);
    collected.transitions.push(...transitions);
  }
  return collected;
}

describe('a site reload', () => {
  it('keeps placed tags in their rooms: no transition, no new position', () => {
    const live = new LiveLocations(ward, []);
    feed(live, parkedIn(ward, n2, 'pump-1', T0, T0 + 2 * MINUTE));
    expect(live.position('pump-1')?.roomId).toBe(n2);

    // Another gateway in the corridor: a different model, same rooms.
    const extended: SiteModel = { ...ward, gateways: [...ward.gateways, { id: 'gw-new', floorId: 'f0', roomId: null, x: 11, y: 9.5 }] };
    live.replaceSite(extended, []);
    const after = feed(live, parkedIn(extended, n2, 'pump-1', T0 + 2 * MINUTE + SECOND, T0 + 6 * MINUTE, 2));

    expect(after.transitions).toEqual([]);
    expect(after.positions).toEqual([]);
    expect(live.position('pump-1')?.roomId).toBe(n2);
    expect(live.siteSize()).toEqual({ floors: 2, rooms: 24, gateways: ward.gateways.length + 1 });
  });

  it('places a tag afresh when its room is gone from the plans', () => {
    const live = new LiveLocations(ward, []);
    feed(live, parkedIn(ward, n2, 'pump-1', T0, T0 + 2 * MINUTE));
    const withoutN2: SiteModel = { ...ward, rooms: ward.rooms.filter((room) => room.id !== n2), gateways: ward.gateways.filter((gateway) => gateway.roomId !== n2) };
    live.replaceSite(withoutN2, []);
    expect(live.position('pump-1')).toBeUndefined();

    const after = feed(live, parkedIn(withoutN2, s4, 'pump-1', T0 + 2 * MINUTE + SECOND, T0 + 4 * MINUTE, 3));
    expect(after.transitions).toEqual([expect.objectContaining({ tagId: 'pump-1', fromRoomId: null, toRoomId: s4 })]);
  });

  it('takes up persisted positions the old engine could not place', () => {
    const live = new LiveLocations({ floors: [], rooms: [], gateways: [] }, [{ tagId: 'bed-7', floorId: 'f0', roomId: s4, x: 23, y: 5, confidence: 0.8, ts: T0, lastSeen: T0 + 5000 }]);
    expect(live.position('bed-7')).toBeUndefined();
    live.replaceSite(ward, [{ tagId: 'bed-7', floorId: 'f0', roomId: s4, x: 23, y: 5, confidence: 0.8, ts: T0, lastSeen: T0 + 5000 }]);
    expect(live.position('bed-7')).toMatchObject({ roomId: s4, lastSeen: T0 + 5000 });
    expect(live.hasFloor('f1')).toBe(true);
  });
});

describe('live locations', () => {
  it('list every tracked tag, placed or not, most recently heard first, restored ones with their stored last-seen time', () => {
    const live = new LiveLocations(ward, [{ tagId: 'bed-7', floorId: 'f0', roomId: s4, x: 23, y: 5, confidence: 0.8, ts: T0 - MINUTE, lastSeen: T0 - 30 * SECOND }]);
    feed(live, parkedIn(ward, n2, 'pump-1', T0, T0 + MINUTE));
    // Heard once, too briefly to be placed.
    live.ingest([{ tagId: 'new-tag', gatewayId: 'gw-n1@f0', ts: T0 + MINUTE, rssi: -70, n: 1 }]);
    // Heard only by a gateway the site does not have: not tracked.
    live.ingest([{ tagId: 'stranger', gatewayId: 'gw-elsewhere', ts: T0 + MINUTE, rssi: -50, n: 1 }]);

    const heard = live.heard();
    expect(heard.map((tag) => [tag.tagId, tag.position?.roomId ?? null])).toEqual([
      ['new-tag', null],
      ['pump-1', n2],
      ['bed-7', s4],
    ]);
    expect(heard[2].lastSeen).toBe(T0 - 30 * SECOND);
    expect(live.heard(T0).map((tag) => tag.tagId)).toEqual(['new-tag', 'pump-1']);
    expect(live.onFloor('f0').map((tag) => tag.tagId).sort()).toEqual(['bed-7', 'pump-1']);
    expect(live.onFloor('f1')).toEqual([]);
  });

  it('at shutdown, finalizes the last ticks and refreshes the last-seen time of tags heard since their row was written', () => {
    const live = new LiveLocations(ward, []);
    const first = feed(live, parkedIn(ward, n2, 'pump-1', T0, T0 + MINUTE));
    const written = first.positions.filter((p) => p.tagId === 'pump-1').at(-1);
    feed(live, parkedIn(ward, n2, 'pump-1', T0 + MINUTE + SECOND, T0 + 3 * MINUTE, 2));

    const { positions } = live.finish();
    expect(positions).toHaveLength(1);
    expect(positions[0]).toMatchObject({ tagId: 'pump-1', roomId: n2 });
    expect(positions[0].lastSeen).toBeGreaterThan(written?.lastSeen ?? Infinity);
    expect(positions[0].lastSeen).toBe(live.lastSeen('pump-1'));
    // Nothing new since: nothing to refresh.
    expect(live.finish().positions).toEqual([]);
  });

  it('does not let a gateway whose clock runs ahead raise event time for every tag', () => {
    const now = T0 + MINUTE;
    const live = new LiveLocations(ward, [], () => now);
    feed(live, parkedIn(ward, n2, 'pump-1', T0, now - SECOND));
    // A report stamped an hour ahead, for another tag.
    live.ingest([{ tagId: 'skewed', gatewayId: 'gw-s1@f0', ts: now + 60 * MINUTE, rssi: -60, n: 1 }]);
    live.advance();
    const processed = live.stats().sightingsProcessed;
    live.ingest(parkedIn(ward, n2, 'pump-1', now - 500, now, 4));
    expect(live.stats().lateDropped).toBe(0);
    expect(live.stats().sightingsProcessed).toBeGreaterThan(processed);
  });
});

describe('tags silent for long', () => {
  const n4 = roomId('n4', 'f0');

  it('leave the engine but keep their last position and last-seen time, and the database gets the newest last-seen time', () => {
    const live = new LiveLocations(ward, []);
    const written = feed(live, parkedIn(ward, n2, 'pump-quiet', T0, T0 + 2 * MINUTE)).positions;
    const lastSeen = live.lastSeen('pump-quiet')!;
    // Another tag keeps event time moving for an hour (the quiet one's fading confidence may be written meanwhile).
    written.push(...feed(live, parkedIn(ward, s4, 'bed-busy', T0 + 2 * MINUTE, T0 + 62 * MINUTE, 4), 200).positions);

    const rows = live.forgetSilent(30 * MINUTE);
    expect(live.stats().tagsTracked).toBe(1);
    expect(live.dormantCount()).toBe(1);
    // Whatever the drains wrote plus what forgetting returns ends with the newest last-seen time, once.
    const quietRows = [...written, ...rows].filter((row) => row.tagId === 'pump-quiet');
    expect(quietRows.at(-1)).toMatchObject({ roomId: n2, lastSeen });
    expect(rows.length).toBe(written.filter((row) => row.tagId === 'pump-quiet').at(-1)!.lastSeen < lastSeen ? 1 : 0);
    expect(live.forgetSilent(30 * MINUTE)).toEqual([]);

    expect(live.position('pump-quiet')).toMatchObject({ roomId: n2, lastSeen });
    expect(live.onFloor('f0').map((position) => position.tagId).sort()).toEqual(['bed-busy', 'pump-quiet']);
    expect(live.heard().map((tag) => [tag.tagId, tag.position?.roomId])).toEqual([
      ['bed-busy', s4],
      ['pump-quiet', n2],
    ]);
    expect(live.heard(lastSeen + 1).map((tag) => tag.tagId)).toEqual(['bed-busy']);
  });

  it('come back where they were when heard again: a move is a transition from that room', () => {
    const live = new LiveLocations(ward, []);
    feed(live, parkedIn(ward, n2, 'pump-quiet', T0, T0 + 2 * MINUTE));
    feed(live, parkedIn(ward, s4, 'bed-busy', T0 + 2 * MINUTE, T0 + 62 * MINUTE, 4), 200);
    live.forgetSilent(30 * MINUTE);

    const back = feed(live, parkedIn(ward, n4, 'pump-quiet', T0 + 63 * MINUTE, T0 + 66 * MINUTE, 5));
    expect(live.dormantCount()).toBe(0);
    expect(live.stats().tagsTracked).toBe(2);
    expect(back.transitions).toEqual([expect.objectContaining({ tagId: 'pump-quiet', fromRoomId: n2, toRoomId: n4 })]);
    expect(live.heard().filter((tag) => tag.tagId === 'pump-quiet')).toHaveLength(1);
  });

  it('are judged against the restored last-seen times before anything is heard after a start', () => {
    const at = (tagId: string, lastSeen: number) => ({ tagId, floorId: 'f0', roomId: n2, x: 11, y: 14, confidence: 0.9, ts: lastSeen, lastSeen });
    const live = new LiveLocations(ward, [at('old-tag', T0), at('recent-tag', T0 + 2 * 60 * MINUTE)]);
    live.forgetSilent(60 * MINUTE);
    expect(live.dormantCount()).toBe(1);
    expect(live.position('old-tag')).toMatchObject({ roomId: n2, lastSeen: T0 });
    expect(live.stats().tagsTracked).toBe(1);
  });

  it('stay dormant across a site reload', () => {
    const live = new LiveLocations(ward, []);
    feed(live, parkedIn(ward, n2, 'pump-quiet', T0, T0 + 2 * MINUTE));
    feed(live, parkedIn(ward, s4, 'bed-busy', T0 + 2 * MINUTE, T0 + 62 * MINUTE, 4), 200);
    live.forgetSilent(30 * MINUTE);
    live.replaceSite(ward, [{ tagId: 'pump-quiet', floorId: 'f0', roomId: n2, x: 11, y: 14, confidence: 0.9, ts: T0 + MINUTE, lastSeen: T0 + 2 * MINUTE }]);
    expect(live.stats().tagsTracked).toBe(1);
    expect(live.heard().map((tag) => tag.tagId)).toEqual(['bed-busy', 'pump-quiet']);
  });
});

describe('a tag restored from the database and heard without moving', () => {
  it('is written once more when it falls dormant, so its stored last-seen time is the newest', () => {
    const { x, y } = centreOf(ward, n2);
    const persisted = { tagId: 'pump-restored', floorId: 'f0', roomId: n2, x, y, confidence: 0.95, ts: T0 - MINUTE, lastSeen: T0 - MINUTE };
    const live = new LiveLocations(ward, [persisted]);
    // Heard where it was: nothing to write, so the database keeps the restored last-seen time.
    const drained = feed(live, parkedIn(ward, n2, 'pump-restored', T0, T0 + 20 * SECOND)).positions;
    const lastSeen = live.lastSeen('pump-restored')!;
    // Silent for a few seconds only (a short threshold), before its fading confidence would be written.
    drained.push(...feed(live, parkedIn(ward, s4, 'bed-busy', T0 + 20 * SECOND, T0 + 27 * SECOND, 4), 200).positions);
    expect(drained.filter((row) => row.tagId === 'pump-restored')).toEqual([]);
    expect(lastSeen).toBeGreaterThan(persisted.lastSeen);

    expect(live.forgetSilent(5 * SECOND)).toEqual([expect.objectContaining({ tagId: 'pump-restored', roomId: n2, lastSeen })]);
  });
});
