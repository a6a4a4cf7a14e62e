import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const LIVENESS = ['reporting', 'not-scanning', 'offline'] as const;

/** A gateway's latest heartbeat as the health view shows it. */
export class GatewayHeartbeatView {
  @ApiProperty({ description: 'When the server received it' }) receivedAt: Date;
  @ApiProperty({ description: "The gateway's clock when it sent it" }) sentAt: Date;
  @ApiProperty({ example: '0.1.0' }) version: string;
  @ApiProperty() uptimeSeconds: number;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'hci0' }) adapterName: string | null;
  @ApiProperty({ enum: ['starting', 'scanning', 'powered-off', 'missing', 'recovering'] }) adapterState: string;
  @ApiProperty() advertisementsPerSecond: number;
  @ApiProperty({ description: 'Receptions of reported tags per second' }) sightingsPerSecond: number;
  @ApiProperty({ description: "Batches waiting on the gateway's disk" }) queueDepth: number;
  @ApiProperty() queueBytes: number;
  @ApiProperty({ description: 'Batches the gateway dropped because its queue was full' }) queueDropped: number;
  @ApiProperty({ description: 'Batches the server refused (4xx), as the gateway counted them' }) queueRejected: number;
  @ApiProperty({ description: 'Advertisement updates the gateway could not read' }) malformed: number;
}

/** One placed BLE gateway's health: placement, ingest state and latest heartbeat. */
export class GatewayHealthView {
  @ApiProperty({ example: 'main-0-gw-014' }) gatewayId: string;
  @ApiProperty({ example: 'Gateway 14, Main corridor' }) name: string;
  @ApiProperty({ example: 'main-0' }) floorId: string;
  @ApiPropertyOptional({ type: String, nullable: true }) roomId: string | null;
  @ApiProperty({
    enum: LIVENESS,
    description:
      'reporting: a batch within the offline threshold; not-scanning: no batch but a recent heartbeat (the radio hears no tags); offline: neither (the alerts gateway.offline and gateway.not_scanning use the same rule)',
  })
  liveness: (typeof LIVENESS)[number];
  @ApiPropertyOptional({ type: Date, nullable: true, description: 'When the last accepted batch arrived' }) lastBatchAt: Date | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) lastSeq: number | null;
  @ApiProperty() batches: number;
  @ApiProperty() sightings: number;
  @ApiProperty() rejectedBatches: number;
  @ApiPropertyOptional({ type: Date, nullable: true }) lastRejectedAt: Date | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: "How far the gateway's clock is behind the server's (plus transit), ms" }) clockOffsetMs: number | null;
  @ApiPropertyOptional({ type: GatewayHeartbeatView, nullable: true }) heartbeat: GatewayHeartbeatView | null;
}
