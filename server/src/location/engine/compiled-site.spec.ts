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

  it('gives every room hypothesis points inside it, and each point a path loss to each gateway of its floor', () => {
    for (const [r, id] of compiled.roomIds.entries()) {
      expect(compiled.roomPointEnd[r]).toBeGreaterThan(compiled.roomPointStart[r]);
      expect(id).toBeTruthy();
    }
    const floor = compiled.floors[compiled.floorIndex.get('f0')!];
    expect(floor.pathLossDb).toHaveLength(floor.pointX.length * floor.gatewayCount);
    // A point 1.5 m below the antenna is 1.5 m away: η·10·log10(1.5) dB, and no wall in between.
    expect(Math.min(...floor.pathLossDb)).toBeGreaterThanOrEqual(2.5 * 10 * Math.log10(1.5) - 1e-4);
  });

  it('adds the walls between a point and a gateway: none in its own room, one light wall to the next room, a door less', () => {
    const lossFromCentre = (model: SiteModel, roomName: string, gatewayId: string) => {
      const compiledModel = compileSite(model, DEFAULT_ENGINE_CONFIG);
      const r = compiledModel.roomIndex.get(roomId(roomName, 'f0'))!;
      const floor = compiledModel.floors[compiledModel.roomFloor[r]];
      // The point nearest the room's centre (n2 spans x 8–14, y 11–17).
      let nearest = -1;
      for (let p = compiledModel.roomPointStart[r]; p < compiledModel.roomPointEnd[r]; p++) {
        const distance = Math.hypot(floor.pointX[p] - 11, floor.pointY[p] - 14);
        if (nearest < 0 || distance < Math.hypot(floor.pointX[nearest] - 11, floor.pointY[nearest] - 14)) nearest = p;
      }
      const gateway = compiledModel.gatewayIndex.get(gatewayId)!;
      const g = compiledModel.gatewayLocal[gateway];
      const x = floor.pointX[nearest];
      const y = floor.pointY[nearest];
      const gatewayModel = model.gateways.find((candidate) => candidate.id === gatewayId)!;
      const distanceLoss = 2.5 * 10 * Math.log10(Math.hypot(Math.hypot(x - gatewayModel.x, y - gatewayModel.y), 1.5));
      return floor.pathLossDb[nearest * floor.gatewayCount + g] - distanceLoss;
    };
    expect(lossFromCentre(site, 'n2', 'gw-n2@f0')).toBeCloseTo(0, 4);
    // n2's centre to n1's gateway: through the wall at x 8 (3 dB).
    expect(lossFromCentre(site, 'n2', 'gw-n1@f0')).toBeCloseTo(3, 4);
    // …to s2's gateway across the corridor: n2's south wall and s2's north wall.
    expect(lossFromCentre(site, 'n2', 'gw-s2@f0')).toBeCloseTo(6, 4);
    // A door in n2's south wall straight between them replaces one wall with an opening (1.5 dB).
    const withDoor: SiteModel = { ...site, doors: [{ floorId: 'f0', x: 11, y: 11, rooms: [roomId('n2', 'f0'), roomId('corridor', 'f0')] }] };
    expect(lossFromCentre(withDoor, 'n2', 'gw-s2@f0')).toBeCloseTo(4.5, 4);
    // Switched off: pure log-distance.
    const noWalls = compileSite(site, { ...DEFAULT_ENGINE_CONFIG, wallLossDb: 0, heavyWallLossDb: 0 });
    const floor = noWalls.floors[0];
    const gateway = noWalls.gatewayLocal[noWalls.gatewayIndex.get('gw-n1@f0')!];
    const p = noWalls.roomPointStart[noWalls.roomIndex.get(roomId('n2', 'f0'))!];
    const gw = site.gateways.find((candidate) => candidate.id === 'gw-n1@f0')!;
    const horizontal = Math.hypot(floor.pointX[p] - gw.x, floor.pointY[p] - gw.y);
    expect(floor.pathLossDb[p * floor.gatewayCount + gateway]).toBeCloseTo(2.5 * 10 * Math.log10(Math.hypot(horizontal, 1.5)), 4);
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
