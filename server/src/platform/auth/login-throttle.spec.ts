import { LoginThrottle, type ThrottleLimits } from './login-throttle.js';

const MINUTE = 60_000;
const limits: ThrottleLimits = { perUsername: 5, perIp: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE, maxTrackedKeys: 1000 };

function failTimes(throttle: LoginThrottle, username: string, ip: string, times: number, now: number) {
  let locked: string[] = [];
  for (let i = 0; i < times; i++) {
    expect(throttle.begin(username, ip, now)).toEqual({ allowed: true });
    locked = throttle.failed(username, ip, now);
  }
  return locked;
}

describe('LoginThrottle', () => {
  it('locks a username for 15 minutes at its fifth failure within 15 minutes', () => {
    const throttle = new LoginThrottle(limits);
    expect(failTimes(throttle, 'alice', '10.0.0.1', 4, 0)).toEqual([]);
    expect(failTimes(throttle, 'alice', '10.0.0.1', 1, 0)).toEqual(['username']);
    // Even from another address, and even with the right password (not checked).
    expect(throttle.begin('alice', '10.0.0.2', MINUTE)).toEqual({ allowed: false, retryAfterSeconds: 14 * 60 });
    expect(throttle.begin('bob', '10.0.0.1', MINUTE)).toEqual({ allowed: true });
  });

  it('lets the username in again once the lock has run out', () => {
    const throttle = new LoginThrottle(limits);
    failTimes(throttle, 'alice', '10.0.0.1', 5, 0);
    expect(throttle.begin('alice', '10.0.0.1', 15 * MINUTE - 1).allowed).toBe(false);
    expect(throttle.begin('alice', '10.0.0.1', 15 * MINUTE)).toEqual({ allowed: true });
  });

  it('counts only failures within the window', () => {
    const throttle = new LoginThrottle(limits);
    failTimes(throttle, 'alice', '10.0.0.1', 4, 0);
    expect(failTimes(throttle, 'alice', '10.0.0.1', 4, 15 * MINUTE + 1)).toEqual([]);
    expect(throttle.begin('alice', '10.0.0.1', 15 * MINUTE + 2)).toEqual({ allowed: true });
  });

  it('forgives the username its failures after a successful sign-in', () => {
    const throttle = new LoginThrottle(limits);
    failTimes(throttle, 'alice', '10.0.0.1', 4, 0);
    throttle.begin('alice', '10.0.0.1', 1);
    throttle.succeeded('alice', '10.0.0.1', 1);
    expect(failTimes(throttle, 'alice', '10.0.0.1', 4, 2)).toEqual([]);
  });

  it('locks an address after 20 failures across usernames, and a success does not reset it', () => {
    const throttle = new LoginThrottle(limits);
    for (let i = 0; i < 19; i++) failTimes(throttle, `user${i}`, '10.0.0.9', 1, 0);
    throttle.begin('real', '10.0.0.9', 0);
    throttle.succeeded('real', '10.0.0.9', 0);
    expect(failTimes(throttle, 'user19', '10.0.0.9', 1, 0)).toEqual(['ip']);
    expect(throttle.begin('someone-else', '10.0.0.9', 0)).toEqual({ allowed: false, retryAfterSeconds: 15 * 60 });
    expect(throttle.begin('someone-else', '10.0.0.10', 0)).toEqual({ allowed: true });
  });

  it('refuses a parallel burst beyond the limit while earlier attempts are still being checked', () => {
    const throttle = new LoginThrottle(limits);
    const decisions = Array.from({ length: 8 }, () => throttle.begin('alice', '10.0.0.1', 0));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
    expect(decisions[7]).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('lets an attempt that ended in an internal error count neither way', () => {
    const throttle = new LoginThrottle(limits);
    for (let i = 0; i < 5; i++) {
      expect(throttle.begin('alice', '10.0.0.1', 0)).toEqual({ allowed: true });
      throttle.abandoned('alice', '10.0.0.1');
    }
    expect(failTimes(throttle, 'alice', '10.0.0.1', 4, 0)).toEqual([]);
  });

  it('keeps the number of tracked usernames and addresses bounded', () => {
    const throttle = new LoginThrottle({ ...limits, maxTrackedKeys: 100 });
    for (let i = 0; i < 500; i++) {
      throttle.begin(`user${i}`, `10.0.${i % 250}.1`, i);
      throttle.failed(`user${i}`, `10.0.${i % 250}.1`, i);
    }
    expect(throttle.trackedKeys).toBeLessThanOrEqual(101);
  });
});
