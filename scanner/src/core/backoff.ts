/**
 * Delay before the next attempt to deliver the head of the queue: exponential from `initialMs`, capped
 * at `maxMs` (docs/ingest-ble.md asks for 1 s, 2 s, 4 s … up to a minute), with "equal jitter" (half the
 * step fixed, half random) so that gateways cut off together do not all come back in the same second
 * and still never retry with no pause at all. `random` is a number in [0, 1), passed in for tests.
 */
export interface BackoffPolicy {
  readonly initialMs: number;
  readonly maxMs: number;
}

export function backoffDelayMs(failures: number, policy: BackoffPolicy, random: number): number {
  if (failures <= 0) return 0;
  // 2^30 already exceeds any sensible cap; stop the exponent there so the product stays finite.
  const step = Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(step / 2 + (step / 2) * random);
}
