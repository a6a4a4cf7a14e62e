import { RateMeter } from './heartbeat.js';

describe('the heartbeat rate meter', () => {
  it('reports 0 at the first sample, then the rate per second since the previous sample', () => {
    const meter = new RateMeter();
    expect(meter.sample(100, 0)).toBe(0);
    expect(meter.sample(2_100, 1_000)).toBe(2_000);
    expect(meter.sample(2_160, 31_000)).toBe(2);
    expect(meter.sample(2_161, 34_000)).toBe(0.3);
  });

  it('never reports a negative rate or divides by a zero interval', () => {
    const meter = new RateMeter();
    meter.sample(10, 1_000);
    expect(meter.sample(5, 2_000)).toBe(0);
    expect(meter.sample(50, 2_000)).toBe(0);
  });
});
