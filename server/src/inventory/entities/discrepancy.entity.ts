import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CountMethod } from '../ledger/ledger-entry.js';

/**
 * A count that differed from the ledger's expected count, found when the count entry was stored, and
 * its resolution. Controlled items are resolved by a pharmacist with a second pharmacist as witness
 * (ledger/controlled-substances.ts).
 */
@Entity('inventory_discrepancies')
export class InventoryDiscrepancy {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  binId: number;

  @Column({ type: 'varchar', length: 64 })
  cabinetId: string;

  /** The count entry that found it. */
  @Column({ type: 'int', unique: true })
  ledgerEntryId: number;

  @Column({ type: 'boolean' })
  controlled: boolean;

  @Column({ type: 'int' })
  expected: number;

  @Column({ type: 'int' })
  counted: number;

  /** counted − expected. */
  @Column({ type: 'int' })
  delta: number;

  @Column({ type: 'varchar', length: 8 })
  method: CountMethod;

  @Column({ type: 'datetime', precision: 3 })
  detectedAt: Date;

  /** Unresolved past this, it escalates. */
  @Index()
  @Column({ type: 'datetime', precision: 3 })
  deadlineAt: Date;

  @Index()
  @Column({ type: 'datetime', precision: 3, nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  resolvedBy: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  witnessedBy: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
