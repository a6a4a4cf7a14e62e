import { DEFAULT_LIMITS } from './environment-limits.js';
import { ExcursionTracker, type Excursion } from './excursion-tracker.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 2, 2, 10, 0, 0);
/** 2–8 °C, clears at 7.5 °C, 15 min delay, escalates 30 min after the alarm. */
const FRIDGE = DEFAULT_LIMITS.medication_fridge.temperature!;
const open: Excursion = { startedAt: T0, alarmedAt: T0 + 15 * MINUTE, endedAt: null, direction: 'high', worstValue: 9.4, worstAt: T0 + 10 * MINUTE, acknowledgedAt: null, escalatedAt: null };

describe('a fridge alarm resumed after a restart', () => {
  it('escalates 30 min after the stored alarm time, keeps the worst value, and clears past the margin', () => {
    const tracker = ExcursionTracker.resume(FRIDGE, open, T0 + 20 * MINUTE);
    expect(tracker.current).toEqual(open);
    expect(tracker.tick(T0 + 44 * MINUTE)).toEqual([]);
    expect(tracker.observe(9.9, T0 + 45 * MINUTE)).toEqual([{ type: 'alarm_escalated', excursion: { ...open, worstValue: 9.9, worstAt: T0 + 45 * MINUTE, escalatedAt: T0 + 45 * MINUTE } }]);
    expect(tracker.observe(7.6, T0 + 50 * MINUTE)).toEqual([]);
    const [cleared] = tracker.observe(7.5, T0 + 55 * MINUTE);
    expect(cleared).toEqual({ type: 'alarm_cleared', excursion: { ...open, worstValue: 9.9, worstAt: T0 + 45 * MINUTE, escalatedAt: T0 + 45 * MINUTE, endedAt: T0 + 55 * MINUTE } });
  });

  it('does not escalate a resumed alarm that was acknowledged, and ignores readings before the last one judged', () => {
    const tracker = ExcursionTracker.resume(FRIDGE, { ...open, acknowledgedAt: T0 + 16 * MINUTE }, T0 + 20 * MINUTE);
    expect(tracker.observe(5, T0 + 19 * MINUTE)).toEqual([]);
    expect(tracker.current?.endedAt).toBeNull();
    expect(tracker.tick(T0 + 90 * MINUTE)).toEqual([]);
  });

  it('refuses an excursion that has ended', () => {
    expect(() => ExcursionTracker.resume(FRIDGE, { ...open, endedAt: T0 + 30 * MINUTE }, T0)).toThrow(RangeError);
  });
});
