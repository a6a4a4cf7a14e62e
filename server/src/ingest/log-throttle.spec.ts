import { LogThrottle } from './log-throttle.js';

describe('LogThrottle', () => {
  it('lets one line per key through per interval and counts the rest', () => {
    const throttle = new LogThrottle(60_000);
    expect(throttle.pass('gw-1', 0)).toBe(0);
    expect(throttle.pass('gw-1', 1_000)).toBeUndefined();
    expect(throttle.pass('gw-1', 59_999)).toBeUndefined();
    expect(throttle.pass('gw-2', 59_999)).toBe(0);
    expect(throttle.pass('gw-1', 60_000)).toBe(2);
    expect(throttle.pass('gw-1', 60_001)).toBeUndefined();
  });

  it('forgets everything rather than grow past its key limit', () => {
    const throttle = new LogThrottle(60_000, 2);
    throttle.pass('a', 0);
    throttle.pass('b', 0);
    expect(throttle.pass('c', 1)).toBe(0);
    expect(throttle.pass('a', 2)).toBe(0);
  });
});
