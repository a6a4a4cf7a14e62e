/** `GET /api/gateways/health` (server/src/gateways/gateway-health.views.ts). */
export interface GatewayHeartbeat {
  receivedAt: string;
  sentAt: string;
  version: string;
  uptimeSeconds: number;
  adapterName: string | null;
  adapterState: 'starting' | 'scanning' | 'powered-off' | 'missing' | 'recovering';
  advertisementsPerSecond: number;
  sightingsPerSecond: number;
  queueDepth: number;
  queueBytes: number;
  queueDropped: number;
  queueRejected: number;
  malformed: number;
}

export type GatewayLiveness = 'reporting' | 'not-scanning' | 'offline';

export interface GatewayHealth {
  gatewayId: string;
  name: string;
  floorId: string;
  roomId: string | null;
  liveness: GatewayLiveness;
  lastBatchAt: string | null;
  lastSeq: number | null;
  batches: number;
  sightings: number;
  rejectedBatches: number;
  lastRejectedAt: string | null;
  clockOffsetMs: number | null;
  heartbeat: GatewayHeartbeat | null;
}
