import { missingEquipment, type MissingWatchedAsset, type TagLastSeen } from './missing-equipment.check.js';

const T0 = new Date('2025-03-14T08:00:00.000Z');
const at = (minutes: number, ms = 0) => new Date(T0.getTime() + minutes * 60_000 + ms);
/** The server has been listening since long before T0, unless a test says otherwise. */
const LONG_AGO = new Date('2025-01-01T00:00:00.000Z');

function asset(overrides: Partial<MissingWatchedAsset> = {}): MissingWatchedAsset {
  return { id: '42', name: 'Infusion pump IP-042', status: 'available', missingAfterMinutes: 30, tagIds: ['tag-a'], trackedSince: null, ...overrides };
}
const seen = (entries: Record<string, [Date, string | null, string | null]>): Map<string, TagLastSeen> =>
  new Map(Object.entries(entries).map(([tagId, [lastSeenAt, floorId, roomId]]) => [tagId, { lastSeenAt, floorId, roomId }]));

describe('missingEquipment', () => {
  const lastSeenAtT0 = seen({ 'tag-a': [T0, 'f-1', 'r-101'] });

  it('is not missing 1 ms before the type threshold, and is at exactly the threshold', () => {
    expect(missingEquipment([asset()], lastSeenAtT0, { now: at(30, -1), watchingSince: LONG_AGO })).toEqual([]);
    expect(missingEquipment([asset()], lastSeenAtT0, { now: at(30), watchingSince: LONG_AGO })).toEqual([
      {
        kind: 'equipment.missing',
        key: 'equipment.missing:asset:42',
        severity: 'warning',
        title: 'Infusion pump IP-042 missing',
        detail: { assetName: 'Infusion pump IP-042', tagId: 'tag-a', lastSeenAt: '2025-03-14T08:00:00.000Z', missingAfterMinutes: 30 },
        subjectType: 'asset',
        subjectId: '42',
        floorId: 'f-1',
        roomId: 'r-101',
      },
    ]);
  });

  it('uses each asset type its own threshold', () => {
    const assets = [asset({ id: '1', missingAfterMinutes: 10 }), asset({ id: '2', missingAfterMinutes: 60 })];
    expect(missingEquipment(assets, lastSeenAtT0, { now: at(59), watchingSince: LONG_AGO }).map((c) => c.subjectId)).toEqual(['1']);
    expect(missingEquipment(assets, lastSeenAtT0, { now: at(60), watchingSince: LONG_AGO }).map((c) => c.subjectId)).toEqual(['1', '2']);
  });

  it('never reports a retired asset, an asset without tags, or a type that is not watched', () => {
    const assets = [asset({ status: 'retired' }), asset({ tagIds: [] }), asset({ missingAfterMinutes: null }), asset({ missingAfterMinutes: 0 })];
    expect(missingEquipment(assets, lastSeenAtT0, { now: at(24 * 60), watchingSince: LONG_AGO })).toEqual([]);
  });

  it('counts an asset with two tags as heard when either tag is, and names the tag heard last', () => {
    const twoTags = asset({ tagIds: ['tag-a', 'tag-b'] });
    const lastSeen = seen({ 'tag-a': [T0, 'f-1', 'r-101'], 'tag-b': [at(20), 'f-2', 'r-201'] });
    expect(missingEquipment([twoTags], lastSeen, { now: at(49), watchingSince: LONG_AGO })).toEqual([]);
    const [condition] = missingEquipment([twoTags], lastSeen, { now: at(50), watchingSince: LONG_AGO });
    expect(condition).toMatchObject({ floorId: 'f-2', roomId: 'r-201', detail: { tagId: 'tag-b', lastSeenAt: at(20).toISOString() } });
  });

  it('does not blame silence while the server was not listening', () => {
    // Last heard at T0; the server came back at T0 + 2 h: the 30 minutes start again from then.
    const restart = at(120);
    expect(missingEquipment([asset()], lastSeenAtT0, { now: at(149), watchingSince: restart })).toEqual([]);
    expect(missingEquipment([asset()], lastSeenAtT0, { now: at(150), watchingSince: restart })).toHaveLength(1);
  });

  it('judges a tag never heard from when it was attached, and not at all without that date', () => {
    const neverHeard = new Map<string, TagLastSeen>();
    expect(missingEquipment([asset({ trackedSince: null })], neverHeard, { now: at(600), watchingSince: LONG_AGO })).toEqual([]);
    expect(missingEquipment([asset({ trackedSince: T0 })], neverHeard, { now: at(29), watchingSince: LONG_AGO })).toEqual([]);
    const [condition] = missingEquipment([asset({ trackedSince: T0 })], neverHeard, { now: at(30), watchingSince: LONG_AGO });
    expect(condition).toMatchObject({ floorId: null, roomId: null, detail: { tagId: 'tag-a', lastSeenAt: null } });
  });
});
