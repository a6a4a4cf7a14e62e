import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The events of a room's cleaning log (RoomCleaningEvent in cleaning/room-cleaning-state.ts). */
export type RoomHygieneEventType = 'cleaning_started' | 'cleaning_completed' | 'verification' | 'discharge' | 'isolation_started' | 'isolation_ended';

/**
 * One event of a room's cleaning log: a clean started or completed, a verification (ATP, fluorescent
 * marker), a discharge or an isolation flag. From a device over the ingest (a UV robot, an ATP reader
 * relaying through a placed hygiene device) or from a person through the API. Append-only.
 */
@Entity('hygiene_room_events')
@Index(['roomId', 'at'])
@Index(['at'])
export class RoomHygieneEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  roomId: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'varchar', length: 24 })
  type: RoomHygieneEventType;

  /** Cleans: daily, terminal or uv. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  kind: 'daily' | 'terminal' | 'uv' | null;

  /** Verifications: atp or fluorescent, whether it passed, and the ATP reading (RLU) when given. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  method: 'atp' | 'fluorescent' | null;

  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;

  @Column({ type: 'double', nullable: true })
  value: number | null;

  /** Who did it, as the device or the person recording it named them. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  performedBy: string | null;

  /** The device that reported it; null when a person recorded it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  deviceId: string | null;

  /** The user who recorded it through the API; null for device reports. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  recordedBy: string | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
