import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The fewest available items of a type a unit should have to hand (see domain/par-levels.ts). */
@Entity('equipment_par_levels')
@Index(['unit', 'typeCode'], { unique: true })
export class ParLevel {
  @PrimaryGeneratedColumn()
  id: number;

  /** A floor-plan room `unit`, e.g. `Intensive care unit`. */
  @Column({ type: 'varchar', length: 120 })
  unit: string;

  @Column({ type: 'varchar', length: 48 })
  typeCode: string;

  @Column({ type: 'int' })
  minAvailable: number;
}
