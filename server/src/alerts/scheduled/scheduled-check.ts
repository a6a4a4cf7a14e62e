import type { AlertCondition } from '../alert-condition.js';

/**
 * One scheduled check: gathers its data from the features that own it and hands it, with `now`, to
 * its pure evaluation in ../checks. AlertScheduler runs it and reconciles the result with the open
 * alerts of `kind`.
 */
export interface ScheduledCheck {
  readonly kind: string;
  evaluate(now: Date): Promise<AlertCondition[]>;
}
