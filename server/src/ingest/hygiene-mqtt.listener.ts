import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { MqttConnection } from '../platform/mqtt/mqtt-connection.service.js';
import { HYGIENE_TOPIC_FILTER, hygieneErrorsTopic, parseHygieneTopic } from './hygiene/hygiene-topics.js';
import { HygieneIngestService } from './hygiene-ingest.service.js';
import { LogThrottle } from './log-throttle.js';
import { ingestDeviceMessage, subscribeIngestTopic } from './mqtt-ingest.js';

/**
 * Dispenser and sensor batches over MQTT, when MQTT_URL is configured: HygieneIngestService.accept with
 * the topic's device and site in place of the device key (the broker authenticates devices and restricts
 * each to its own topics). The session is clean, so what guarantees a batch is stored is the device's
 * retry with the same seq until it sees it stored (a stored one is not counted again). A refused message
 * is answered on `<topic>/errors` with the body HTTP would have answered.
 */
@Injectable()
export class HygieneMqttListener implements OnApplicationBootstrap {
  private readonly logger = new Logger(HygieneMqttListener.name);
  private readonly failures = new LogThrottle(60_000);
  private subscribed: Promise<void> | undefined;

  constructor(
    private readonly mqtt: MqttConnection,
    private readonly ingest: HygieneIngestService,
  ) {}

  onApplicationBootstrap(): void {
    const client = this.mqtt.client;
    if (client === undefined) return;
    this.subscribed = new Promise((resolve) => subscribeIngestTopic(client, HYGIENE_TOPIC_FILTER, this.logger, 'hygiene', resolve));
    client.on('message', (topic, payload) => {
      const address = parseHygieneTopic(topic);
      if (address === undefined) return;
      void ingestDeviceMessage(client, this.ingest, address, hygieneErrorsTopic(address), payload, { logger: this.logger, failures: this.failures, what: 'Hygiene' });
    });
  }

  /** Resolves once the subscription is confirmed by the broker (tests). */
  whenSubscribed(): Promise<void> {
    return this.subscribed ?? Promise.reject(new Error('MQTT is not configured'));
  }
}
