import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CleanedBy, SoiledReason } from '../hygiene/cleaning/equipment-hygiene.js';

/**
 * An asset's hygiene as its movements and cleanings left it (hygiene/cleaning/equipment-hygiene.ts):
 * one row per asset that ever had a hygiene event; no row means nothing known, clean. Its own table,
 * not columns of `equipment_assets`: it is written by the live location listener while people edit the
 * registry row, and neither write may overwrite the other's columns.
 */
@Entity('equipment_hygiene')
@Index(['soiled', 'inCleanUtilitySince'])
export class AssetHygiene {
  @PrimaryColumn({ type: 'int' })
  assetId: number;

  @Column({ type: 'boolean' })
  soiled: boolean;

  /** When the current state began. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  since: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  reason: SoiledReason | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  cleanedBy: CleanedBy | null;

  /** Who made the last change: `user:bea` for a cleaning recorded through the API, `system` for a movement. */
  @Column({ type: 'varchar', length: 100 })
  changedBy: string;

  /** The note given with the last cleaning. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** Since when it has stood in a clean utility room; null when it is not in one. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  inCleanUtilitySince: Date | null;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
