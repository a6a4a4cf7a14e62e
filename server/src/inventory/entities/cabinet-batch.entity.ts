import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A cabinet batch that was stored: its (cabinetId, seq) is the primary key, inserted in the transaction
 * that stores the batch's entries, so a retry (after a lost answer, a restart, a QoS 1 redelivery) finds
 * it and is answered as a duplicate without counting anything again.
 */
@Entity('inventory_cabinet_batches')
export class InventoryCabinetBatch {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  cabinetId: string;

  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Column({ type: 'int' })
  events: number;

  @Column({ type: 'datetime', precision: 3 })
  receivedAt: Date;
}
