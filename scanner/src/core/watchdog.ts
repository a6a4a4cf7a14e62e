/**
 * When the agent re-acquires the adapter and restarts discovery without restarting the process: the
 * adapter is gone (BlueZ restarted, USB adapter unplugged), powered off, or nothing has been heard for
 * `silenceMs`. A recovery is not repeated sooner than `silenceMs` after the previous one, so a site with
 * no beacons in range does not cycle the adapter continuously. Pure: time comes in as data.
 */
export type AdapterState = 'starting' | 'scanning' | 'powered-off' | 'missing' | 'recovering';

export interface WatchdogInput {
  readonly nowMs: number;
  readonly state: AdapterState;
  /** When the last advertisement was heard, or when scanning (re)started if nothing since. */
  readonly lastHeardMs: number;
  /** When the last recovery began; undefined before any. */
  readonly lastRecoveryMs: number | undefined;
  readonly silenceMs: number;
}

export type WatchdogVerdict = { readonly recover: false } | { readonly recover: true; readonly reason: 'adapter-missing' | 'adapter-powered-off' | 'silence' };

export function watchdogVerdict(input: WatchdogInput): WatchdogVerdict {
  const { nowMs, state, lastHeardMs, lastRecoveryMs, silenceMs } = input;
  if (state === 'recovering' || state === 'starting') return { recover: false };
  const sinceRecovery = lastRecoveryMs === undefined ? Infinity : nowMs - lastRecoveryMs;
  // A lost adapter is retried at a gentler pace than a silent one is checked: every fifth of the silence time.
  if (state === 'missing') return sinceRecovery >= silenceMs / 5 ? { recover: true, reason: 'adapter-missing' } : { recover: false };
  if (state === 'powered-off') return sinceRecovery >= silenceMs / 5 ? { recover: true, reason: 'adapter-powered-off' } : { recover: false };
  if (nowMs - lastHeardMs >= silenceMs && sinceRecovery >= silenceMs) return { recover: true, reason: 'silence' };
  return { recover: false };
}
