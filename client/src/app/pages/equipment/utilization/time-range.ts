import { MAX_UTILIZATION_DAYS, type TimeRange } from '../../../core/api/equipment.models';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The ranges offered in one click, each ending now. */
export const RANGE_PRESETS = [
  { id: '24h', label: 'Last 24 h', ms: DAY_MS },
  { id: '7d', label: 'Last 7 days', ms: 7 * DAY_MS },
  { id: '30d', label: 'Last 30 days', ms: 30 * DAY_MS },
] as const;

export type RangePresetId = (typeof RANGE_PRESETS)[number]['id'];

/** A range as chosen: a preset (ending when it is asked for) or a fixed from–to (ISO 8601 with a zone). */
export type RangeChoice = { preset: RangePresetId } | { preset: 'custom'; from: string; to: string };

/** The server's own default for utilization: a week to now. */
export const DEFAULT_RANGE: RangeChoice = { preset: '7d' };

/** A preset as of `now`, in the ISO form with a zone that the server requires. */
export function presetRange(preset: RangePresetId, now: number): TimeRange {
  const length = RANGE_PRESETS.find((candidate) => candidate.id === preset)?.ms ?? DAY_MS;
  return { from: new Date(now - length).toISOString(), to: new Date(now).toISOString() };
}

/** The range a choice stands for as of `now`. */
export function resolveRange(choice: RangeChoice, now: number): TimeRange {
  return choice.preset === 'custom' ? { from: choice.from, to: choice.to } : presetRange(choice.preset, now);
}

export function sameChoice(a: RangeChoice, b: RangeChoice): boolean {
  return a.preset === b.preset && (a.preset !== 'custom' || (b.preset === 'custom' && a.from === b.from && a.to === b.to));
}

/**
 * A custom range from two instants, or what is wrong with it in words. The server refuses the same
 * (from before to, at most 92 days); checking here says it sooner.
 */
export function customRange(from: number, to: number): RangeChoice | { error: string } {
  if (Number.isNaN(from)) return { error: 'Choose when the range starts.' };
  if (Number.isNaN(to)) return { error: 'Choose when the range ends.' };
  if (to <= from) return { error: 'The range must end after it starts.' };
  if (to - from > MAX_UTILIZATION_DAYS * DAY_MS) return { error: `The range can be at most ${MAX_UTILIZATION_DAYS} days.` };
  return { preset: 'custom', from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** The choice a link carries (`?range=24h`, or `?range=custom&from=…&to=…`); the default when it carries none that holds. */
export function rangeChoiceOf(params: { range?: string; from?: string; to?: string }): RangeChoice {
  if (params.range === 'custom') {
    const custom = customRange(Date.parse(params.from ?? ''), Date.parse(params.to ?? ''));
    return 'error' in custom ? DEFAULT_RANGE : custom;
  }
  const preset = RANGE_PRESETS.find((candidate) => candidate.id === params.range);
  return preset ? { preset: preset.id } : DEFAULT_RANGE;
}

/** Query parameters for a choice; the default is left out, so the plain URL means it. */
export function rangeParams(choice: RangeChoice): { range: string | null; from: string | null; to: string | null } {
  if (choice.preset === 'custom') return { range: 'custom', from: choice.from, to: choice.to };
  return { range: sameChoice(choice, DEFAULT_RANGE) ? null : choice.preset, from: null, to: null };
}

/** An ISO instant as a `datetime-local` value (`2026-03-01T08:00`) in the browser's zone. */
export function localInputValue(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
