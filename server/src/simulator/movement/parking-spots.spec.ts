import { distanceToBoundary, pointInPolygon } from '../../floorplan/geometry/polygon.js';
import { BuildingModel } from '../../floorplan/building/building-model.js';
import { Prng } from '../prng.js';
import { loadStMarysFloors } from '../testing/st-marys.js';
import { roomInteriorPoint } from '../../floorplan/building/room-interior-point.js';
import { randomSpotInRoom, spotNearWall } from './parking-spots.js';

describe('parking spots', () => {
  const building = BuildingModel.fromFloorPlans(loadStMarysFloors());

  it('draws random spots inside every room, clear of the walls where the room allows', () => {
    const prng = new Prng(4);
    for (const room of building.rooms) {
      for (let i = 0; i < 5; i++) {
        const spot = randomSpotInRoom(room, prng, 0.5);
        expect(pointInPolygon(spot, room.polygon, 0)).toBe(true);
        // Rooms narrower than 1 m get less clearance (halved at most three times).
        expect(distanceToBoundary(spot, room.polygon)).toBeGreaterThanOrEqual(0.0625);
      }
    }
  });

  it('spreads spots over the room rather than piling them up', () => {
    const room = building.room('main-0-main-lobby');
    const prng = new Prng(5);
    const spots = Array.from({ length: 400 }, () => randomSpotInRoom(room, prng, 0.5));
    const xs = spots.map((spot) => spot[0]).sort((a, b) => a - b);
    expect(xs[360] - xs[40]).toBeGreaterThan(5);
    expect(spots.every((spot) => distanceToBoundary(spot, room.polygon) >= 0.5)).toBe(true);
  });

  it('finds a room’s most central point for a shaft', () => {
    for (const room of building.rooms.filter((r) => r.verticalLink !== null)) {
      const point = roomInteriorPoint(room);
      expect(pointInPolygon(point, room.polygon, 0)).toBe(true);
      expect(distanceToBoundary(point, room.polygon)).toBeGreaterThan(0.5);
    }
  });

  it('parks near the wall shared with a neighbour, at the distance asked', () => {
    const spot = spotNearWall(building, 'main-1-icu-bay-01', { distanceM: 0.3 });
    const room = building.room('main-1-icu-bay-01');
    expect(pointInPolygon([spot.x, spot.y], room.polygon, 0)).toBe(true);
    expect(distanceToBoundary([spot.x, spot.y], room.polygon)).toBeCloseTo(0.3, 9);
    // The neighbour is a room of the same floor whose outline is 0.3 m from the spot.
    const neighbour = building.room(spot.neighbourRoomId);
    expect(neighbour.floorId).toBe(room.floorId);
    expect(distanceToBoundary([spot.x, spot.y], neighbour.polygon)).toBeCloseTo(0.3, 9);
    expect(pointInPolygon([spot.x, spot.y], neighbour.polygon, 0)).toBe(false);
  });

  it('parks near a chosen neighbour, and refuses a room that is not one', () => {
    const spot = spotNearWall(building, 'main-1-icu-bay-01', { distanceM: 0.5, neighbourRoomId: 'main-1-icu-bay-02' });
    expect(spot.neighbourRoomId).toBe('main-1-icu-bay-02');
    expect(distanceToBoundary([spot.x, spot.y], building.room('main-1-icu-bay-02').polygon)).toBeCloseTo(0.5, 9);
    expect(() => spotNearWall(building, 'main-1-icu-bay-01', { neighbourRoomId: 'main-0-main-lobby' })).toThrow(RangeError);
  });
});
