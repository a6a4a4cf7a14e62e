import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A tag's move into a room: the location history, insert-only. Named ...Record because
 * `RoomTransition` is the engine's event type (engine/engine-types.ts) that each row stores.
 * The (tagId, enteredAt) index serves a tag's history (and lookups by tag alone); the
 * (toRoomId, enteredAt) index serves "who was in room R between t1 and t2" (contact investigation).
 */
@Entity('room_transitions')
@Index(['tagId', 'enteredAt'])
@Index(['toRoomId', 'enteredAt'])
export class RoomTransitionRecord {
  /**
   * Unsigned INT on MySQL: 4.29 billion rows, over a century at 100,000 transitions a day. (BIGINT
   * cannot be used: SQLite allows AUTOINCREMENT only on INTEGER PRIMARY KEY, which is 64-bit there.)
   */
  @PrimaryGeneratedColumn({ type: 'int', unsigned: true })
  id: number;

  @Column({ type: 'varchar', length: 64 })
  tagId: string;

  /** Null: the tag was placed for the first time (or again after being lost). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  fromRoomId: string | null;

  /** Null would mean "left every room" (lost); the engine always names a room today. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  toRoomId: string | null;

  /** Floor of toRoomId. */
  @Column({ type: 'varchar', length: 64 })
  floorId: string;

  /** Event time the tag is judged to have entered toRoomId (gateway clocks, UTC). */
  @Column({ type: 'datetime', precision: 3 })
  enteredAt: Date;
}
