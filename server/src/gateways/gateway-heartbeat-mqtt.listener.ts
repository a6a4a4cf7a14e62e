import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';
import { MqttConnection } from '../platform/mqtt/mqtt-connection.service.js';
import { LogThrottle } from '../ingest/log-throttle.js';
import { GatewayHeartbeatService } from './gateway-heartbeat.service.js';

/** What the server subscribes to for heartbeats: every site's every gateway. */
export const HEARTBEAT_TOPIC_FILTER = 'wardwatch/+/gateways/+/heartbeat';

/** The site and gateway of `wardwatch/<siteId>/gateways/<gatewayId>/heartbeat`; undefined for any other topic. */
export function parseHeartbeatTopic(topic: string): { siteId: string; gatewayId: string } | undefined {
  const parts = topic.split('/');
  if (parts.length !== 5 || parts[0] !== 'wardwatch' || parts[2] !== 'gateways' || parts[4] !== 'heartbeat') return undefined;
  if (parts[1] === '' || parts[3] === '') return undefined;
  return { siteId: parts[1], gatewayId: parts[3] };
}

/**
 * Heartbeats over MQTT, when MQTT_URL is configured: the same GatewayHeartbeatService.accept as HTTP, the
 * topic in place of the device key (the broker restricts each gateway to its own topics, as for
 * batches: docs/ingest-ble.md). A refused heartbeat is logged, at most once a minute per gateway.
 */
@Injectable()
export class GatewayHeartbeatMqttListener implements OnApplicationBootstrap {
  private readonly logger = new Logger(GatewayHeartbeatMqttListener.name);
  private readonly refusals = new LogThrottle(60_000);

  constructor(
    private readonly mqtt: MqttConnection,
    private readonly heartbeats: GatewayHeartbeatService,
  ) {}

  onApplicationBootstrap(): void {
    const client = this.mqtt.client;
    if (client === undefined) return;
    client.subscribe(HEARTBEAT_TOPIC_FILTER, { qos: 1 });
    client.on('message', (topic, payload) => {
      const address = parseHeartbeatTopic(topic);
      if (address !== undefined) void this.handle(address, payload);
    });
  }

  private async handle(address: { siteId: string; gatewayId: string }, payload: Buffer): Promise<void> {
    try {
      await this.heartbeats.accept(address.gatewayId, JSON.parse(payload.toString('utf8')) as unknown, { via: 'mqtt', siteId: address.siteId });
    } catch (error) {
      const suppressed = this.refusals.pass(address.gatewayId, Date.now());
      if (suppressed === undefined) return;
      const issue = error instanceof DomainError || error instanceof SyntaxError ? error.message : String(error);
      this.logger.warn({ msg: 'Refused a gateway heartbeat', gatewayId: address.gatewayId, via: 'mqtt', issue, suppressed });
    }
  }
}
