import { DEFAULT_LIMITS, limitFor } from './environment-limits.js';
import { ExcursionTracker, type ExcursionEvent } from './excursion-tracker.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const T0 = Date.UTC(2026, 2, 2, 10, 0, 0);

/** Feeds `value` every `everyMs` over [from, to) and returns the events. */
function hold(tracker: ExcursionTracker, value: number, from: number, to: number, everyMs = 10 * SECOND): ExcursionEvent[] {
  const events: ExcursionEvent[] = [];
  for (let at = from; at < to; at += everyMs) events.push(...tracker.observe(value, at));
  return events;
}

const aiir = () => new ExcursionTracker(DEFAULT_LIMITS.airborne_isolation.pressure_differential!);
const fridge = () => new ExcursionTracker(DEFAULT_LIMITS.medication_fridge.temperature!);

describe('an airborne-isolation room’s pressure (at most −2.5 Pa, 2 min delay, clears at −3.0 Pa)', () => {
  it('raises nothing for a door held open 90 s', () => {
    const tracker = aiir();
    expect(hold(tracker, -6, T0, T0 + MINUTE)).toEqual([]);
    expect(hold(tracker, -0.5, T0 + MINUTE, T0 + MINUTE + 90 * SECOND)).toEqual([]);
    expect(tracker.pending).toBe(true);
    expect(hold(tracker, -6, T0 + MINUTE + 90 * SECOND, T0 + 5 * MINUTE)).toEqual([]);
    expect(tracker.pending).toBe(false);
  });

  it('raises an alarm once out for 2 min, dated from the first reading out, and clears it only past the margin', () => {
    const tracker = aiir();
    hold(tracker, -6, T0, T0 + MINUTE);
    // The exhaust fan stops at T0 + 1 min: the room drifts towards neutral.
    const start = T0 + MINUTE;
    expect(hold(tracker, -1, start, start + 2 * MINUTE)).toEqual([]);
    const [raised] = tracker.observe(-0.8, start + 2 * MINUTE);
    expect(raised).toEqual({
      type: 'alarm_raised',
      excursion: { startedAt: start, alarmedAt: start + 2 * MINUTE, endedAt: null, direction: 'high', worstValue: -0.8, worstAt: start + 2 * MINUTE, acknowledgedAt: null, escalatedAt: null },
    });
    expect(tracker.observe(0.4, start + 3 * MINUTE)).toEqual([]); // worse
    // Back within the limit but not by the margin: still in alarm.
    expect(tracker.observe(-2.7, start + 4 * MINUTE)).toEqual([]);
    expect(tracker.current).toMatchObject({ endedAt: null, worstValue: 0.4, worstAt: start + 3 * MINUTE });
    const [cleared] = tracker.observe(-3.1, start + 5 * MINUTE);
    expect(cleared).toMatchObject({ type: 'alarm_cleared', excursion: { startedAt: start, endedAt: start + 5 * MINUTE, worstValue: 0.4 } });
    expect(tracker.current).toBeUndefined();
  });

  it('escalates an alarm nobody acknowledged 15 min after it was raised, once, even without new readings', () => {
    const tracker = aiir();
    hold(tracker, 0, T0, T0 + 2 * MINUTE + SECOND);
    const alarmedAt = tracker.current!.alarmedAt;
    expect(tracker.tick(alarmedAt + 15 * MINUTE - 1)).toEqual([]);
    expect(tracker.tick(alarmedAt + 15 * MINUTE)).toEqual([{ type: 'alarm_escalated', excursion: expect.objectContaining({ escalatedAt: alarmedAt + 15 * MINUTE }) }]);
    expect(tracker.tick(alarmedAt + 16 * MINUTE)).toEqual([]);
  });
});

describe('a medication fridge (2–8 °C, 15 min delay, escalation after 30 min)', () => {
  it('raises nothing for 14 min at 9 °C, and an alarm at 15 min', () => {
    const tracker = fridge();
    expect(hold(tracker, 9, T0, T0 + 14 * MINUTE + 59 * SECOND, MINUTE)).toEqual([]);
    expect(tracker.observe(9.2, T0 + 15 * MINUTE)).toEqual([expect.objectContaining({ type: 'alarm_raised', excursion: expect.objectContaining({ startedAt: T0, direction: 'high' }) })]);
  });

  it('does not escalate an acknowledged alarm', () => {
    const tracker = fridge();
    hold(tracker, 1, T0, T0 + 16 * MINUTE, MINUTE);
    expect(tracker.current?.direction).toBe('low');
    expect(tracker.acknowledge(T0 + 20 * MINUTE)).toBe(true);
    expect(tracker.tick(T0 + 2 * 60 * MINUTE)).toEqual([]);
    expect(tracker.current?.acknowledgedAt).toBe(T0 + 20 * MINUTE);
    expect(fridge().acknowledge(T0)).toBe(false);
  });

  it('starts the delay again when the value swings from one side to the other without coming inside', () => {
    const tracker = fridge();
    hold(tracker, 1, T0, T0 + 10 * MINUTE, MINUTE);
    hold(tracker, 9, T0 + 10 * MINUTE, T0 + 24 * MINUTE, MINUTE);
    expect(tracker.current).toBeUndefined();
    expect(tracker.observe(9, T0 + 25 * MINUTE)).toEqual([expect.objectContaining({ type: 'alarm_raised', excursion: expect.objectContaining({ startedAt: T0 + 10 * MINUTE, direction: 'high' }) })]);
  });

  it('ignores readings older than the last one and values that are not numbers', () => {
    const tracker = fridge();
    tracker.observe(5, T0 + MINUTE);
    expect(tracker.observe(20, T0)).toEqual([]);
    expect(tracker.observe(Number.NaN, T0 + 2 * MINUTE)).toEqual([]);
    expect(tracker.pending).toBe(false);
  });
});

describe('a protective-environment room (at least +2.5 Pa)', () => {
  it('alarms low, and clears at +3.0 Pa', () => {
    const tracker = new ExcursionTracker(limitFor('protective_environment', 'pressure_differential')!);
    hold(tracker, 1, T0, T0 + 3 * MINUTE);
    expect(tracker.current?.direction).toBe('low');
    expect(tracker.observe(2.9, T0 + 4 * MINUTE)).toEqual([]);
    expect(tracker.observe(3.0, T0 + 5 * MINUTE)).toEqual([expect.objectContaining({ type: 'alarm_cleared' })]);
  });
});
