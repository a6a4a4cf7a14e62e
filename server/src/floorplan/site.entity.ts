import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A hospital campus, as named by its floor-plan files (`wardwatch.site`). */
@Entity('floorplan_sites')
export class Site {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** IANA zone name; times are stored in UTC and shown in this zone. */
  @Column({ type: 'varchar', length: 64 })
  timezone: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  /** Changes only when an import changes the site's name or zone. */
  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
