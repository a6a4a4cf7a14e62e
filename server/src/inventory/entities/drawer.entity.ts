import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A drawer (or shelf) of a cabinet. */
@Entity('inventory_drawers')
@Index(['cabinetId', 'label'], { unique: true })
export class InventoryDrawer {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  cabinetId: string;

  /** As printed on the drawer: `Drawer 2`, `Top shelf`. */
  @Column({ type: 'varchar', length: 40 })
  label: string;

  /** Top to bottom. */
  @Column({ type: 'int' })
  position: number;
}
