import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CountMethod } from '../ledger/ledger-entry.js';

/**
 * A bin (pocket, lidded pocket, matrix cell) of a drawer, holding one item, with its levels. `expected`
 * and the lot rows are the ledger's state after its last entry, written in the same transaction as the
 * entry (the ledger itself, inventory_ledger_entries, is the record; these save replaying it).
 */
@Entity('inventory_bins')
@Index(['drawerId', 'label'], { unique: true })
export class InventoryBin {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'varchar', length: 64 })
  cabinetId: string;

  @Column({ type: 'int' })
  drawerId: number;

  /** `A1`, `Pocket 3`. */
  @Column({ type: 'varchar', length: 40 })
  label: string;

  @Index()
  @Column({ type: 'int' })
  itemId: number;

  @Column({ type: 'int' })
  par: number;

  @Column({ type: 'int' })
  reorderPoint: number;

  @Column({ type: 'int' })
  maximum: number;

  @Column({ type: 'int' })
  expected: number;

  @Column({ type: 'int', nullable: true })
  lastCount: number | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  lastCountMethod: CountMethod | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastCountAt: Date | null;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
