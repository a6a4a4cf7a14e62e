import { watchdogVerdict, type WatchdogInput } from './watchdog.js';

const base: WatchdogInput = { nowMs: 100_000, state: 'scanning', lastHeardMs: 99_000, lastRecoveryMs: undefined, silenceMs: 60_000 };

describe('the scanner watchdog', () => {
  it('leaves a scanning adapter that hears advertisements alone', () => {
    expect(watchdogVerdict(base)).toEqual({ recover: false });
  });

  it('restarts discovery after the silence time with nothing heard (at exactly that long)', () => {
    expect(watchdogVerdict({ ...base, lastHeardMs: 40_000 })).toEqual({ recover: true, reason: 'silence' });
    expect(watchdogVerdict({ ...base, lastHeardMs: 40_001 })).toEqual({ recover: false });
  });

  it('does not cycle a silent adapter faster than the silence time (a site with no beacons in range)', () => {
    expect(watchdogVerdict({ ...base, lastHeardMs: 0, lastRecoveryMs: 50_000 })).toEqual({ recover: false });
    expect(watchdogVerdict({ ...base, lastHeardMs: 0, lastRecoveryMs: 40_000 })).toEqual({ recover: true, reason: 'silence' });
  });

  it('retries a missing or powered-off adapter every fifth of the silence time', () => {
    expect(watchdogVerdict({ ...base, state: 'missing', lastRecoveryMs: 95_000 })).toEqual({ recover: false });
    expect(watchdogVerdict({ ...base, state: 'missing', lastRecoveryMs: 88_000 })).toEqual({ recover: true, reason: 'adapter-missing' });
    expect(watchdogVerdict({ ...base, state: 'powered-off', lastRecoveryMs: 88_000 })).toEqual({ recover: true, reason: 'adapter-powered-off' });
  });

  it('never starts a recovery while one is running or the agent is starting', () => {
    expect(watchdogVerdict({ ...base, state: 'recovering', lastHeardMs: 0 })).toEqual({ recover: false });
    expect(watchdogVerdict({ ...base, state: 'starting', lastHeardMs: 0 })).toEqual({ recover: false });
  });
});
