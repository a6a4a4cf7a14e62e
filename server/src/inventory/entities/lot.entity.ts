import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Units of one lot in a bin (ledger/lot-balances.ts); lot number null is stock of unknown lot. */
@Entity('inventory_lots')
export class InventoryLot {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  binId: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  lotNumber: string | null;

  /** `YYYY-MM-DD`, usable through that day; null when unknown. */
  @Index()
  @Column({ type: 'varchar', length: 10, nullable: true })
  expiry: string | null;

  @Column({ type: 'int' })
  quantity: number;
}
