/**
 * Limits password guessing: after `perUsername` failed sign-ins for one
 * username, or `perIp` from one address, within `windowMs`, further attempts
 * for it are refused for `lockMs` (without checking the password).
 *
 * Kept in memory: it resets on restart and is per server instance, which is
 * enough to make online guessing impractical (5 guesses per account per 15
 * minutes). The flip side of any per-account limit: someone can keep an
 * account locked by failing on purpose; the per-address limit bounds how many
 * accounts one address can do that to.
 *
 * Attempts in progress count as failures until they end, so a burst of
 * parallel requests cannot slip past the limit while argon2 is still working.
 * Time is passed in, so the rules are tested without a clock.
 */
export interface ThrottleLimits {
  perUsername: number;
  perIp: number;
  windowMs: number;
  lockMs: number;
  /** Bound on the memory an attacker can make us spend on distinct usernames and addresses. */
  maxTrackedKeys: number;
}

export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = {
  perUsername: 5,
  perIp: 20,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  maxTrackedKeys: 50_000,
};

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };
export type LockScope = 'username' | 'ip';

interface Bucket {
  failures: number[];
  inFlight: number;
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limits: ThrottleLimits = DEFAULT_THROTTLE_LIMITS) {}

  /** Starts an attempt, or refuses it. An allowed attempt must end with `failed` or `succeeded`. */
  begin(username: string, ip: string, now: number): ThrottleDecision {
    let retryAfterMs = 0;
    for (const [key, limit] of this.keys(username, ip)) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      this.forgetOld(bucket, now);
      if (bucket.lockedUntil > now) retryAfterMs = Math.max(retryAfterMs, bucket.lockedUntil - now);
      // Attempts still running could each be the one that reaches the limit.
      else if (bucket.failures.length + bucket.inFlight >= limit) retryAfterMs = Math.max(retryAfterMs, 1000);
    }
    if (retryAfterMs > 0) return { allowed: false, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) };
    for (const [key] of this.keys(username, ip)) this.bucket(key).inFlight += 1;
    this.bound(now);
    return { allowed: true };
  }

  /** Ends an attempt with a wrong password; says which limits it made lock. */
  failed(username: string, ip: string, now: number): LockScope[] {
    const locked: LockScope[] = [];
    for (const [key, limit, scope] of this.keys(username, ip)) {
      const bucket = this.bucket(key);
      bucket.inFlight = Math.max(0, bucket.inFlight - 1);
      this.forgetOld(bucket, now);
      bucket.failures.push(now);
      if (bucket.failures.length >= limit) {
        bucket.lockedUntil = now + this.limits.lockMs;
        bucket.failures = [];
        locked.push(scope);
      }
    }
    return locked;
  }

  /**
   * Ends an attempt with the right password: the username's failures are
   * forgiven, the address's are not (or one valid account would let an
   * address reset its own counter between guesses at other accounts).
   */
  succeeded(username: string, ip: string, now: number): void {
    for (const [key, , scope] of this.keys(username, ip)) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      bucket.inFlight = Math.max(0, bucket.inFlight - 1);
      if (scope === 'username') bucket.failures = [];
      this.forgetOld(bucket, now);
      if (isIdle(bucket, now)) this.buckets.delete(key);
    }
  }

  /** Ends an attempt that could not be decided (an internal error): it counts neither way. */
  abandoned(username: string, ip: string): void {
    for (const [key] of this.keys(username, ip)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.inFlight = Math.max(0, bucket.inFlight - 1);
    }
  }

  /** How many usernames and addresses are tracked (for tests of the memory bound). */
  get trackedKeys(): number {
    return this.buckets.size;
  }

  private keys(username: string, ip: string): Array<[string, number, LockScope]> {
    return [
      [`user:${username}`, this.limits.perUsername, 'username'],
      [`ip:${ip}`, this.limits.perIp, 'ip'],
    ];
  }

  private bucket(key: string): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { failures: [], inFlight: 0, lockedUntil: 0 };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  private forgetOld(bucket: Bucket, now: number): void {
    const since = now - this.limits.windowMs;
    while (bucket.failures.length > 0 && bucket.failures[0] <= since) bucket.failures.shift();
  }

  /** Drops the oldest idle entries first, then the oldest entries, once over the bound. */
  private bound(now: number): void {
    if (this.buckets.size <= this.limits.maxTrackedKeys) return;
    for (const [key, bucket] of this.buckets) {
      if (this.buckets.size <= this.limits.maxTrackedKeys) return;
      this.forgetOld(bucket, now);
      if (isIdle(bucket, now)) this.buckets.delete(key);
    }
    for (const [key, bucket] of this.buckets) {
      if (this.buckets.size <= this.limits.maxTrackedKeys) return;
      if (bucket.inFlight === 0) this.buckets.delete(key);
    }
  }
}

function isIdle(bucket: Bucket, now: number): boolean {
  return bucket.failures.length === 0 && bucket.inFlight === 0 && bucket.lockedUntil <= now;
}
