import type { Excursion, EnvironmentMeasure, ReadingBucket, ReadingResolution } from '../../../core/api/hygiene.models';
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

/**
 * The limits that judged this sensor's measure, as the server recorded them with its latest excursion
 * (the API has no separate list of limits); none when it had no excursion in the period listed.
 */
export function limitLines(excursions: readonly Excursion[], deviceId: string, measure: EnvironmentMeasure): ChartReference[] {
  const latest = excursions.filter((excursion) => excursion.deviceId === deviceId && excursion.measure === measure).sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
  if (!latest) return [];
  const unit = MEASURE_LOOKS[measure].unit;
  return [
    ...(latest.limitMin === null ? [] : [{ value: latest.limitMin, label: `min ${latest.limitMin} ${unit}` }]),
    ...(latest.limitMax === null ? [] : [{ value: latest.limitMax, label: `max ${latest.limitMax} ${unit}` }]),
  ];
}

/** A figure to one decimal, as readings are shown. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
