import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevicesModule } from '../devices/devices.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { GatewayHealthController } from './gateway-health.controller.js';
import { GatewayHealthService } from './gateway-health.service.js';
import { GatewayHeartbeatMqttListener } from './gateway-heartbeat-mqtt.listener.js';
import { GatewayHeartbeatController } from './gateway-heartbeat.controller.js';
import { GatewayHeartbeatState } from './gateway-heartbeat.entity.js';
import { GatewayHeartbeatService } from './gateway-heartbeat.service.js';

/**
 * Gateway health: heartbeats of the scanner agents (HTTP and MQTT) and the health view that merges them
 * with the ingest's per-gateway state. The alerts feature reads the heartbeats for gateway.offline and
 * gateway.not_scanning.
 */
@Module({
  imports: [TypeOrmModule.forFeature([GatewayHeartbeatState]), DevicesModule, IngestModule],
  controllers: [GatewayHeartbeatController, GatewayHealthController],
  providers: [GatewayHeartbeatService, GatewayHeartbeatMqttListener, GatewayHealthService],
  exports: [GatewayHeartbeatService],
})
export class GatewaysModule {}
