import type { GatewayHeartbeat } from '../core/heartbeat.js';
import type { SendOutcome } from '../core/send-outcome.js';

/** How batches and heartbeats reach the server: HTTP or MQTT (docs/ingest-ble.md). */
export interface Transport {
  /** Sends one batch's JSON (exactly as queued). Never throws: failures are outcomes. */
  sendBatch(body: string): Promise<SendOutcome>;
  sendHeartbeat(heartbeat: GatewayHeartbeat): Promise<SendOutcome>;
  close(): Promise<void>;
}
