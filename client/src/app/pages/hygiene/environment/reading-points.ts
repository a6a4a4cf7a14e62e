import type { EnvironmentMeasure, ReadingBucket, ReadingResolution, SensorLimit } from '../../../core/api/hygiene.models';
import { MEASURE_LOOKS } from '../../../core/api/hygiene.models';
import type { ChartPoint, ChartReference } from '../../../shared/chart-geometry';

const BUCKET_MS: Readonly<Record<ReadingResolution, number>> = { minute: 60_000, hour: 3_600_000 };

/** The windows the chart offers, each ending now, with the resolution that keeps it under the server's bucket limit. */
export const READING_WINDOWS = [
  { id: '24h', label: 'Last 24 h', ms: 24 * 3_600_000, resolution: 'minute' },
  { id: '7d', label: 'Last 7 days', ms: 7 * 86_400_000, resolution: 'hour' },
  { id: '30d', label: 'Last 30 days', ms: 30 * 86_400_000, resolution: 'hour' },
] as const satisfies readonly { id: string; label: string; ms: number; resolution: ReadingResolution }[];
export type ReadingWindowId = (typeof READING_WINDOWS)[number]['id'];

/**
 * Chart points of a measure's buckets: the mean as the line, min–max as the band. The server leaves
 * empty buckets out; where more than two in a row are missing (the sensor was silent) the line breaks
 * rather than drawing readings nobody took.
 */
export function readingPoints(buckets: readonly ReadingBucket[], resolution: ReadingResolution, measure: EnvironmentMeasure, timeLabel: (at: number) => string): ChartPoint[] {
  const unit = MEASURE_LOOKS[measure].unit;
  const points: ChartPoint[] = [];
  let previous: number | null = null;
  for (const bucket of buckets) {
    const at = Date.parse(bucket.start);
    if (previous !== null && at - previous > 3 * BUCKET_MS[resolution]) points.push({ x: previous + BUCKET_MS[resolution], value: null, label: 'no readings' });
    points.push({ x: at, value: bucket.mean, low: bucket.min, high: bucket.max, label: `${timeLabel(at)}: mean ${round(bucket.mean)} ${unit} (${round(bucket.min)}–${round(bucket.max)}, ${bucket.count} readings)` });
    previous = at;
  }
  return points;
}

/** The lines of a measure's limit as the server resolves it for the sensor; none where the measure is not limited. */
export function limitLines(limit: SensorLimit | null, measure: EnvironmentMeasure): ChartReference[] {
  if (limit === null) return [];
  const unit = MEASURE_LOOKS[measure].unit;
  return [
    ...(limit.min === null ? [] : [{ value: limit.min, label: `min ${limit.min} ${unit}` }]),
    ...(limit.max === null ? [] : [{ value: limit.max, label: `max ${limit.max} ${unit}` }]),
  ];
}

/** A range as people read it: "2–8 °C", "≥ 2.5 Pa", "≤ 60 %", or a dash for none. */
export function rangeText(min: number | null, max: number | null, measure: EnvironmentMeasure): string {
  const unit = MEASURE_LOOKS[measure].unit;
  if (min !== null && max !== null) return `${min}–${max} ${unit}`;
  if (min !== null) return `≥ ${min} ${unit}`;
  return max === null ? '—' : `≤ ${max} ${unit}`;
}

/** Where a limit comes from: "default: <guidance>" or "override by <who> at <when>". */
export function limitSourceText(limit: SensorLimit, timeLabel: (iso: string) => string): string {
  if (limit.source === 'default') return `default: ${limit.guidance ?? 'published guidance'}`;
  return `override by ${limit.setBy ?? 'unknown'}${limit.setAt === null ? '' : ` at ${timeLabel(limit.setAt)}`}`;
}

/** A figure to one decimal, as readings are shown. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
