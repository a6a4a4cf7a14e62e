import { distanceToBoundary, pointInPolygon } from '../../floorplan/geometry/polygon.js';
import { LocationEngine } from './location-engine.js';
import { replay, MINUTE, T0 } from './testing/replay.js';
import { parked, simulateSightings, walk } from './testing/simulated-radio.js';
import type { SiteModel } from './site-model.js';
import { testWard } from './testing/test-ward.js';

/**
 * An L-shaped room (10 × 10 m with the north-east 6 × 6 m quarter cut out) and one gateway
 * mounted in that cut-out. A tag in the west arm is as far from the gateway as points in the
 * south arm, so the likelihood-weighted mean of the room's points lies in the cut-out.
 */
const lShaped: SiteModel = {
  floors: [{ id: 'annex', level: 0, widthM: 12, heightM: 12 }],
  rooms: [
    {
      id: 'l-store',
      floorId: 'annex',
      type: 'storage',
      polygon: [[0, 0], [10, 0], [10, 4], [4, 4], [4, 10], [0, 10], [0, 0]],
    },
  ],
  gateways: [{ id: 'gw-yard', floorId: 'annex', x: 9, y: 9 }],
};
const ring = lShaped.rooms[0].polygon;

describe('the x/y estimate', () => {
  it('is moved inside the room’s walls when the estimate falls outside an L-shaped room', () => {
    const sightings = simulateSightings(lShaped, parked('annex', 2.5, 9.5), { tagId: 'trolley', seed: 8, fromMs: T0, toMs: T0 + 5 * MINUTE });
    const engine = new LocationEngine(lShaped);
    replay(engine, sightings);

    const { x, y } = engine.position('trolley')!;
    expect(pointInPolygon([x, y], ring)).toBe(true);
    // Pulled to the wall nearest the estimate — the inner corner — and a little way in.
    expect(Math.hypot(x - 4, y - 4)).toBeLessThan(1.5);
    expect(distanceToBoundary([x, y], ring)).toBeGreaterThan(0.1);
  });

  it('always lies inside the room it reports, for a tag walking through the ward', () => {
    const site = testWard();
    const path = walk([
      { floorId: 'f0', x: 5, y: 14, at: T0 },
      { floorId: 'f0', x: 5, y: 9.5, at: T0 + MINUTE },
      { floorId: 'f0', x: 35, y: 9.5, at: T0 + 2 * MINUTE },
      { floorId: 'f0', x: 35, y: 16.5, at: T0 + 3 * MINUTE },
    ]);
    const sightings = simulateSightings(site, path, { tagId: 'walker', seed: 12, fromMs: T0, toMs: T0 + 4 * MINUTE, sigmaDb: 6 });
    const { positions } = replay(new LocationEngine(site), sightings, 5);

    expect(positions.length).toBeGreaterThan(3);
    for (const position of positions) {
      const room = site.rooms.find((r) => r.id === position.roomId)!;
      expect(pointInPolygon([position.x, position.y], room.polygon, 0.01)).toBe(true);
    }
  });
});
