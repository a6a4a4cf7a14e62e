import { STATUS_CODES } from 'node:http';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { MqttClient } from 'mqtt';
import { DomainError } from '../platform/http/domain-error.js';
import { MqttConnection } from '../platform/mqtt/mqtt-connection.service.js';
import { INGEST_BODY_LIMIT_BYTES } from './ble/ble-ingest-limits.js';
import { BLE_TOPIC_FILTER, bleErrorsTopic, parseBleTopic, type BleTopic } from './ble/ble-topics.js';
import { BleIngestService } from './ble-ingest.service.js';
import { notJson, overIngestLimit } from './ingest-errors.js';
import { LogThrottle } from './log-throttle.js';

/**
 * BLE batches over MQTT (docs/ingest-ble.md, "MQTT"), when MQTT_URL is configured: the same
 * BleIngestService.accept as HTTP, with the topic in place of the device key. The broker authenticates
 * gateways and restricts each to its own topics; the server trusts the topic's gateway id.
 * A refused message is answered on `<topic>/errors` with the body HTTP would have answered.
 */
@Injectable()
export class BleMqttListener implements OnApplicationBootstrap {
  private readonly logger = new Logger(BleMqttListener.name);
  private readonly failures = new LogThrottle(60_000);
  private subscribed: Promise<void> | undefined;
  private resolveSubscribed: (() => void) | undefined;

  constructor(
    private readonly mqtt: MqttConnection,
    private readonly ingest: BleIngestService,
  ) {}

  onApplicationBootstrap(): void {
    const client = this.mqtt.client;
    if (client === undefined) return;
    this.subscribed = new Promise((resolve) => (this.resolveSubscribed = resolve));
    // Sent when the client connects. The session is clean, so the broker forgets it on a disconnect;
    // mqtt.js subscribes again on every reconnect (its `resubscribe` option, on by default).
    this.subscribe(client);
    client.on('message', (topic, payload) => {
      const address = parseBleTopic(topic);
      // The one client carries every feature's subscriptions: other topics are not ours.
      if (address !== undefined) void this.handle(client, address, payload);
    });
  }

  /** Resolves once the first subscription is confirmed by the broker (tests, health). */
  whenSubscribed(): Promise<void> {
    return this.subscribed ?? Promise.reject(new Error('MQTT is not configured'));
  }

  private subscribe(client: MqttClient): void {
    client.subscribe(BLE_TOPIC_FILTER, { qos: 1 }, (error, granted) => {
      // QoS 128 in the grant is the broker's refusal (MQTT 3.1.1 §3.9.3), typically its ACL.
      const refused = error?.message ?? (granted?.some((grant) => grant.qos === 128) ? 'refused by the broker (ACL?)' : undefined);
      if (refused !== undefined) this.logger.error({ msg: 'Could not subscribe to BLE gateway topics', topic: BLE_TOPIC_FILTER, error: refused });
      else this.resolveSubscribed?.();
    });
  }

  private async handle(client: MqttClient, address: BleTopic, payload: Buffer): Promise<void> {
    let body: unknown;
    try {
      body = decode(payload);
    } catch (error) {
      this.ingest.noteRejection(address.gatewayId, undefined, error as DomainError, 'mqtt');
      this.reply(client, address, error as DomainError, undefined);
      return;
    }
    try {
      await this.ingest.accept(address.gatewayId, body, { via: 'mqtt', siteId: address.siteId });
    } catch (error) {
      if (!(error instanceof DomainError)) this.logUnexpected(address, error);
      this.reply(client, address, error, body);
    }
  }

  /** Publishes the error as HTTP would answer it, with the batch's seq, so the gateway's engineer can see it (QoS 0: advice, not state). */
  private reply(client: MqttClient, address: BleTopic, error: unknown, body: unknown): void {
    const problem = error instanceof DomainError ? error : undefined;
    const status = problem?.status ?? 500;
    const answer = {
      statusCode: status,
      error: STATUS_CODES[status] ?? 'Error',
      message: problem?.message ?? 'Internal server error',
      ...(problem?.issues ? { issues: problem.issues } : {}),
      seq: (body as { seq?: unknown } | undefined)?.seq,
    };
    client.publish(bleErrorsTopic(address), JSON.stringify(answer), { qos: 0 });
  }

  private logUnexpected(address: BleTopic, error: unknown): void {
    const suppressed = this.failures.pass(address.gatewayId, Date.now());
    if (suppressed === undefined) return;
    this.logger.error({ msg: 'BLE message failed', gatewayId: address.gatewayId, suppressed }, error instanceof Error ? error.stack : String(error));
  }
}

/** The message's JSON; refuses what HTTP's body parser would (too large, not JSON). */
function decode(payload: Buffer): unknown {
  if (payload.length > INGEST_BODY_LIMIT_BYTES) throw overIngestLimit('message');
  try {
    return JSON.parse(payload.toString('utf8')) as unknown;
  } catch (error) {
    throw notJson('message', (error as Error).message);
  }
}
