import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The latest battery voltage each tag reported, saved every minute and at shutdown (TagBatteryLog) so
 * that the low-battery check keeps its state across a restart. One row per tag, overwritten.
 */
@Entity('tag_battery_readings')
export class TagBatteryReading {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  tagId: string;

  @Column({ type: 'int' })
  batteryMv: number;

  /** When the server received it. */
  @Column({ type: 'datetime', precision: 3 })
  readAt: Date;
}
