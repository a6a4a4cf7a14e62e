import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SensorMeasure } from '../../floorplan/import/floorplan-format.js';

export type AggregateResolution = 'minute' | 'hour';

/**
 * A sensor measure's readings summarized over one minute or one hour (environment/reading-aggregates.ts):
 * count, min, max and sum merge exactly, so a bucket absorbs late readings. Updated in the transaction that
 * stores the raw readings; kept after the raw rows are purged.
 */
@Entity('hygiene_environment_aggregates')
export class EnvironmentAggregate {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  deviceId: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  measure: SensorMeasure;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  resolution: AggregateResolution;

  /** Start of the interval (UTC, aligned to the epoch). */
  @PrimaryColumn({ type: 'datetime', precision: 3 })
  bucketStart: Date;

  @Column({ type: 'int' })
  count: number;

  @Column({ type: 'double' })
  min: number;

  @Column({ type: 'double' })
  max: number;

  @Column({ type: 'double' })
  sum: number;
}
