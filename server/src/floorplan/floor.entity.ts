import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One storey of a building and how its drawing maps to metres (floorplans/README.md).
 * Floor ids are unique across the installation: the API addresses floors by id alone.
 * The SVG drawing itself is stored in FloorDrawingPart rows.
 */
@Entity('floorplan_floors')
@Index(['siteId', 'buildingId', 'level'])
export class Floor {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  siteId: string;

  @Column({ type: 'varchar', length: 64 })
  buildingId: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** Storey number: 0 ground, 1 first, -1 basement. */
  @Column({ type: 'int' })
  level: number;

  @Column({ type: 'double' })
  elevationM: number;

  @Column({ type: 'double' })
  widthM: number;

  @Column({ type: 'double' })
  heightM: number;

  @Column({ type: 'double' })
  pixelsPerMetre: number;

  /** Where the drawing's (0, 0) lies in the building's frame, metres. */
  @Column({ type: 'double' })
  originX: number;

  @Column({ type: 'double' })
  originY: number;

  /** The drawing's file name as imported (`wardwatch.floor.plan.image`). */
  @Column({ type: 'varchar', length: 120 })
  planImage: string;

  /** Hex SHA-256 of the SVG: detects an unchanged drawing on re-import and serves as its ETag. */
  @Column({ type: 'varchar', length: 64 })
  planSha256: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
