import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A dispenser or sensor batch that was stored: its (deviceId, seq) is the primary key, inserted in the
 * transaction that stores the batch's events, so a retry (after a lost answer, a restart, a QoS 1
 * redelivery, a concurrent copy) finds it and is answered as a duplicate without counting anything again.
 */
@Entity('hygiene_device_batches')
export class HygieneDeviceBatch {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  deviceId: string;

  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Column({ type: 'int' })
  events: number;

  @Column({ type: 'datetime', precision: 3 })
  receivedAt: Date;
}
