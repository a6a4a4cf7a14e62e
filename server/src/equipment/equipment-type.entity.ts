import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A kind of equipment (`infusion_pump`, `wheelchair`, …). The common ones are seeded at start-up (equipment-types.catalog.ts). */
@Entity('equipment_types')
export class EquipmentType {
  /** lower_snake_case, e.g. `infusion_pump`. */
  @PrimaryColumn({ type: 'varchar', length: 48 })
  code: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /**
   * A tracked asset of this type whose tag has not been heard for this long is presumed missing, and its
   * last position no longer counts for "nearest" or PAR levels.
   */
  @Column({ type: 'int' })
  missingAfterMinutes: number;
}
