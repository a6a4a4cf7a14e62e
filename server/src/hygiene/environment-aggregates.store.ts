import { Between, type EntityManager } from 'typeorm';
import type { SensorMeasure } from '../floorplan/import/floorplan-format.js';
import { EnvironmentAggregate, type AggregateResolution } from './entities/environment-aggregate.entity.js';
import { bucketReadings, mergeBuckets, ONE_HOUR_MS, ONE_MINUTE_MS, type Reading, type ReadingBucket } from './environment/reading-aggregates.js';

export const RESOLUTION_MS: Readonly<Record<AggregateResolution, number>> = { minute: ONE_MINUTE_MS, hour: ONE_HOUR_MS };

/**
 * Folds new readings of one sensor measure into its stored 1-minute and hourly buckets, inside the
 * caller's transaction (the one that stores the raw rows): each touched bucket is read, merged with the
 * new readings' bucket (mergeBuckets: exact for count, min, max, sum) and written back by upsert. Callers
 * serialize writes of a sensor (one writer), so read-merge-write does not lose an update.
 */
export async function mergeIntoAggregates(manager: EntityManager, deviceId: string, measure: SensorMeasure, readings: readonly Reading[]): Promise<void> {
  for (const resolution of ['minute', 'hour'] as const) {
    const fresh = bucketReadings(readings, RESOLUTION_MS[resolution]);
    if (fresh.length === 0) continue;
    const stored = await manager.findBy(EnvironmentAggregate, {
      deviceId,
      measure,
      resolution,
      bucketStart: Between(new Date(fresh[0].start), new Date(fresh[fresh.length - 1].start)),
    });
    const byStart = new Map(stored.map((row) => [row.bucketStart.getTime(), row]));
    const rows = fresh.map((bucket) => {
      const old = byStart.get(bucket.start);
      const merged: ReadingBucket = old === undefined ? bucket : mergeBuckets(bucketOf(old), bucket);
      return { deviceId, measure, resolution, bucketStart: new Date(merged.start), count: merged.count, min: merged.min, max: merged.max, sum: merged.sum };
    });
    await manager.upsert(EnvironmentAggregate, rows, ['deviceId', 'measure', 'resolution', 'bucketStart']);
  }
}

export function bucketOf(row: EnvironmentAggregate): ReadingBucket {
  return { start: row.bucketStart.getTime(), count: row.count, min: row.min, max: row.max, sum: row.sum };
}
