import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { MqttClient } from 'mqtt';
import { MqttConnection } from '../platform/mqtt/mqtt-connection.service.js';
import { CABINET_TOPIC_FILTER, cabinetErrorsTopic, parseCabinetTopic, type CabinetTopic } from './cabinet/cabinet-topics.js';
import { CabinetIngestService } from './cabinet-ingest.service.js';
import { LogThrottle } from './log-throttle.js';
import { ingestDeviceMessage, subscribeIngestTopic } from './mqtt-ingest.js';

/**
 * Cabinet batches over MQTT, when MQTT_URL is configured: CabinetIngestService.accept with the topic's
 * cabinet and site in place of the device key (the broker authenticates cabinets and restricts each to
 * its own topics). The session is clean, so what guarantees a batch is stored is the cabinet's retry
 * with the same seq until it sees it stored (a stored one is not counted again). A refused message is
 * answered on `<topic>/errors` with the body HTTP would have answered.
 */
@Injectable()
export class CabinetMqttListener implements OnApplicationBootstrap {
  private readonly logger = new Logger(CabinetMqttListener.name);
  private readonly failures = new LogThrottle(60_000);
  private subscribed: Promise<void> | undefined;

  constructor(
    private readonly mqtt: MqttConnection,
    private readonly ingest: CabinetIngestService,
  ) {}

  onApplicationBootstrap(): void {
    const client = this.mqtt.client;
    if (client === undefined) return;
    this.subscribed = new Promise((resolve) => subscribeIngestTopic(client, CABINET_TOPIC_FILTER, this.logger, 'cabinet', resolve));
    client.on('message', (topic, payload) => {
      const address = parseCabinetTopic(topic);
      if (address !== undefined) void this.handle(client, address, payload);
    });
  }

  /** Resolves once the subscription is confirmed by the broker (tests). */
  whenSubscribed(): Promise<void> {
    return this.subscribed ?? Promise.reject(new Error('MQTT is not configured'));
  }

  private handle(client: MqttClient, address: CabinetTopic, payload: Buffer): Promise<void> {
    const device = { siteId: address.siteId, deviceId: address.cabinetId };
    return ingestDeviceMessage(client, this.ingest, device, cabinetErrorsTopic(address), payload, { logger: this.logger, failures: this.failures, what: 'Cabinet' });
  }
}
