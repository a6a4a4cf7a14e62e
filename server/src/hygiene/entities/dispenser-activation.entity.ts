import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '../../platform/database/column-transformers.js';

/** One press of a hand-hygiene dispenser: the evidence hand-hygiene compliance counts. Append-only. */
@Entity('hygiene_dispenser_activations')
@Index(['deviceId', 'at'])
@Index(['at'])
export class DispenserActivation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  deviceId: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  /** The staff badge the dispenser read, if it reads badges; else attribution is by place and time. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  badgeId: string | null;

  /** The batch it came in (with deviceId, the key of hygiene_device_batches). */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  batchSeq: number;
}
