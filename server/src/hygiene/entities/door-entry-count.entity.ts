import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '../../platform/database/column-transformers.js';

/**
 * People a door counter saw walk into its room since its previous report: what group-level hand-hygiene
 * compliance estimates opportunities from where staff wear no badges. Append-only.
 */
@Entity('hygiene_door_entries')
@Index(['deviceId', 'at'])
@Index(['at'])
export class DoorEntryCount {
  @PrimaryGeneratedColumn()
  id: number;

  /** The door counter (a floor-plan device placed in the room whose entries it counts). */
  @Column({ type: 'varchar', length: 64 })
  deviceId: string;

  /** End of the counted interval, by the counter's clock. */
  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  /** 1 to 1000. */
  @Column({ type: 'int' })
  count: number;

  /** The batch it came in (with deviceId, the key of hygiene_device_batches). */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  batchSeq: number;
}
