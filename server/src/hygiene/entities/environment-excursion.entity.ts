import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { SensorMeasure } from '../../floorplan/import/floorplan-format.js';
import type { SpaceKind } from '../environment/environment-limits.js';

/**
 * One environment excursion that lasted past its start delay (environment/excursion-tracker.ts): what an
 * infection-control audit lists. Open while `endedAt` is null; the open ones are resumed at start. The
 * corrective note is the resolution note of its alert (`alertId`).
 */
@Entity('hygiene_environment_excursions')
@Index(['startedAt'])
@Index(['endedAt'])
export class EnvironmentExcursion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  deviceId: string;

  @Column({ type: 'varchar', length: 32 })
  measure: SensorMeasure;

  /** The sensor's room and floor when the alarm was raised. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  roomId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  floorId: string | null;

  /** The limits that judged it (environment/space-kind.ts) and their range. */
  @Column({ type: 'varchar', length: 32 })
  spaceKind: SpaceKind;

  @Column({ type: 'double', nullable: true })
  limitMin: number | null;

  @Column({ type: 'double', nullable: true })
  limitMax: number | null;

  @Column({ type: 'varchar', length: 8 })
  direction: 'low' | 'high';

  /** The first reading out of range. */
  @Column({ type: 'datetime', precision: 3 })
  startedAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  alarmedAt: Date;

  /** The reading back inside by the clear margin; null while it lasts. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  endedAt: Date | null;

  @Column({ type: 'double' })
  worstValue: number;

  @Column({ type: 'datetime', precision: 3 })
  worstAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  escalatedAt: Date | null;

  /** The last reading judged while it was open: a resumed tracker ignores older ones. */
  @Column({ type: 'datetime', precision: 3 })
  lastReadingAt: Date;

  /** The `environment.excursion` alert it raised. */
  @Column({ type: 'int', nullable: true })
  alertId: number | null;
}
