import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Where each tag is now: one row per tag, rewritten only when the engine reports a material change
 * (another room, a move of more than 2 m, another confidence band), so writes follow movement, not
 * the sighting rate. Read back at start-up to restore the engine (LocationEngine.restore).
 */
@Entity('tag_positions')
export class TagPosition {
  /** libs/beacon tag identity, at most 56 characters (`ibeacon:<uuid>:<major>:<minor>`). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tagId: string;

  @Column({ type: 'varchar', length: 64 })
  floorId: string;

  /** Null would mean "on the floor, room unknown"; the engine always names a room today. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  roomId: string | null;

  /** Floor-plan metres (x east, y north), inside the room's polygon. */
  @Column({ type: 'double' })
  x: number;

  @Column({ type: 'double' })
  y: number;

  /** 0..1. */
  @Column({ type: 'double' })
  confidence: number;

  /** Event time the position holds for (gateway clocks, UTC). */
  @Column({ type: 'datetime', precision: 3 })
  positionAt: Date;

  /**
   * Event time of the newest sighting when the row was written: at the last position change, and at
   * every graceful shutdown. The live value is in memory (LocationService.heardTags).
   */
  @Column({ type: 'datetime', precision: 3 })
  lastSeenAt: Date;

  /** Server time of the write. */
  @Column({ type: 'datetime', precision: 3 })
  updatedAt: Date;
}
