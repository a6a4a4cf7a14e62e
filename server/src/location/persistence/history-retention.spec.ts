import type { DataSource } from 'typeorm';
import { describeEachDatabase, openMigratedDataSource } from '../../../test-support/test-databases.js';
import { loadConfig } from '../../platform/config/app-config.js';
import { HistoryRetentionService } from './history-retention.service.js';
import { LocationStore } from './location-store.js';
import { RoomTransitionRecord } from './room-transition-record.entity.js';

const NOW = new Date('2026-06-01T12:00:00.000Z');

describeEachDatabase('room-transition retention', (dialect) => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let store: LocationStore;

  const insert = (tagId: string, toRoomId: string, enteredAt: string) =>
    dataSource.getRepository(RoomTransitionRecord).insert({ tagId, fromRoomId: null, toRoomId, floorId: 'f0', enteredAt: new Date(enteredAt) });
  const remaining = async () =>
    (await dataSource.getRepository(RoomTransitionRecord).find({ order: { tagId: 'ASC', enteredAt: 'ASC', id: 'ASC' } })).map((row) => [row.tagId, row.toRoomId, row.enteredAt.toISOString()]);
  const retention = (days: string) => new HistoryRetentionService(store, loadConfig({ LOCATION_HISTORY_RETENTION_DAYS: days }));

  beforeEach(async () => {
    ({ dataSource, close } = await openMigratedDataSource(dialect));
    store = new LocationStore(dataSource);
  });
  afterEach(async () => close());

  it('purges transitions older than the retention, keeping each tag’s last one before the cutoff', async () => {
    // 30 days before NOW: 2026-05-02T12:00Z.
    await insert('pump-a', 'ward-1', '2026-01-01T00:00:00.000Z');
    await insert('pump-a', 'ward-2', '2026-02-01T00:00:00.000Z');
    await insert('pump-a', 'icu-3', '2026-04-01T00:00:00.000Z');
    await insert('pump-a', 'ward-4', '2026-05-10T00:00:00.000Z');
    await insert('bed-b', 'ward-7', '2026-03-01T00:00:00.000Z');
    // Two transitions of one tag in the same millisecond: the later row is the one in effect.
    await insert('chair-c', 'lobby', '2026-04-01T00:00:00.000Z');
    await insert('chair-c', 'xray', '2026-04-01T00:00:00.000Z');

    expect(await retention('30').purge(NOW)).toBe(3);
    expect(await remaining()).toEqual([
      ['bed-b', 'ward-7', '2026-03-01T00:00:00.000Z'],
      ['chair-c', 'xray', '2026-04-01T00:00:00.000Z'],
      ['pump-a', 'icu-3', '2026-04-01T00:00:00.000Z'],
      ['pump-a', 'ward-4', '2026-05-10T00:00:00.000Z'],
    ]);
    // Nothing more to do on the next night.
    expect(await retention('30').purge(NOW)).toBe(0);
  });

  it('keeps everything at retention 0, and purges in chunks', async () => {
    for (let day = 1; day <= 12; day++) await insert('pump-a', `room-${day}`, `2026-01-${String(day).padStart(2, '0')}T08:00:00.000Z`);
    expect(await retention('0').purge(NOW)).toBe(0);
    expect(await remaining()).toHaveLength(12);
    expect(await store.purgeTransitionsBefore(new Date('2026-02-01T00:00:00.000Z'), 5)).toBe(11);
    expect(await remaining()).toEqual([['pump-a', 'room-12', '2026-01-12T08:00:00.000Z']]);
  });
});
