import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A building of a site. Building ids are only unique within their site ("main" is a
 * common name), hence the two-column key.
 */
@Entity('floorplan_buildings')
export class Building {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  siteId: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
