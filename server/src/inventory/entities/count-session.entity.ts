import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SessionReconciliation } from '../ledger/count-session.js';

export type CountSessionStatus = 'open' | 'signed_off';

/** A pharmacist's count of some cabinets; its counts are ledger entries naming the session. */
@Entity('inventory_count_sessions')
export class InventoryCountSession {
  @PrimaryGeneratedColumn()
  id: number;

  /** `Unit: Intensive care unit`, `Cabinets: main-1-cab-001, …`. */
  @Column({ type: 'varchar', length: 200 })
  scope: string;

  @Column({ type: 'simple-json' })
  cabinetIds: string[];

  @Column({ type: 'varchar', length: 16 })
  status: CountSessionStatus;

  @Column({ type: 'varchar', length: 64 })
  startedBy: string;

  @Column({ type: 'datetime', precision: 3 })
  startedAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  signedOffBy: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  signedOffAt: Date | null;

  /** The reconciliation as signed off: history that later entries do not change. */
  @Column({ type: 'simple-json', nullable: true })
  reconciliation: SessionReconciliation | null;
}
