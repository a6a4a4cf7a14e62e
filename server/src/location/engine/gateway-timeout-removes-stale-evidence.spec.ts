import type { Sighting } from './engine-types.js';
import { LocationEngine } from './location-engine.js';
import { replay, MINUTE, SECOND, T0 } from './testing/replay.js';
import { parked, simulateSightings } from './testing/simulated-radio.js';
import { centreOf, roomId, testWard } from './testing/test-ward.js';

const site = testWard();
const n2 = centreOf(site, roomId('n2', 'f0'));

function heardInN2(until: number, except?: (s: Sighting) => boolean): Sighting[] {
  return simulateSightings(site, parked(n2.floorId, n2.x, n2.y), { tagId: 'pump-9', seed: 31, fromMs: T0, toMs: until }).filter((s) => !except?.(s));
}

describe('a gateway that stops hearing the tag', () => {
  const quietFrom = T0 + MINUTE;
  const corridorGateway = 'gw-corridor-1@f0';
  // The corridor gateway falls silent after a minute; the others go on for two.
  const sightings = heardInN2(T0 + 2 * MINUTE, (s) => s.gatewayId === corridorGateway && s.ts > quietFrom);

  function readingsAt(ts: number) {
    const engine = new LocationEngine(site);
    engine.ingestAll(sightings.filter((s) => s.ts <= ts));
    return engine.gatewayReadings('pump-9');
  }

  it('counts in full within the window, then fades', () => {
    const { rssiWindowMs } = new LocationEngine(site).config;
    const fresh = readingsAt(quietFrom + rssiWindowMs / 2).find((r) => r.gatewayId === corridorGateway);
    const fading = readingsAt(quietFrom + rssiWindowMs + 3 * SECOND).find((r) => r.gatewayId === corridorGateway);
    expect(fresh?.freshness).toBe(1);
    expect(fading?.freshness).toBeGreaterThan(0);
    expect(fading?.freshness).toBeLessThan(1);
  });

  it('is no evidence at all after the gateway timeout', () => {
    const { gatewayTimeoutMs } = new LocationEngine(site).config;
    const gatewayIds = readingsAt(quietFrom + gatewayTimeoutMs + 2 * SECOND).map((r) => r.gatewayId);
    expect(gatewayIds).not.toContain(corridorGateway);
    expect(gatewayIds).toContain('gw-n2@f0');
  });
});

describe('a tag no gateway hears any more', () => {
  it('keeps its room with confidence 0, and moves once when heard again elsewhere', () => {
    const engine = new LocationEngine(site);
    const lastHeard = T0 + MINUTE;
    const before = replay(engine, heardInN2(lastHeard));
    expect(before.positions.at(-1)).toMatchObject({ roomId: roomId('n2', 'f0') });

    engine.advanceTo(lastHeard + engine.config.gatewayTimeoutMs + 5 * SECOND);
    const silent = engine.drainChanges();
    expect(silent.transitions).toEqual([]);
    expect(silent.positions).toEqual([expect.objectContaining({ roomId: roomId('n2', 'f0'), confidence: 0 })]);
    expect(engine.lastSeen('pump-9')).toBeLessThanOrEqual(lastHeard);

    const reappears = T0 + 10 * MINUTE;
    const s4 = centreOf(site, roomId('s4', 'f0'));
    const after = replay(engine, simulateSightings(site, parked(s4.floorId, s4.x, s4.y), { tagId: 'pump-9', seed: 32, fromMs: reappears, toMs: reappears + MINUTE }));
    expect(after.transitions).toEqual([
      { tagId: 'pump-9', fromRoomId: roomId('n2', 'f0'), toRoomId: roomId('s4', 'f0'), floorId: 'f0', enteredAt: expect.any(Number) },
    ]);
    expect(after.transitions[0].enteredAt - reappears).toBeLessThanOrEqual(engine.config.tickMs);
  });
});
