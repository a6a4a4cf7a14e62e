import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A dispenser's refill level as it reported it, percent full. Append-only. */
@Entity('hygiene_dispenser_levels')
@Index(['deviceId', 'at'])
export class DispenserLevel {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  deviceId: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'double' })
  percent: number;
}
