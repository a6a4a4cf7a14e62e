import { pointInPolygon } from '../../floorplan/geometry/polygon.js';
import { LocationEngine } from './location-engine.js';
import { replay, MINUTE, SECOND, T0 } from './testing/replay.js';
import { parked, simulateSightings } from './testing/simulated-radio.js';
import { centreOf, roomId, testWard } from './testing/test-ward.js';

const site = testWard();

describe('a tag in the middle of a room', () => {
  it.each([roomId('n2', 'f0'), roomId('s4', 'f0'), roomId('stairs', 'f0'), roomId('n3', 'f1'), roomId('corridor', 'f0')])(
    'settles in %s within seconds and stays there',
    (room) => {
      const { floorId, x, y } = centreOf(site, room);
      const sightings = simulateSightings(site, parked(floorId, x, y), { tagId: 'pump-7', seed: 42, fromMs: T0, toMs: T0 + 10 * MINUTE });
      const engine = new LocationEngine(site);
      const { transitions } = replay(engine, sightings);

      expect(transitions).toEqual([{ tagId: 'pump-7', fromRoomId: null, toRoomId: room, floorId, enteredAt: expect.any(Number) }]);
      // Dated to the tick in which it was first heard.
      expect(transitions[0].enteredAt - T0).toBeLessThanOrEqual(engine.config.tickMs);
      const position = engine.position('pump-7');
      expect(position).toMatchObject({ roomId: room, floorId });
      expect(Math.hypot(position!.x - x, position!.y - y)).toBeLessThan(2);
      expect(pointInPolygon([position!.x, position!.y], site.rooms.find((r) => r.id === room)!.polygon)).toBe(true);
      expect(position!.confidence).toBeGreaterThan(0.75);
    },
  );

  it('is placed only after it has been heard for the settle time', () => {
    const { floorId, x, y } = centreOf(site, roomId('n2', 'f0'));
    const sightings = simulateSightings(site, parked(floorId, x, y), { tagId: 'pump-7', seed: 1, fromMs: T0, toMs: T0 + 10 * SECOND });
    const engine = new LocationEngine(site);
    engine.ingestAll(sightings.filter((s) => s.ts < T0 + 1000));
    engine.advanceTo(T0 + 1000 + engine.config.allowedLatenessMs + engine.config.tickMs);
    expect(engine.position('pump-7')).toBeUndefined();

    engine.ingestAll(sightings.filter((s) => s.ts >= T0 + 1000));
    expect(engine.position('pump-7')?.roomId).toBe(roomId('n2', 'f0'));
  });
});
