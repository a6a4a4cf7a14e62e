import { compileSite } from './compiled-site.js';
import { DEFAULT_ENGINE_CONFIG } from './engine-config.js';
import { SiteModelError, type SiteModel } from './site-model.js';
import { roomId, testWard } from './testing/test-ward.js';

const site = testWard();
const compiled = compileSite(site, DEFAULT_ENGINE_CONFIG);
const room = (id: string) => compiled.roomIndex.get(id)!;
const linksOf = (id: string) =>
  Array.from(compiled.links.subarray(compiled.linkStart[room(id)], compiled.linkStart[room(id) + 1]), (r) => compiled.roomIds[r]).sort();

describe('compileSite', () => {
  it('links rooms whose walls touch when the plan gives no doors', () => {
    expect(linksOf(roomId('n2', 'f0'))).toEqual([roomId('corridor', 'f0'), roomId('n1', 'f0'), roomId('n3', 'f0')]);
    expect(linksOf(roomId('stairs', 'f0'))).toEqual([roomId('corridor', 'f0'), roomId('n5', 'f0')]);
  });

  it('uses the plan’s doors instead when it has them', () => {
    const withDoors = compileSite({ ...site, roomLinks: [[roomId('n2', 'f0'), roomId('corridor', 'f0')]] }, DEFAULT_ENGINE_CONFIG);
    const n2 = withDoors.roomIndex.get(roomId('n2', 'f0'))!;
    expect(Array.from(withDoors.links.subarray(withDoors.linkStart[n2], withDoors.linkStart[n2 + 1]), (r) => withDoors.roomIds[r])).toEqual([
      roomId('corridor', 'f0'),
    ]);
  });

  it('makes candidates of the rooms near each gateway, on its own floor only', () => {
    const gateway = compiled.gatewayIndex.get('gw-n2@f0')!;
    const near = Array.from(compiled.nearRooms.subarray(compiled.nearStart[gateway], compiled.nearStart[gateway + 1]), (r) => compiled.roomIds[r]);
    expect(near).toContain(roomId('n2', 'f0'));
    expect(near).toContain(roomId('s2', 'f0'));
    expect(near.every((id) => id.endsWith('@f0'))).toBe(true);
  });

  it('gives every room hypothesis points inside it, and each point a distance term to each gateway of its floor', () => {
    for (const [r, id] of compiled.roomIds.entries()) {
      expect(compiled.roomPointEnd[r]).toBeGreaterThan(compiled.roomPointStart[r]);
      expect(id).toBeTruthy();
    }
    const floor = compiled.floors[compiled.floorIndex.get('f0')!];
    expect(floor.distanceTerm).toHaveLength(floor.pointX.length * floor.gatewayCount);
    // A point 1.5 m below the antenna is 1.5 m away: 10·log10(1.5) dB.
    expect(Math.min(...floor.distanceTerm)).toBeGreaterThanOrEqual(10 * Math.log10(1.5) - 1e-6);
  });

  it.each<[string, SiteModel]>([
    ['a room on an unknown floor', { ...site, rooms: [...site.rooms, { id: 'x', floorId: 'f9', type: 'office', polygon: [[0, 0], [1, 0], [1, 1]] }] }],
    ['a duplicate gateway id', { ...site, gateways: [...site.gateways, site.gateways[0]] }],
    ['a gateway in an unknown room', { ...site, gateways: [{ ...site.gateways[0], id: 'gw-x', roomId: 'nowhere' }] }],
    ['a link to an unknown room', { ...site, roomLinks: [[roomId('n2', 'f0'), 'nowhere']] }],
    ['a room with two corners', { ...site, rooms: [{ id: 'x', floorId: 'f0', type: 'office', polygon: [[0, 0], [1, 0]] }] }],
  ])('refuses %s', (_what, model) => {
    expect(() => compileSite(model, DEFAULT_ENGINE_CONFIG)).toThrow(SiteModelError);
  });
});
