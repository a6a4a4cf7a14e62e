import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { MqttClient } from 'mqtt';
import { DomainError } from '../platform/http/domain-error.js';
import { MqttConnection } from '../platform/mqtt/mqtt-connection.service.js';
import { BLE_TOPIC_FILTER, bleErrorsTopic, parseBleTopic, type BleTopic } from './ble/ble-topics.js';
import { BleIngestService } from './ble-ingest.service.js';
import { LogThrottle } from './log-throttle.js';
import { decodeIngestMessage, publishIngestError, subscribeIngestTopic } from './mqtt-ingest.js';

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
    subscribeIngestTopic(client, BLE_TOPIC_FILTER, this.logger, 'BLE gateway', () => this.resolveSubscribed?.());
  }

  private async handle(client: MqttClient, address: BleTopic, payload: Buffer): Promise<void> {
    let body: unknown;
    try {
      body = decodeIngestMessage(payload);
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

  private reply(client: MqttClient, address: BleTopic, error: unknown, body: unknown): void {
    publishIngestError(client, bleErrorsTopic(address), error, body);
  }

  private logUnexpected(address: BleTopic, error: unknown): void {
    const suppressed = this.failures.pass(address.gatewayId, Date.now());
    if (suppressed === undefined) return;
    this.logger.error({ msg: 'BLE message failed', gatewayId: address.gatewayId, suppressed }, error instanceof Error ? error.stack : String(error));
  }
}
