import { assetsOutsideAllowedZone, type RoomInfo, type TagPlacement, type ZoneWatchedAsset } from './left-zone.check.js';

const ROOMS = new Map<string, RoomInfo>([
  ['corridor', { name: 'Corridor', type: 'corridor' }],
  ['ward-1', { name: 'Ward 1', type: 'patient_room' }],
  ['exit-east', { name: 'East exit', type: 'exit' }],
]);
const T0 = Date.parse('2025-03-14T08:00:00.000Z');
const pump: ZoneWatchedAsset = { id: '7', name: 'Pump 7', status: 'in_use', tagIds: ['tag-7'] };
const placed = (entries: Record<string, [string | null, number]>): Map<string, TagPlacement> =>
  new Map(Object.entries(entries).map(([tagId, [roomId, since]]) => [tagId, { floorId: roomId === null ? null : 'f-0', roomId, since }]));

describe('assetsOutsideAllowedZone', () => {
  it('raises for an asset placed in an exit, critical', () => {
    expect(assetsOutsideAllowedZone([pump], placed({ 'tag-7': ['exit-east', T0] }), ROOMS)).toEqual([
      {
        kind: 'equipment.left_zone',
        key: 'equipment.left_zone:asset:7',
        severity: 'critical',
        title: 'Pump 7 at East exit',
        detail: { assetName: 'Pump 7', tagId: 'tag-7', roomName: 'East exit', roomType: 'exit', since: '2025-03-14T08:00:00.000Z' },
        subjectType: 'asset',
        subjectId: '7',
        floorId: 'f-0',
        roomId: 'exit-east',
      },
    ]);
  });

  it('clears once the asset is placed inside again', () => {
    // The transitions corridor → exit → corridor, one placement at a time.
    const sequence: Array<[string, number]> = [['corridor', T0], ['exit-east', T0 + 5_000], ['corridor', T0 + 20_000]];
    const alerted = sequence.map(([room, since]) => assetsOutsideAllowedZone([pump], placed({ 'tag-7': [room, since] }), ROOMS).length);
    expect(alerted).toEqual([0, 1, 0]);
  });

  it('raises for a placement outside every room of the plan, or in a room the plan no longer has', () => {
    expect(assetsOutsideAllowedZone([pump], placed({ 'tag-7': [null, T0] }), ROOMS)[0]).toMatchObject({
      title: 'Pump 7 left the building',
      floorId: null,
      roomId: null,
      detail: { roomName: null, roomType: null },
    });
    expect(assetsOutsideAllowedZone([pump], placed({ 'tag-7': ['demolished', T0] }), ROOMS)[0]).toMatchObject({ roomId: 'demolished' });
  });

  it('lets retired assets leave, and says nothing about assets never placed', () => {
    expect(assetsOutsideAllowedZone([{ ...pump, status: 'retired' }], placed({ 'tag-7': ['exit-east', T0] }), ROOMS)).toEqual([]);
    expect(assetsOutsideAllowedZone([pump], new Map(), ROOMS)).toEqual([]);
  });

  it('follows the most recent of an asset’s tags', () => {
    const twoTags = { ...pump, tagIds: ['tag-7', 'tag-7b'] };
    expect(assetsOutsideAllowedZone([twoTags], placed({ 'tag-7': ['exit-east', T0], 'tag-7b': ['ward-1', T0 + 1] }), ROOMS)).toEqual([]);
    expect(assetsOutsideAllowedZone([twoTags], placed({ 'tag-7': ['exit-east', T0 + 1], 'tag-7b': ['ward-1', T0] }), ROOMS)).toHaveLength(1);
  });

  it('applies another policy’s forbidden room types', () => {
    const policy = { forbiddenRoomTypes: new Set(['exit', 'soiled_utility']) };
    const rooms = new Map([...ROOMS, ['dirty', { name: 'Dirty utility', type: 'soiled_utility' }]]);
    expect(assetsOutsideAllowedZone([pump], placed({ 'tag-7': ['dirty', T0] }), rooms, policy)).toHaveLength(1);
    expect(assetsOutsideAllowedZone([pump], placed({ 'tag-7': ['dirty', T0] }), rooms)).toEqual([]);
  });
});
