import { LocationEngine } from './location-engine.js';
import { replay, MINUTE, T0 } from './testing/replay.js';
import { parked, simulateSightings } from './testing/simulated-radio.js';
import type { SiteModel } from './site-model.js';
import { roomId, testWard } from './testing/test-ward.js';

const site = testWard();
const EXPONENT = 2.5;
/** 6 dB more or less at the receiver reads as this factor in distance under the log-distance model. */
const SIX_DB_DISTANCE_FACTOR = Math.pow(10, 6 / (10 * EXPONENT));

function withOffset(model: SiteModel, gatewayId: string, rssiOffsetDb: number): SiteModel {
  return { ...model, gateways: model.gateways.map((g) => (g.id === gatewayId ? { ...g, rssiOffsetDb } : g)) };
}

/** Distance the engine reads from n2's gateway for a tag 3 m from it (slant, with the 1.5 m antenna height). */
function distanceFromN2Gateway(engine: LocationEngine, options: { gatewayBiasDb?: Record<string, number>; referencePowerDbm?: number; txPowerAt1m?: number } = {}) {
  // 3 m south of the gateway at (11, 14).
  const sightings = simulateSightings(site, parked('f0', 11, 11), {
    tagId: 'probe',
    seed: 5,
    sigmaDb: 0.5,
    fromMs: T0,
    toMs: T0 + MINUTE,
    ...options,
  });
  replay(engine, sightings);
  const reading = engine.gatewayReadings('probe').find((r) => r.gatewayId === 'gw-n2@f0');
  if (!reading) throw new Error('n2 gateway not heard');
  return reading.distanceM;
}

const trueSlantDistance = Math.hypot(3, 1.5);

describe('calibration', () => {
  it('a gateway offset corrects a gateway that reads 6 dB hot', () => {
    const hot = { 'gw-n2@f0': 6 };
    const uncorrected = distanceFromN2Gateway(new LocationEngine(site), { gatewayBiasDb: hot });
    const corrected = distanceFromN2Gateway(new LocationEngine(withOffset(site, 'gw-n2@f0', -6)), { gatewayBiasDb: hot });

    expect(corrected).toBeCloseTo(trueSlantDistance, 0);
    expect(corrected / uncorrected).toBeCloseTo(SIX_DB_DISTANCE_FACTOR, 1);
  });

  it('a per-tag reference power scales the distances read for that tag', () => {
    // A tag that is 6 dB weaker than the default -59 dBm at 1 m, configured as such.
    const weakTag = { referencePowerDbm: -65 };
    const unconfigured = distanceFromN2Gateway(new LocationEngine(site), weakTag);
    const configured = distanceFromN2Gateway(new LocationEngine(site, { tagReferencePowerDbm: { probe: -65 } }), weakTag);

    expect(configured).toBeCloseTo(trueSlantDistance, 0);
    expect(unconfigured / configured).toBeCloseTo(SIX_DB_DISTANCE_FACTOR, 1);
  });

  it('the tag’s advertised power at 1 m is used unless configuration says otherwise', () => {
    const weakTag = { referencePowerDbm: -65, txPowerAt1m: -65 };
    expect(distanceFromN2Gateway(new LocationEngine(site), weakTag)).toBeCloseTo(trueSlantDistance, 0);
    const overridden = distanceFromN2Gateway(new LocationEngine(site, { tagReferencePowerDbm: { probe: -59 } }), weakTag);
    expect(overridden / trueSlantDistance).toBeCloseTo(SIX_DB_DISTANCE_FACTOR, 1);
  });

  it('without its offset, a gateway reading 10 dB hot pulls a tag by the wall into its room', () => {
    // 80 cm inside n3, by the wall of n2, whose gateway reads 10 dB hot.
    const hot = { 'gw-n2@f0': 10 };
    const sightings = simulateSightings(site, parked('f0', 14.8, 14), { tagId: 'cart', seed: 2, fromMs: T0, toMs: T0 + 10 * MINUTE, gatewayBiasDb: hot });
    const room = (model: SiteModel) => {
      const engine = new LocationEngine(model);
      replay(engine, sightings, 500);
      return engine.position('cart')?.roomId;
    };
    expect(room(site)).toBe(roomId('n2', 'f0'));
    expect(room(withOffset(site, 'gw-n2@f0', -10))).toBe(roomId('n3', 'f0'));
  });
});
