import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Point } from './geometry/polygon.js';
import type { IsolationKind, PressureRegime, RoomType } from './import/floorplan-format.js';

/** A room (or corridor, stairwell…) of a floor, with its outline in floor metres. */
@Entity('floorplan_rooms')
export class Room {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 64 })
  floorId: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** One of ROOM_TYPES (validated by the import; varchar for portability). */
  @Column({ type: 'varchar', length: 32 })
  type: RoomType;

  /** Department, or null for shared space. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  unit: string | null;

  @Column({ type: 'varchar', length: 16 })
  isolation: IsolationKind;

  @Column({ type: 'varchar', length: 16 })
  pressure: PressureRegime;

  /** Stairs and elevators: the shaft's label, the same on every floor it serves. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  verticalLink: string | null;

  /** Closed outer ring [[x, y], …] in metres, as in the file. */
  @Column({ type: 'simple-json' })
  polygon: Point[];

  @Column({ type: 'double' })
  centroidX: number;

  @Column({ type: 'double' })
  centroidY: number;

  @Column({ type: 'double' })
  areaM2: number;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
