import type { MeasureLimit } from './environment-limits.js';

/** One period out of range that lasted past the start delay: what an audit report lists. */
export interface Excursion {
  /** The first reading out of range. */
  startedAt: number;
  /** When the alarm was raised: startedAt + the start delay, at the first reading at or after it. */
  alarmedAt: number;
  /** The reading back inside by the clear margin; null while the excursion lasts. */
  endedAt: number | null;
  direction: 'low' | 'high';
  /** The reading farthest outside the limit. */
  worstValue: number;
  worstAt: number;
  acknowledgedAt: number | null;
  escalatedAt: number | null;
}

export type ExcursionEvent =
  | { type: 'alarm_raised'; excursion: Excursion }
  | { type: 'alarm_escalated'; excursion: Excursion }
  | { type: 'alarm_cleared'; excursion: Excursion };

type State =
  | { kind: 'normal' }
  /** Out of range since `since`, not yet for the start delay. */
  | { kind: 'pending'; since: number; direction: 'low' | 'high'; worstValue: number; worstAt: number }
  | { kind: 'alarm'; excursion: Excursion };

/**
 * The alarm logic of one measure of one sensor: start delay (brief excursions, such as a door opening,
 * raise nothing), hysteresis (an alarm clears only once the value is back inside by the clear margin) and
 * escalation (an alarm nobody acknowledged). Pure: readings and time come in as data, in time order;
 * an older reading than the last is ignored (the raw store keeps it).
 */
export class ExcursionTracker {
  private state: State = { kind: 'normal' };
  private lastAt = -Infinity;

  constructor(private readonly limit: MeasureLimit) {}

  /**
   * A tracker in alarm with a stored open excursion (after a restart): it escalates, clears and worsens
   * as if it had raised the alarm itself. Readings older than `lastAt` (the last one it judged) are ignored.
   */
  static resume(limit: MeasureLimit, open: Excursion, lastAt: number): ExcursionTracker {
    if (open.endedAt !== null) throw new RangeError('only an open excursion (endedAt null) resumes');
    const tracker = new ExcursionTracker(limit);
    tracker.state = { kind: 'alarm', excursion: { ...open } };
    tracker.lastAt = lastAt;
    return tracker;
  }

  /** The time of the last reading judged (-Infinity before the first): where a tracker resumed under new limits carries on. */
  get lastJudgedAt(): number {
    return this.lastAt;
  }

  /** The open excursion (alarm raised, not cleared), if any. */
  get current(): Excursion | undefined {
    return this.state.kind === 'alarm' ? { ...this.state.excursion } : undefined;
  }

  /** Whether the value is out of range and the start delay is running. */
  get pending(): boolean {
    return this.state.kind === 'pending';
  }

  observe(value: number, at: number): ExcursionEvent[] {
    if (at < this.lastAt || !Number.isFinite(value)) return [];
    this.lastAt = at;
    const events: ExcursionEvent[] = [];
    const direction = this.outside(value, 0);
    switch (this.state.kind) {
      case 'normal':
        if (direction !== null) this.state = { kind: 'pending', since: at, direction, worstValue: value, worstAt: at };
        break;
      case 'pending': {
        if (direction === null) {
          this.state = { kind: 'normal' };
          break;
        }
        const pending = this.state;
        if (this.isWorse(value, pending.worstValue, direction)) {
          pending.worstValue = value;
          pending.worstAt = at;
        }
        if (direction !== pending.direction) {
          // Swung from below to above (or back) without coming inside: a new excursion, timed from now.
          this.state = { kind: 'pending', since: at, direction, worstValue: value, worstAt: at };
          break;
        }
        if (at - pending.since >= this.limit.startDelayMs) {
          const excursion: Excursion = {
            startedAt: pending.since,
            alarmedAt: at,
            endedAt: null,
            direction,
            worstValue: pending.worstValue,
            worstAt: pending.worstAt,
            acknowledgedAt: null,
            escalatedAt: null,
          };
          this.state = { kind: 'alarm', excursion };
          events.push({ type: 'alarm_raised', excursion: { ...excursion } });
        }
        break;
      }
      case 'alarm': {
        const excursion = this.state.excursion;
        if (this.isWorse(value, excursion.worstValue, excursion.direction)) {
          excursion.worstValue = value;
          excursion.worstAt = at;
        }
        events.push(...this.escalateIfDue(at));
        if (this.outside(value, this.limit.clearMargin) === null) {
          excursion.endedAt = at;
          this.state = { kind: 'normal' };
          events.push({ type: 'alarm_cleared', excursion: { ...excursion } });
        }
        break;
      }
    }
    return events;
  }

  /** Time passing without readings: escalation can fall due. */
  tick(at: number): ExcursionEvent[] {
    return this.escalateIfDue(at);
  }

  /** Someone has seen the alarm: it will not escalate. Returns whether there was an open alarm. */
  acknowledge(at: number): boolean {
    if (this.state.kind !== 'alarm') return false;
    this.state.excursion.acknowledgedAt ??= at;
    return true;
  }

  private escalateIfDue(at: number): ExcursionEvent[] {
    if (this.state.kind !== 'alarm') return [];
    const excursion = this.state.excursion;
    if (excursion.acknowledgedAt !== null || excursion.escalatedAt !== null) return [];
    if (at - excursion.alarmedAt < this.limit.escalateAfterMs) return [];
    excursion.escalatedAt = at;
    return [{ type: 'alarm_escalated', excursion: { ...excursion } }];
  }

  /** Which side of the range (narrowed by `margin` on both ends) the value is on, or null inside it. */
  private outside(value: number, margin: number): 'low' | 'high' | null {
    if (this.limit.min !== undefined && value < this.limit.min + margin) return 'low';
    if (this.limit.max !== undefined && value > this.limit.max - margin) return 'high';
    return null;
  }

  private isWorse(value: number, worst: number, direction: 'low' | 'high'): boolean {
    return direction === 'low' ? value < worst : value > worst;
  }
}
