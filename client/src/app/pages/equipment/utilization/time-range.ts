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

/** A preset as of `now`, in the ISO form with a zone that the server requires. */
export function presetRange(preset: RangePresetId, now: number): TimeRange {
  const length = RANGE_PRESETS.find((candidate) => candidate.id === preset)?.ms ?? DAY_MS;
  return { from: new Date(now - length).toISOString(), to: new Date(now).toISOString() };
}

/**
 * A custom range from two `datetime-local` values (the browser's zone), or what is wrong with it in
 * words. The server refuses the same (from before to, at most 92 days); checking here says it sooner.
 */
export function customRange(fromLocal: string, toLocal: string): TimeRange | { error: string } {
  const from = Date.parse(fromLocal);
  const to = Date.parse(toLocal);
  if (!fromLocal || Number.isNaN(from)) return { error: 'Choose when the range starts.' };
  if (!toLocal || Number.isNaN(to)) return { error: 'Choose when the range ends.' };
  if (to <= from) return { error: 'The range must end after it starts.' };
  if (to - from > MAX_UTILIZATION_DAYS * DAY_MS) return { error: `The range can be at most ${MAX_UTILIZATION_DAYS} days.` };
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

