import { type Signal, computed, signal } from '@angular/core';
import type { HygienePeriod } from '../../core/api/hygiene.models';

const DAY_MS = 86_400_000;

/** The periods offered in one click: the last 7, 30 or 90 days, today included. */
export const PERIOD_PRESETS = [7, 30, 90] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A period as chosen: whole local days, the last n ending now, or from one date to another (both included). */
export type PeriodChoice = { days: PeriodPreset } | { days: 'custom'; firstDay: string; lastDay: string };

export const DEFAULT_PERIOD: PeriodChoice = { days: 7 };

/**
 * The instants a choice stands for as of `now`, in the browser's zone: from the start of its first day
 * to now (a preset) or to the start of the day after its last (custom). Whole days, so the server's
 * daily trend has no partial first day.
 */
export function resolvePeriod(choice: PeriodChoice, now: Date): HygienePeriod {
  if (choice.days === 'custom') return { from: startOfDay(choice.firstDay).toISOString(), to: startOfDay(choice.lastDay, 1).toISOString() };
  const first = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (choice.days - 1));
  return { from: first.toISOString(), to: now.toISOString() };
}

/**
 * A custom period from two dates (`YYYY-MM-DD`, both included), or what is wrong with it in words. The
 * server refuses the same; checking here says it sooner.
 */
export function customPeriod(firstDay: string, lastDay: string, maxDays: number): PeriodChoice | { error: string } {
  if (!isDay(firstDay)) return { error: 'Choose the first day.' };
  if (!isDay(lastDay)) return { error: 'Choose the last day.' };
  const days = Math.round((startOfDay(lastDay, 1).getTime() - startOfDay(firstDay).getTime()) / DAY_MS);
  if (days < 1) return { error: 'The last day must not be before the first.' };
  if (days > maxDays) return { error: `The period can be at most ${maxDays} days.` };
  return { days: 'custom', firstDay, lastDay };
}

/** A date as `YYYY-MM-DD` in the browser's zone, for date inputs and file names. */
export function dayOf(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(startOfDay(value).getTime());
}

/** Local midnight of a `YYYY-MM-DD` day, `offset` days later (a day is not always 24 h: clocks change). */
function startOfDay(day: string, offset = 0): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + offset);
}

/**
 * The period a screen shows and the instants it asks the server for: resolved when a choice is made,
 * again when the same preset is chosen again (it then ends at the new now). Call in an injection context
 * or a field initializer.
 */
export function periodRequests(initial: PeriodChoice = DEFAULT_PERIOD): { choice: Signal<PeriodChoice>; range: Signal<HygienePeriod>; choose(next: PeriodChoice): void } {
  const choice = signal(initial);
  const asks = signal(0);
  return {
    choice: choice.asReadonly(),
    range: computed(() => {
      asks();
      return resolvePeriod(choice(), new Date());
    }),
    choose: (next) => {
      choice.set(next);
      asks.update((count) => count + 1);
    },
  };
}
