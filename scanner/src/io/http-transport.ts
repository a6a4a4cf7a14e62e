/**
 * Batches as `POST /api/v1/ingest/ble`, heartbeats as `POST /api/v1/ingest/gateway-heartbeat`, both with
 * the gateway's device key as Bearer. fetch keeps the connection open between requests (undici's pool).
 */
import type { GatewayHeartbeat } from '../core/heartbeat.js';
import { outcomeOfStatus, type SendOutcome } from '../core/send-outcome.js';
import { errorText } from './json-logger.js';
import type { Transport } from './transport.js';

export class HttpTransport implements Transport {
  private readonly batchUrl: string;
  private readonly heartbeatUrl: string;

  constructor(
    serverUrl: string,
    private readonly deviceKey: string,
    private readonly timeoutMs: number,
  ) {
    const base = serverUrl.replace(/\/+$/, '');
    this.batchUrl = `${base}/api/v1/ingest/ble`;
    this.heartbeatUrl = `${base}/api/v1/ingest/gateway-heartbeat`;
  }

  sendBatch(body: string): Promise<SendOutcome> {
    return this.post(this.batchUrl, body);
  }

  sendHeartbeat(heartbeat: GatewayHeartbeat): Promise<SendOutcome> {
    return this.post(this.heartbeatUrl, JSON.stringify(heartbeat));
  }

  async close(): Promise<void> {}

  private async post(url: string, body: string): Promise<SendOutcome> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.deviceKey}`, 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await response.text();
      let answer: unknown;
      try {
        answer = text === '' ? undefined : JSON.parse(text);
      } catch {
        answer = undefined;
      }
      return outcomeOfStatus(response.status, answer);
    } catch (error) {
      return { kind: 'retry', reason: errorText(error) };
    }
  }
}
