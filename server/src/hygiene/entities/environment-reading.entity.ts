import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { SensorMeasure } from '../../floorplan/import/floorplan-format.js';

/**
 * One raw environment reading, kept HYGIENE_RAW_READING_RETENTION_DAYS (then purged nightly); charts
 * read the aggregates, which are kept.
 */
@Entity('hygiene_environment_readings')
@Index(['deviceId', 'measure', 'at'])
@Index(['at'])
export class EnvironmentReading {
  /** Unsigned int (SQLite has no BIGINT auto-increment): 4.29e9 readings, about 8 years of 1,000 sensor measures a minute. */
  @PrimaryGeneratedColumn({ type: 'int', unsigned: true })
  id: number;

  @Column({ type: 'varchar', length: 64 })
  deviceId: string;

  @Column({ type: 'varchar', length: 32 })
  measure: SensorMeasure;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  /** °C, % RH, Pa, ppm or particles/m³ by measure. */
  @Column({ type: 'double' })
  value: number;
}
