import request from 'supertest';
import { DataSource } from 'typeorm';
import { createUserAndSignIn, signIn, TEST_ADMIN, type TestSession } from '../../test-support/sign-in.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { FloorplanQueryService } from '../floorplan/floorplan-query.service.js';
import { BleSightingBus } from '../ingest/ble-sighting.bus.js';
import type { Sighting } from './engine/engine-types.js';
import type { SiteModel } from './engine/site-model.js';
import { parked, simulateSightings } from './engine/testing/simulated-radio.js';
import { LocationService } from './location.service.js';
import type { LocationChange } from './location.types.js';
import { RoomTransitionRecord } from './persistence/room-transition-record.entity.js';
import { TagPosition } from './persistence/tag-position.entity.js';
import { SiteModelBuilder } from './site/site-model-builder.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const FLOOR = 'main-1';

interface Place {
  roomId: string;
  x: number;
  y: number;
}

/**
 * The demo hospital's patient rooms on the first floor that have a gateway of their own, farthest
 * apart first, so a move between the first two is unmistakable.
 */
async function patientRoomsWithGateways(testApp: TestApp, site: SiteModel): Promise<Place[]> {
  const detail = await testApp.app.get(FloorplanQueryService).floorDetail(FLOOR);
  const withGateway = new Set(site.gateways.map((gateway) => gateway.roomId));
  const rooms = detail.rooms.filter((room) => room.type === 'patient_room' && withGateway.has(room.id));
  const places = rooms.map((room) => ({ roomId: room.id, x: room.centroid[0], y: room.centroid[1] }));
  const [first] = places;
  return [first, ...places.slice(1).sort((a, b) => Math.hypot(b.x - first.x, b.y - first.y) - Math.hypot(a.x - first.x, a.y - first.y))];
}

/** Hands the sightings to the bus as gateways would: one batch per gateway per second of event time. */
function publish(testApp: TestApp, sightings: readonly Sighting[]): void {
  const bus = testApp.app.get(BleSightingBus);
  let i = 0;
  while (i < sightings.length) {
    const sliceEnd = (Math.floor(sightings[i].ts / SECOND) + 1) * SECOND;
    const batches = new Map<string, Sighting[]>();
    for (; i < sightings.length && sightings[i].ts < sliceEnd; i++) {
      const batch = batches.get(sightings[i].gatewayId) ?? [];
      batch.push(sightings[i]);
      batches.set(sightings[i].gatewayId, batch);
    }
    for (const [gatewayId, batch] of batches) bus.publish(batch, gatewayId);
  }
}

describeEachDatabase('tag locations end to end', (dialect) => {
  let testApp: TestApp;
  let site: SiteModel;
  let rooms: Place[];
  let viewer: TestSession;
  let biomed: TestSession;
  /** Event time of the next phase; each phase starts after the previous one (event time only moves forward). */
  let clock = Math.floor((Date.now() - 90 * MINUTE) / SECOND) * SECOND;

  const location = () => testApp.app.get(LocationService);
  const database = () => testApp.app.get(DataSource);
  const transitionsOf = (tagId: string) => database().getRepository(RoomTransitionRecord).find({ where: { tagId }, order: { enteredAt: 'ASC', id: 'ASC' } });
  /** The tag parked at the place for `durationMs` from the phase clock, which moves on past it. */
  const parkedAt = (place: Place, tagId: string, durationMs: number, seed: number): Sighting[] => {
    const fromMs = clock;
    clock += durationMs + 2 * SECOND;
    return simulateSightings(site, parked(FLOOR, place.x, place.y), { tagId, seed, fromMs, toMs: fromMs + durationMs });
  };
  const get = (path: string, session?: TestSession) => {
    const call = request(testApp.server).get(path);
    return session ? call.set('Cookie', session.cookie) : call;
  };

  beforeAll(async () => {
    testApp = await startTestApp(dialect, { WARDWATCH_DEMO: 'true' });
    // The demo import may run after the location feature started (module order): apply it now.
    await location().reloadSite();
    site = (await testApp.app.get(SiteModelBuilder).build()).model;
    rooms = await patientRoomsWithGateways(testApp, site);
    const admin = await signIn(testApp.server, TEST_ADMIN.username, TEST_ADMIN.password);
    viewer = await createUserAndSignIn(testApp.server, admin, { username: 'ward-viewer', role: 'viewer' });
    biomed = await createUserAndSignIn(testApp.server, admin, { username: 'biomed-tech', role: 'biomed' });
  }, 120_000);
  afterAll(async () => testApp?.close());

  it("runs the engine on St Mary's floor plans", () => {
    expect(location().stats().site).toMatchObject({ floors: 2, gateways: site.gateways.length });
    expect(site.gateways.length).toBeGreaterThan(250);
    expect(rooms.length).toBeGreaterThanOrEqual(4);
  });

  it('writes a handful of rows for 20,000 sightings of a stationary tag', async () => {
    const sightings = parkedAt(rooms[2], 'stationary-pump', 30 * MINUTE, 11).slice(0, 20_000);
    expect(sightings).toHaveLength(20_000);
    clock = sightings[sightings.length - 1].ts + 2 * SECOND;
    const changes: LocationChange[] = [];
    const stop = location().onChange((change) => changes.push(change));
    const before = location().stats().queue;
    // Drained and flushed every 10 s of event time (live: every 250 ms and 1 s of wall time).
    for (let from = sightings[0].ts; from <= sightings[sightings.length - 1].ts; from += 10 * SECOND) {
      publish(testApp, sightings.filter((s) => s.ts >= from && s.ts < from + 10 * SECOND));
      await location().flush();
    }
    stop();
    const after = location().stats().queue;

    const positionRowsWritten = after.positionsWritten - before.positionsWritten;
    const transitionRowsWritten = after.transitionsWritten - before.transitionsWritten;
    expect(transitionRowsWritten).toBe(1);
    expect(positionRowsWritten).toBeGreaterThanOrEqual(1);
    expect(positionRowsWritten).toBeLessThanOrEqual(4);
    expect(changes.filter((change) => change.kind === 'position')).toHaveLength(positionRowsWritten);
    expect(await transitionsOf('stationary-pump')).toEqual([expect.objectContaining({ fromRoomId: null, toRoomId: rooms[2].roomId, floorId: FLOOR })]);
    expect(await database().getRepository(TagPosition).findOneBy({ tagId: 'stationary-pump' })).toMatchObject({ roomId: rooms[2].roomId });
    expect(location().stats().engine).toMatchObject({ lateDropped: 0, unknownGateway: 0 });
  });

  it('places a tag heard by the gateways around one room in that room', async () => {
    publish(testApp, parkedAt(rooms[0], 'infusion-pump', MINUTE, 12));
    await location().flush();

    const answer = await get('/api/location/tags/infusion-pump', viewer).expect(200);
    expect(answer.body).toMatchObject({ tagId: 'infusion-pump', floorId: FLOOR, roomId: rooms[0].roomId });
    expect(answer.body.confidence).toBeGreaterThan(0.4);
    expect(Date.parse(answer.body.at)).toBeLessThan(clock);
    const onFloor = await get(`/api/location/floors/${FLOOR}/tags`, viewer).expect(200);
    expect(onFloor.body.map((tag: { tagId: string }) => tag.tagId).sort()).toEqual(['infusion-pump', 'stationary-pump']);
    expect((await get('/api/location/floors/main-0/tags', viewer).expect(200)).body).toEqual([]);
  });

  it('records a move to another room as a transition at its event time', async () => {
    const movedAt = clock;
    publish(testApp, parkedAt(rooms[1], 'infusion-pump', 2 * MINUTE, 13));
    await location().flush();

    const rows = await transitionsOf('infusion-pump');
    expect(rows[0]).toMatchObject({ fromRoomId: null, toRoomId: rooms[0].roomId });
    const arrival = rows[rows.length - 1];
    expect(arrival).toMatchObject({ toRoomId: rooms[1].roomId, floorId: FLOOR });
    // Event time, not the time of the write: within the RSSI window before the move and a minute after it.
    expect(arrival.enteredAt.getTime()).toBeGreaterThanOrEqual(movedAt - 3 * SECOND);
    expect(arrival.enteredAt.getTime()).toBeLessThan(movedAt + MINUTE);

    const from = new Date(movedAt - 5 * MINUTE).toISOString();
    const to = new Date(clock).toISOString();
    const history = await get(`/api/location/tags/infusion-pump/history?from=${from}&to=${to}`, viewer).expect(200);
    expect(history.body.tagId).toBe('infusion-pump');
    expect(history.body.transitions[0]).toEqual({ fromRoomId: null, toRoomId: rooms[0].roomId, floorId: FLOOR, enteredAt: rows[0].enteredAt.toISOString() });
    expect(history.body.transitions.at(-1)).toMatchObject({ toRoomId: rooms[1].roomId, enteredAt: arrival.enteredAt.toISOString() });
    expect(history.body.current).toMatchObject({ roomId: rooms[1].roomId });
    // Many tags at once (staff badges): each exactly as history() answers it, in the order asked.
    const tags = ['stationary-pump', 'never-heard', 'infusion-pump'];
    const one = await Promise.all(tags.map((tagId) => location().history(tagId, movedAt - 5 * MINUTE, clock)));
    expect(await location().histories(tags, movedAt - 5 * MINUTE, clock)).toEqual(one);
    expect(one[1]).toEqual({ tagId: 'never-heard', transitions: [], current: null });
    expect(one[2].transitions.at(-1)?.toRoomId).toBe(rooms[1].roomId);

    const occupants = await location().occupants(rooms[1].roomId, movedAt - MINUTE, clock);
    expect(occupants).toEqual([{ tagId: 'infusion-pump', roomId: rooms[1].roomId, enteredAt: arrival.enteredAt.getTime(), leftAt: null }]);
  });

  it('answers 401 without a session, 403 for stats to a viewer, 404 for unknown tags and floors', async () => {
    for (const path of ['/api/location/tags/infusion-pump', '/api/location/tags/infusion-pump/history', `/api/location/floors/${FLOOR}/tags`, '/api/location/stats']) {
      await get(path).expect(401);
    }
    await get('/api/location/stats', viewer).expect(403);
    const stats = await get('/api/location/stats', biomed).expect(200);
    expect(stats.body.engine.tagsTracked).toBe(2);
    expect(stats.body.queue).toMatchObject({ queuedPositions: 0, queuedTransitions: 0, consecutiveFailures: 0 });
    expect(stats.body.site.gateways).toBe(site.gateways.length);

    const unknownTag = await get('/api/location/tags/never-heard', viewer).expect(404);
    expect(unknownTag.body.message).toBe('Tag "never-heard" has no known position');
    await get('/api/location/floors/no-such-floor/tags', viewer).expect(404);
  });

  it('answers 400 naming the field for a missing, zoneless, reversed or too long history range', async () => {
    const history = (query: string) => get(`/api/location/tags/infusion-pump/history?${query}`, viewer).expect(400);
    const fields = (answer: request.Response) => (answer.body.issues as Array<{ field: string }>).map((issue) => issue.field);

    expect(fields(await history('to=2025-03-14T00:00:00Z'))).toContain('from');
    expect(fields(await history('from=2025-03-14T00:00:00&to=2025-03-15T00:00:00Z'))).toEqual(['from']);
    expect(fields(await history('from=yesterday&to=2025-03-15T00:00:00Z'))).toContain('from');
    const reversed = await history('from=2025-03-15T00:00:00Z&to=2025-03-14T00:00:00Z');
    expect(reversed.body.issues).toEqual([{ field: 'to', message: 'must not be before from, and at most 31 days after it' }]);
    expect(fields(await history('from=2025-03-01T00:00:00Z&to=2025-04-02T00:00:01Z'))).toEqual(['to']);
    await get('/api/location/tags/infusion-pump/history?from=2025-03-01T00:00:00Z&to=2025-04-01T00:00:00Z', viewer).expect(200);
  });

  it('restores positions after a restart, and a tag that stayed put makes no transition', async () => {
    const transitionsBefore = (await transitionsOf('infusion-pump')).length;
    testApp = await testApp.restart();

    // Known before any sighting: restored from the database.
    const restored = await get('/api/location/tags/infusion-pump', viewer).expect(200);
    expect(restored.body).toMatchObject({ roomId: rooms[1].roomId });
    expect(location().heardTags().map((tag) => tag.tagId).sort()).toEqual(['infusion-pump', 'stationary-pump']);

    const changes: LocationChange[] = [];
    const stop = location().onChange((change) => changes.push(change));
    publish(testApp, parkedAt(rooms[1], 'infusion-pump', 2 * MINUTE, 14));
    await location().flush();
    stop();
    expect(changes.filter((change) => change.kind === 'transition')).toEqual([]);
    expect(await transitionsOf('infusion-pump')).toHaveLength(transitionsBefore);
    expect((await get('/api/location/tags/infusion-pump', viewer).expect(200)).body).toMatchObject({ roomId: rooms[1].roomId });
  });

  it('writes what was decided but not yet flushed when the application shuts down', async () => {
    publish(testApp, parkedAt(rooms[3], 'wheelchair-3', 20 * SECOND, 15));
    // No flush: shutting down writes it.
    testApp = await testApp.restart();

    expect(await database().getRepository(TagPosition).findOneBy({ tagId: 'wheelchair-3' })).toMatchObject({ floorId: FLOOR, roomId: rooms[3].roomId });
    expect(await transitionsOf('wheelchair-3')).toEqual([expect.objectContaining({ fromRoomId: null, toRoomId: rooms[3].roomId })]);
    expect((await get('/api/location/tags/wheelchair-3', viewer).expect(200)).body).toMatchObject({ roomId: rooms[3].roomId });
  });

  it('takes long-silent tags out of the engine but still serves where they were, and brings one back when heard', async () => {
    // wheelchair-3 was heard last; the two pumps have been silent since earlier phases.
    const silentFor = (tagId: string) => location().heardTags().find((tag) => tag.tagId === 'wheelchair-3')!.lastSeen - location().heardTags().find((tag) => tag.tagId === tagId)!.lastSeen;
    const threshold = Math.min(silentFor('infusion-pump'), silentFor('stationary-pump')) - SECOND;
    expect(threshold).toBeGreaterThan(0);
    const trackedBefore = location().stats().engine.tagsTracked;
    expect(location().forgetSilentTags(threshold)).toBe(2);

    const stats = await get('/api/location/stats', biomed).expect(200);
    expect(stats.body).toMatchObject({ dormantTags: 2, engine: { tagsTracked: trackedBefore - 2 } });
    expect((await get('/api/location/tags/infusion-pump', viewer).expect(200)).body).toMatchObject({ roomId: rooms[1].roomId });
    const onFloor = await get(`/api/location/floors/${FLOOR}/tags`, viewer).expect(200);
    expect(onFloor.body.map((tag: { tagId: string }) => tag.tagId).sort()).toEqual(['infusion-pump', 'stationary-pump', 'wheelchair-3']);

    const changes: LocationChange[] = [];
    const stop = location().onChange((change) => changes.push(change));
    publish(testApp, parkedAt(rooms[0], 'infusion-pump', 2 * MINUTE, 16));
    await location().flush();
    stop();
    expect(location().stats()).toMatchObject({ dormantTags: 1, engine: { tagsTracked: trackedBefore - 1 } });
    // Back where it was, then moved: the history says from which room.
    expect(changes.filter((change) => change.kind === 'transition').map((change) => change.kind === 'transition' && change.transition)).toEqual([
      expect.objectContaining({ tagId: 'infusion-pump', fromRoomId: rooms[1].roomId, toRoomId: rooms[0].roomId }),
    ]);
  });
});
