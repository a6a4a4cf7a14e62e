import { jest } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { describeEachDatabase, openMigratedDataSource } from '../../../test-support/test-databases.js';
import type { RoomTransition } from '../engine/engine-types.js';
import { ROWS_PER_STATEMENT } from '../location-timing.js';
import type { TagLocation } from '../location.types.js';
import { LocationStore } from './location-store.js';
import { RoomTransitionRecord } from './room-transition-record.entity.js';
import { TagPosition } from './tag-position.entity.js';

const T0 = Date.UTC(2025, 0, 6, 8, 0, 0, 123);
const MINUTE = 60_000;

function position(tagId: string, roomId: string, ts: number): TagLocation {
  return { tagId, floorId: 'main-1', roomId, x: 12.34, y: 5.67, confidence: 0.876, ts, lastSeen: ts + 400 };
}

function moved(tagId: string, fromRoomId: string | null, toRoomId: string, enteredAt: number): RoomTransition {
  return { tagId, fromRoomId, toRoomId, floorId: 'main-1', enteredAt };
}

describeEachDatabase('the location store', (dialect) => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let store: LocationStore;
  beforeAll(async () => {
    ({ dataSource, close } = await openMigratedDataSource(dialect));
    store = new LocationStore(dataSource);
  });
  afterAll(async () => close());
  beforeEach(async () => {
    await dataSource.getRepository(TagPosition).clear();
    await dataSource.getRepository(RoomTransitionRecord).clear();
  });

  it('keeps one row per tag, the latest written, with millisecond event times', async () => {
    await store.write({ positions: [position('a', 'r1', T0), position('b', 'r1', T0)], transitions: [] });
    await store.write({ positions: [position('a', 'r2', T0 + 5000)], transitions: [] });
    expect(await dataSource.getRepository(TagPosition).count()).toBe(2);
    const loaded = await store.loadPositions();
    expect(loaded.find((p) => p.tagId === 'a')).toEqual(position('a', 'r2', T0 + 5000));
  });

  it('writes a flush larger than one statement, positions and transitions', async () => {
    const count = ROWS_PER_STATEMENT * 2 + 7;
    const tags = Array.from({ length: count }, (_, i) => `tag-${i}`);
    await store.write({ positions: tags.map((tagId) => position(tagId, 'r1', T0)), transitions: tags.map((tagId) => moved(tagId, null, 'r1', T0)) });
    expect(await dataSource.getRepository(TagPosition).count()).toBe(count);
    expect(await dataSource.getRepository(RoomTransitionRecord).count()).toBe(count);
  });

  it('writes a flush whole or not at all', async () => {
    const broken = { ...moved('a', null, 'r1', T0), floorId: null as unknown as string };
    // TypeORM logs the failed statement; here the failure is the point.
    const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await expect(store.write({ positions: [position('a', 'r1', T0)], transitions: [moved('a', null, 'r1', T0), broken] })).rejects.toThrow();
    quiet.mockRestore();
    expect(await dataSource.getRepository(TagPosition).count()).toBe(0);
    expect(await dataSource.getRepository(RoomTransitionRecord).count()).toBe(0);
  });

  it("answers a tag's history in a range with the transition in effect at its start", async () => {
    await store.write({
      positions: [],
      transitions: [moved('a', null, 'r1', T0 - 2 * MINUTE), moved('a', 'r1', 'r2', T0 - MINUTE), moved('a', 'r2', 'r3', T0 + MINUTE), moved('a', 'r3', 'r4', T0 + 3 * MINUTE), moved('b', null, 'r9', T0)],
    });
    expect(await store.transitionsOf('a', T0, T0 + 2 * MINUTE)).toEqual([moved('a', 'r1', 'r2', T0 - MINUTE), moved('a', 'r2', 'r3', T0 + MINUTE)]);
    expect(await store.transitionsOf('a', T0 - 10 * MINUTE, T0 - 5 * MINUTE)).toEqual([]);
    expect(await store.transitionsOf('c', T0, T0 + MINUTE)).toEqual([]);
  });

  it('answers the histories of many tags at once, each as transitionsOf would, across statement chunks', async () => {
    const many = Array.from({ length: ROWS_PER_STATEMENT + 3 }, (_, i) => `bulk-${i}`);
    await store.write({
      positions: [],
      transitions: [
        moved('a', null, 'r1', T0 - 2 * MINUTE),
        moved('a', 'r1', 'r2', T0 - MINUTE),
        moved('a', 'r2', 'r3', T0 + MINUTE),
        moved('a', 'r3', 'r4', T0 + 3 * MINUTE),
        moved('b', null, 'r9', T0),
        // c: two transitions in the same millisecond before the range: the later row is in effect.
        moved('c', null, 'r5', T0 - MINUTE),
        moved('c', 'r5', 'r6', T0 - MINUTE),
        ...many.map((tagId) => moved(tagId, null, 'r7', T0 - MINUTE)),
      ],
    });
    const histories = await store.transitionsOfTags(['a', 'b', 'c', 'nobody', ...many], T0, T0 + 2 * MINUTE);
    expect(histories.get('a')).toEqual([moved('a', 'r1', 'r2', T0 - MINUTE), moved('a', 'r2', 'r3', T0 + MINUTE)]);
    expect(histories.get('b')).toEqual([moved('b', null, 'r9', T0)]);
    expect(histories.get('c')).toEqual([moved('c', 'r5', 'r6', T0 - MINUTE)]);
    expect(histories.has('nobody')).toBe(false);
    expect(many.map((tagId) => histories.get(tagId))).toEqual(many.map((tagId) => [moved(tagId, null, 'r7', T0 - MINUTE)]));
    for (const tagId of ['a', 'b', 'c']) expect(await store.transitionsOf(tagId, T0, T0 + 2 * MINUTE)).toEqual(histories.get(tagId));
    expect((await store.transitionsOfTags([], T0, T0 + MINUTE)).size).toBe(0);
  });

  it('lists every stay in a room that overlaps the range', async () => {
    const [from, to] = [T0, T0 + 60 * MINUTE];
    await store.write({
      positions: [],
      transitions: [
        // a: in R from before the range until within it.
        moved('a', null, 'R', T0 - 60 * MINUTE),
        moved('a', 'R', 'x', T0 + 10 * MINUTE),
        // b: entered within the range and still there.
        moved('b', 'x', 'R', T0 + 20 * MINUTE),
        // c: left before the range; f: left exactly at its start (stays are [entered, left)).
        moved('c', null, 'R', T0 - 120 * MINUTE),
        moved('c', 'R', 'x', T0 - 60 * MINUTE),
        moved('f', null, 'R', T0 - 30 * MINUTE),
        moved('f', 'R', 'x', T0),
        // d: entered after the range.
        moved('d', null, 'R', T0 + 120 * MINUTE),
        // e: two stays within the range.
        moved('e', null, 'R', T0 + 5 * MINUTE),
        moved('e', 'R', 'x', T0 + 15 * MINUTE),
        moved('e', 'x', 'R', T0 + 30 * MINUTE),
        moved('e', 'R', 'y', T0 + 90 * MINUTE),
      ],
    });
    expect(await store.visitsTo('R', from, to)).toEqual([
      { tagId: 'a', roomId: 'R', enteredAt: T0 - 60 * MINUTE, leftAt: T0 + 10 * MINUTE },
      { tagId: 'e', roomId: 'R', enteredAt: T0 + 5 * MINUTE, leftAt: T0 + 15 * MINUTE },
      { tagId: 'b', roomId: 'R', enteredAt: T0 + 20 * MINUTE, leftAt: null },
      { tagId: 'e', roomId: 'R', enteredAt: T0 + 30 * MINUTE, leftAt: T0 + 90 * MINUTE },
    ]);
  });
});
