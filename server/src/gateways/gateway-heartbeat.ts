/** A gateway heartbeat as docs/schemas/gateway-heartbeat.schema.json defines it (the scanner agent sends it). */
export interface GatewayHeartbeatBody {
  gatewayId: string;
  sentAt: string;
  version: string;
  uptimeSeconds: number;
  adapter: { name: string | null; state: 'starting' | 'scanning' | 'powered-off' | 'missing' | 'recovering' };
  advertisementsPerSecond: number;
  sightingsPerSecond: number;
  queue: { depth: number; bytes: number; dropped: number; rejected: number };
  malformed: number;
}
