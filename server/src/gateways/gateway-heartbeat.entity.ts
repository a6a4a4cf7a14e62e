import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../platform/database/column-transformers.js';

/** The latest heartbeat of a gateway (docs/schemas/gateway-heartbeat.schema.json), as the gateway-health view reads it. */
@Entity('gateway_heartbeats')
export class GatewayHeartbeatState {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  gatewayId: string;

  /** When the server received it (server clock): what "recent" is measured by. */
  @Column({ type: 'datetime', precision: 3 })
  receivedAt: Date;

  /** The gateway's clock when it sent it. */
  @Column({ type: 'datetime', precision: 3 })
  sentAt: Date;

  @Column({ type: 'varchar', length: 32 })
  version: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  uptimeSeconds: number;

  @Column({ type: 'varchar', length: 16, nullable: true })
  adapterName: string | null;

  @Column({ type: 'varchar', length: 16 })
  adapterState: string;

  @Column({ type: 'double' })
  advertisementsPerSecond: number;

  @Column({ type: 'double' })
  sightingsPerSecond: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  queueDepth: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  queueBytes: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  queueDropped: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  queueRejected: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  malformed: number;
}
