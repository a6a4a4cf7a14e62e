import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AssetStatus } from './domain/asset-status.js';

/**
 * One status change of an asset; the first row of each asset (`fromStatus` null) is the status it was
 * registered with. (Not `from`/`to`: both are SQL keywords, a trap in every hand-written query.)
 */
@Entity('equipment_status_changes')
@Index(['assetId', 'at'])
export class AssetStatusChange {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  assetId: number;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: AssetStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus: AssetStatus;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  /** Audit label of who changed it (`user:bea`, `system`). */
  @Column({ type: 'varchar', length: 100 })
  byUser: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;
}
