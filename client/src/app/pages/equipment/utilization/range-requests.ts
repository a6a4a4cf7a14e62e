import { type Signal, computed, signal } from '@angular/core';
import type { TimeRange } from '../../../core/api/equipment.models';
import { type RangeChoice, resolveRange, sameChoice } from './time-range';

/**
 * The range a screen asks the server for, from the choice it shows: resolved when the choice changes,
 * and again when the same preset is chosen again (it then ends at the new now). `choose` is what the
 * range picker's choices go to; `change` records a different choice (in the URL, or a signal).
 */
export function rangeRequests(choice: Signal<RangeChoice>, change: (choice: RangeChoice) => void): { range: Signal<TimeRange>; choose(next: RangeChoice): void } {
  const asks = signal(0);
  return {
    range: computed(() => {
      asks();
      return resolveRange(choice(), Date.now());
    }),
    choose: (next) => {
      if (sameChoice(next, choice())) asks.update((count) => count + 1);
      else change(next);
    },
  };
}
