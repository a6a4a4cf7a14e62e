import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EnvironmentMeasure } from '../environment/environment-limits.js';

/**
 * A room's own limit for one measure of its air, replacing the default of its kind of space
 * (environment/limit-overrides.ts). Stored complete (range and alarm timing), so it reads alone.
 */
@Entity('hygiene_environment_limit_overrides')
export class EnvironmentLimitOverride {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  roomId: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  measure: EnvironmentMeasure;

  /** Lowest acceptable value; null: no lower bound. */
  @Column({ type: 'double', nullable: true })
  min: number | null;

  /** Highest acceptable value; null: no upper bound. */
  @Column({ type: 'double', nullable: true })
  max: number | null;

  @Column({ type: 'double' })
  clearMargin: number;

  @Column({ type: 'int' })
  startDelayMs: number;

  @Column({ type: 'int' })
  escalateAfterMs: number;

  /** Audit label of who set it (`user:bea`). */
  @Column({ type: 'varchar', length: 100 })
  setBy: string;

  @Column({ type: 'datetime', precision: 3 })
  setAt: Date;
}
