/**
 * Lets a log line through once per interval per key (a gateway), so a device repeating a bad message
 * many times a second shows up in the log once a minute with a count, not thousands of times.
 * Pure: time comes in with each call.
 */
export class LogThrottle {
  private readonly keys = new Map<string, { at: number; suppressed: number }>();

  constructor(
    private readonly intervalMs: number,
    /** Bounds memory when keys come from devices (topic names): past it, the throttle starts over. */
    private readonly maxKeys = 10_000,
  ) {}

  /** Undefined when this line should be suppressed; otherwise how many were suppressed since the last one let through. */
  pass(key: string, nowMs: number): number | undefined {
    const entry = this.keys.get(key);
    if (entry !== undefined && nowMs - entry.at < this.intervalMs) {
      entry.suppressed++;
      return undefined;
    }
    if (entry === undefined && this.keys.size >= this.maxKeys) this.keys.clear();
    this.keys.set(key, { at: nowMs, suppressed: 0 });
    return entry?.suppressed ?? 0;
  }
}
