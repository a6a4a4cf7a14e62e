import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The SVG drawing of a floor, stored in consecutive slices of at most
 * DRAWING_PART_CHARS characters. Why slices: the portable column types are
 * `varchar` and `text`, and MySQL's TEXT holds 64 KiB, while a plan may be up to 5 MB.
 * MEDIUMTEXT/LONGTEXT would fit but the SQLite driver refuses those types, and one
 * entity must serve both databases. Slices keep the whole drawing in the database, so
 * a backup of the database is a backup of the plans.
 */
@Entity('floorplan_floor_drawing_parts')
export class FloorDrawingPart {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  floorId: string;

  /** 0, 1, 2… in drawing order. */
  @PrimaryColumn({ type: 'int' })
  part: number;

  @Column({ type: 'text' })
  svg: string;
}

/** 16 000 characters are at most 64 000 bytes in UTF-8: within MySQL's TEXT limit. */
export const DRAWING_PART_CHARS = 16_000;
