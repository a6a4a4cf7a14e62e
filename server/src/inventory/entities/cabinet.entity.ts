import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const CABINET_KINDS = ['automated_dispensing_cabinet', 'smart_shelf'] as const;
export type CabinetKind = (typeof CABINET_KINDS)[number];

/**
 * A medication cabinet: a placed device of type `medication_cabinet` (its id is the device's, from the
 * floor plan, and its device key authenticates its reports), registered for inventory. Floor and room
 * are the placement's when the cabinet was registered.
 */
@Entity('inventory_cabinets')
export class InventoryCabinet {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  kind: CabinetKind;

  @Index()
  @Column({ type: 'varchar', length: 64 })
  floorId: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  roomId: string | null;

  /** The room's unit on the floor plan (`Intensive care unit`), for the pick list per unit. */
  @Index()
  @Column({ type: 'varchar', length: 120, nullable: true })
  unit: string | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
