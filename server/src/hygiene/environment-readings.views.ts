import { ApiProperty } from '@nestjs/swagger';
import type { EnvironmentAggregate } from './entities/environment-aggregate.entity.js';
import { bucketOf } from './environment-aggregates.store.js';
import { meanOf } from './environment/reading-aggregates.js';

/** One bucket of a sensor measure's readings, for charts. */
export class ReadingBucketView {
  @ApiProperty({ format: 'date-time', description: 'Start of the minute or hour (UTC).' }) start: string;
  @ApiProperty({ description: 'Readings in the bucket.' }) count: number;
  @ApiProperty() min: number;
  @ApiProperty() max: number;
  @ApiProperty() mean: number;

  static of(row: EnvironmentAggregate): ReadingBucketView {
    return { start: row.bucketStart.toISOString(), count: row.count, min: row.min, max: row.max, mean: meanOf(bucketOf(row)) };
  }
}
