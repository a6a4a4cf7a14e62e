import type { Sighting } from './engine-types.js';
import { LocationEngine } from './location-engine.js';
import { SECOND, T0 } from './testing/replay.js';
import { testWard } from './testing/test-ward.js';

const site = testWard();
const sighting = (gatewayId: string, ts: number, tagId = 'scale-4'): Sighting => ({ tagId, gatewayId, ts, rssi: -70, n: 3 });

/** Ten seconds of one tag heard by n2's gateway every second. */
function heardByN2(engine: LocationEngine): void {
  for (let s = 0; s <= 10; s++) engine.ingest(sighting('gw-n2@f0', T0 + s * SECOND));
}

describe('late sightings (allowed lateness 400 ms)', () => {
  /** Ten seconds of the tag in n2, then a corridor gateway's sighting `lateByMs` behind the newest. */
  function afterLateSighting(lateByMs: number) {
    const engine = new LocationEngine(site, { allowedLatenessMs: 400 });
    heardByN2(engine);
    engine.ingest(sighting('gw-corridor-1@f0', T0 + 10 * SECOND - lateByMs));
    engine.advanceTo(T0 + 12 * SECOND);
    return { stats: engine.stats(), gatewaysHeard: engine.gatewayReadings('scale-4').map((r) => r.gatewayId) };
  }

  it('applies a sighting that arrives within the lateness bound', () => {
    const { stats, gatewaysHeard } = afterLateSighting(300);
    expect(stats).toMatchObject({ sightingsProcessed: 12, lateDropped: 0 });
    expect(gatewaysHeard).toContain('gw-corridor-1@f0');
  });

  it('drops and counts a sighting older than the watermark minus the bound', () => {
    const { stats, gatewaysHeard } = afterLateSighting(1000);
    expect(stats).toMatchObject({ sightingsProcessed: 11, lateDropped: 1 });
    expect(gatewaysHeard).not.toContain('gw-corridor-1@f0');
  });

  it('measures lateness per tag: another tag’s newer sightings do not make this one late', () => {
    const engine = new LocationEngine(site, { allowedLatenessMs: 400 });
    engine.ingest(sighting('gw-n2@f0', T0 + 60 * SECOND, 'other-tag'));
    heardByN2(engine);
    expect(engine.stats().lateDropped).toBe(0);
  });

  it('makes everything older than advanceTo minus the bound late, for known and new tags alike', () => {
    const engine = new LocationEngine(site, { allowedLatenessMs: 400 });
    heardByN2(engine);
    engine.advanceTo(T0 + 20 * SECOND);
    engine.ingest(sighting('gw-n2@f0', T0 + 19 * SECOND));
    engine.ingest(sighting('gw-n2@f0', T0 + 19 * SECOND, 'new-tag'));
    engine.ingest(sighting('gw-n2@f0', T0 + 19.7 * SECOND, 'new-tag'));

    expect(engine.stats()).toMatchObject({ lateDropped: 2, tagsTracked: 2 });
  });
});
