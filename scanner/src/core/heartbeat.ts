/**
 * The gateway heartbeat (docs/schemas/gateway-heartbeat.schema.json): what the backend's gateway-health
 * view shows besides the batches themselves.
 */
import type { AdapterState } from './watchdog.js';

export interface GatewayHeartbeat {
  readonly gatewayId: string;
  readonly sentAt: string;
  readonly version: string;
  readonly uptimeSeconds: number;
  readonly adapter: { readonly name: string | null; readonly state: AdapterState };
  /** Advertisements heard per second over the last heartbeat interval. */
  readonly advertisementsPerSecond: number;
  /** Tag receptions (after the filter) per second over the same interval. */
  readonly sightingsPerSecond: number;
  readonly queue: { readonly depth: number; readonly bytes: number; readonly dropped: number; readonly rejected: number };
  /** Updates BlueZ sent that could not be read, since start. */
  readonly malformed: number;
}

/** Per-second rates from running counters, sampled at each heartbeat. */
export class RateMeter {
  private lastCount: number | undefined;
  private lastMs: number | undefined;

  /** The rate since the previous call (0 at the first), rounded to 0.1/s. */
  sample(count: number, nowMs: number): number {
    const rate =
      this.lastCount === undefined || this.lastMs === undefined || nowMs <= this.lastMs ? 0 : ((count - this.lastCount) * 1000) / (nowMs - this.lastMs);
    this.lastCount = count;
    this.lastMs = nowMs;
    return Math.max(0, Math.round(rate * 10) / 10);
  }
}
