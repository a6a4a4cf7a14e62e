import { EvidenceSnapshot } from './evidence-snapshot.js';
import { GatewayEvidence, NO_PENDING, QUARTER_DB, type EvidenceSettings } from './gateway-evidence.js';

const settings: EvidenceSettings = {
  slotsPerTag: 2,
  bucketsPerSlot: 9,
  windowTicks: 6,
  timeoutTicks: 20,
  rssiNoiseDb: 4,
  modelErrorDb: 2,
  outlierRejectDb: 8,
};
const offsets = Float64Array.from([0, 0, 0, -3]);

function store(): GatewayEvidence {
  const evidence = new GatewayEvidence(settings, offsets);
  evidence.resize(2);
  return evidence;
}
const q = (dbm: number) => dbm * QUARTER_DB;

describe('GatewayEvidence', () => {
  it('merges readings into the same result whatever order they arrive in', () => {
    const readings: Array<[number, number, number, number]> = [
      [0, 10, -70, 3],
      [0, 11, -72, 2],
      [1, 10, -80, 1],
      [0, 10, -71, 1],
      [1, 12, -79, 4],
    ];
    const snapshotAfter = (order: typeof readings) => {
      const evidence = store();
      for (const [gateway, tick, dbm, n] of order) evidence.add(0, gateway, tick, q(dbm), n);
      const out = new EvidenceSnapshot(2);
      evidence.snapshot(0, 12, out);
      return [Array.from(out.gateway.subarray(0, out.count)), Array.from(out.rssi.subarray(0, out.count)), Array.from(out.precision.subarray(0, out.count))];
    };
    expect(snapshotAfter([...readings].reverse())).toEqual(snapshotAfter(readings));
  });

  it('uses only ticks inside the window, and reports the earliest later tick as pending', () => {
    const evidence = store();
    evidence.add(0, 0, 1, q(-60), 1); // outside the window ending at tick 10
    evidence.add(0, 0, 8, q(-70), 1);
    evidence.add(0, 0, 12, q(-90), 1); // after the evaluated tick
    const out = new EvidenceSnapshot(2);
    expect(evidence.snapshot(0, 10, out)).toBe(12);
    expect(out.rssi[0]).toBe(-70);
  });

  it('applies the gateway’s calibration offset', () => {
    const evidence = store();
    evidence.add(0, 3, 5, q(-70), 1);
    const out = new EvidenceSnapshot(2);
    evidence.snapshot(0, 5, out);
    expect(out.rssi[0]).toBe(-73);
  });

  it('weighs a gateway more the more advertisements it heard', () => {
    const evidence = store();
    evidence.add(0, 0, 5, q(-70), 1);
    evidence.add(0, 1, 5, q(-70), 9);
    const out = new EvidenceSnapshot(2);
    evidence.snapshot(0, 5, out);
    expect(out.precision[1]).toBeGreaterThan(out.precision[0]);
  });

  it('holds a silent gateway’s last estimate, fading it out, then frees its slot at the timeout', () => {
    const evidence = store();
    evidence.add(0, 0, 5, q(-70), 1);
    const out = new EvidenceSnapshot(2);
    evidence.snapshot(0, 5, out);
    evidence.snapshot(0, 15, out);
    expect(out.count).toBe(1);
    expect(out.rssi[0]).toBe(-70);
    expect(out.freshness[0]).toBeGreaterThan(0);
    expect(out.freshness[0]).toBeLessThan(1);
    expect(evidence.snapshot(0, 25, out)).toBe(NO_PENDING);
    expect(out.count).toBe(0);
    expect(evidence.slotsInUse(0)).toBe(0);
  });

  it('lets a stronger newcomer displace the weakest gateway when the slots are full, and refuses a weaker one', () => {
    const evidence = store();
    evidence.add(0, 0, 5, q(-60), 1);
    evidence.add(0, 1, 5, q(-85), 1);
    expect(evidence.add(0, 2, 5, q(-90), 1)).toBe(false);
    expect(evidence.add(0, 2, 5, q(-75), 1)).toBe(true);
    const out = new EvidenceSnapshot(2);
    evidence.snapshot(0, 5, out);
    expect(Array.from(out.gateway.subarray(0, out.count)).sort()).toEqual([0, 2]);
  });

  it('keeps tags apart', () => {
    const evidence = store();
    evidence.add(0, 0, 5, q(-60), 1);
    evidence.add(1, 1, 5, q(-80), 1);
    evidence.clearTag(0);
    expect(evidence.slotsInUse(0)).toBe(0);
    expect(evidence.slotsInUse(1)).toBe(1);
  });
});
