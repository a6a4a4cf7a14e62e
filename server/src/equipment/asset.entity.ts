import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AssetStatus } from './domain/asset-status.js';

/** One piece of equipment in the registry. */
@Entity('equipment_assets')
export class Asset {
  @PrimaryGeneratedColumn()
  id: number;

  /** The number on the asset's label, e.g. `EQ-0042`; unique. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  assetTag: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** An EquipmentType code. */
  @Index()
  @Column({ type: 'varchar', length: 48 })
  typeCode: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  manufacturer: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  model: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  serial: string | null;

  /** The unit (a floor-plan room `unit`) the asset belongs to; null for a shared pool. */
  @Index()
  @Column({ type: 'varchar', length: 120, nullable: true })
  homeUnit: string | null;

  /** One of ASSET_STATUSES; changed only through the status route, which records an AssetStatusChange. */
  @Index()
  @Column({ type: 'varchar', length: 16 })
  status: AssetStatus;

  /** Preventive maintenance due date, `YYYY-MM-DD` (varchar: a calendar date, portable, free of time zones). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  pmDueDate: string | null;

  /** The paired tag's identity (libs/beacon, e.g. `ibeacon:<uuid>:<major>:<minor>`); unique, null when untracked. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 128, nullable: true })
  tagId: string | null;

  /**
   * When the current tag was paired. Tags move between assets (a broken pump's tag goes on its
   * replacement): trails and utilization read the tag's history only from here on.
   */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  tagPairedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
