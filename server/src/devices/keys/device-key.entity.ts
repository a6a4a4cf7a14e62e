import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A credential a gateway, sensor or cabinet sends as `Authorization: Bearer wwd_…`. */
@Entity('device_keys')
export class DeviceKey {
  @PrimaryGeneratedColumn()
  id: number;

  /** The placed device the key belongs to (its string id in the devices feature). */
  @Index()
  @Column({ type: 'varchar', length: 64 })
  deviceId: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  label: string | null;

  /** The key's first characters (`wwd_` + 8), shown in the UI and used to find the row. */
  @Index()
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  /** Hex SHA-256 of the whole key (see device-key-format.ts for why not argon2). */
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  /** Audit label of the admin who created it, e.g. `user:alice`. */
  @Column({ type: 'varchar', length: 100 })
  createdBy: string;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  revokedBy: string | null;

  /** Updated at most once a minute per key (batched), not per request. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastUsedAt: Date | null;
}
