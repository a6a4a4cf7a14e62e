import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CountMethod, TransactionKind } from '../ledger/ledger-entry.js';

export type LedgerEntryKind = TransactionKind | 'count';
/** Who reported the entry: the cabinet over the ingest, or a person through the API. */
export type LedgerSource = 'cabinet' | 'user';

/**
 * One entry of a bin's ledger. Append-only: rows are inserted and never updated or deleted; the id
 * orders a bin's entries (the order the ledger applied them in).
 */
@Entity('inventory_ledger_entries')
@Index(['binId', 'id'])
@Index(['binId', 'occurredAt'])
export class InventoryLedgerEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  binId: number;

  @Column({ type: 'varchar', length: 64 })
  cabinetId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: LedgerEntryKind;

  /** Transactions: units moved (> 0). */
  @Column({ type: 'int', nullable: true })
  quantity: number | null;

  /** Counts: units found, and how they were counted. */
  @Column({ type: 'int', nullable: true })
  counted: number | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  method: CountMethod | null;

  /** The bin's expected count before and after this entry. */
  @Column({ type: 'int' })
  expectedBefore: number;

  @Column({ type: 'int' })
  expectedAfter: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  lotNumber: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  expiry: string | null;

  /** Who did it, when known (the cabinet's user id, or the signed-in user). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  userName: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  witnessName: string | null;

  @Column({ type: 'varchar', length: 8 })
  source: LedgerSource;

  /** The cabinet batch's seq, for entries that came from the ingest. */
  @Column({ type: 'bigint', nullable: true })
  batchSeq: string | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  countSessionId: number | null;

  /** When it happened (the cabinet's clock). */
  @Column({ type: 'datetime', precision: 3 })
  occurredAt: Date;

  /** When the server stored it. */
  @Column({ type: 'datetime', precision: 3 })
  recordedAt: Date;
}
