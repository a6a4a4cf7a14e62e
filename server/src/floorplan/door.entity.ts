import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A door (or opening) between two rooms of a floor: an edge of the walking graph. */
@Entity('floorplan_doors')
export class Door {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 64 })
  floorId: string;

  @Column({ type: 'double' })
  x: number;

  @Column({ type: 'double' })
  y: number;

  @Column({ type: 'varchar', length: 64 })
  roomAId: string;

  @Column({ type: 'varchar', length: 64 })
  roomBId: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
