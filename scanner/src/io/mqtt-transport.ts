/**
 * Batches published to `wardwatch/<siteId>/gateways/<gatewayId>/ble` (QoS 1), heartbeats to
 * `…/heartbeat` (QoS 1). The broker's PUBACK is the delivery; MQTT has no per-message refusal, so the
 * server's answers to refused batches arrive on `…/ble/errors` and are logged with their seq.
 * While the client is disconnected a batch is a retry at once: the queue on disk holds it, not mqtt.js's
 * memory.
 */
import mqtt, { type MqttClient } from 'mqtt';
import type { GatewayHeartbeat } from '../core/heartbeat.js';
import type { SendOutcome } from '../core/send-outcome.js';
import { errorText, type Logger } from './json-logger.js';
import type { Transport } from './transport.js';

export interface MqttTransportOptions {
  readonly url: string;
  readonly siteId: string;
  readonly gatewayId: string;
  readonly username?: string;
  readonly password?: string;
  readonly timeoutMs: number;
}

export class MqttTransport implements Transport {
  private readonly client: MqttClient;
  private readonly topic: string;

  constructor(
    private readonly options: MqttTransportOptions,
    private readonly log: Logger,
  ) {
    this.topic = `wardwatch/${options.siteId}/gateways/${options.gatewayId}`;
    this.client = mqtt.connect(options.url, {
      clientId: `wardwatch-scanner-${options.gatewayId}`,
      username: options.username,
      password: options.password,
      clean: true,
      reconnectPeriod: 2_000,
      connectTimeout: options.timeoutMs,
      queueQoSZero: false,
    });
    this.client.on('connect', () => {
      this.client.subscribe(`${this.topic}/ble/errors`, { qos: 0 });
    });
    this.client.on('error', (error) => this.log.debug('MQTT error', { error: errorText(error) }));
    this.client.on('message', (topic, payload) => {
      let answer: { message?: unknown; seq?: unknown; statusCode?: unknown } = {};
      try {
        answer = JSON.parse(payload.toString('utf8')) as typeof answer;
      } catch {
        answer = { message: payload.toString('utf8').slice(0, 200) };
      }
      this.log.warn('the server refused a batch', { topic, seq: answer.seq, status: answer.statusCode, message: answer.message });
    });
  }

  sendBatch(body: string): Promise<SendOutcome> {
    return this.publish(`${this.topic}/ble`, body);
  }

  sendHeartbeat(heartbeat: GatewayHeartbeat): Promise<SendOutcome> {
    return this.publish(`${this.topic}/heartbeat`, JSON.stringify(heartbeat));
  }

  async close(): Promise<void> {
    await this.client.endAsync().catch(() => undefined);
  }

  private async publish(topic: string, body: string): Promise<SendOutcome> {
    if (!this.client.connected) return { kind: 'retry', reason: 'MQTT broker not connected' };
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.client.publishAsync(topic, body, { qos: 1 }),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no PUBACK within ${this.options.timeoutMs} ms`)), this.options.timeoutMs))),
      ]);
      return { kind: 'delivered', duplicate: false };
    } catch (error) {
      return { kind: 'retry', reason: errorText(error) };
    } finally {
      clearTimeout(timer);
    }
  }
}
