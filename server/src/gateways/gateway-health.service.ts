import { Injectable } from '@nestjs/common';
import { AlertSettings } from '../alerts/alert-settings.js';
import { gatewayLiveness } from '../alerts/checks/gateway-offline.check.js';
import { DevicesService } from '../devices/devices.service.js';
import { IngestStatsService } from '../ingest/ingest-stats.service.js';
import { GatewayHeartbeatService } from './gateway-heartbeat.service.js';
import type { GatewayHealthView, GatewayHeartbeatView } from './gateway-health.views.js';

/**
 * The gateway-health view: every placed BLE gateway with what the ingest knows of its batches
 * (IngestStatsService) and its latest heartbeat, and its liveness by the rule of the gateway alerts.
 */
@Injectable()
export class GatewayHealthService {
  /** The server does not blame gateways for silence while it was itself down (as the alert checks). */
  private readonly watchingSince = new Date();
  /** The alerts' default threshold: the health view and the alerts agree on what is offline. */
  private readonly offlineAfterMs = new AlertSettings().gatewayOfflineAfterMs;

  constructor(
    private readonly devices: DevicesService,
    private readonly ingest: IngestStatsService,
    private readonly heartbeats: GatewayHeartbeatService,
  ) {}

  async list(now = new Date()): Promise<GatewayHealthView[]> {
    const states = new Map(this.ingest.gatewayStates().map((state) => [state.gatewayId, state]));
    const gateways = (await this.devices.list()).filter((device) => device.deviceType === 'ble_gateway');
    return gateways.map((gateway) => {
      const state = states.get(gateway.id);
      const heartbeat = this.heartbeats.get(gateway.id);
      const lastBatchAt = state?.lastBatchAt ?? null;
      return {
        gatewayId: gateway.id,
        name: gateway.name,
        floorId: gateway.floorId,
        roomId: gateway.roomId,
        liveness: gatewayLiveness({ placedAt: gateway.createdAt }, lastBatchAt, heartbeat?.receivedAt ?? null, {
          now,
          watchingSince: this.watchingSince,
          offlineAfterMs: this.offlineAfterMs,
        }),
        lastBatchAt,
        lastSeq: state?.lastSeq ?? null,
        batches: state?.batches ?? 0,
        sightings: state?.sightings ?? 0,
        rejectedBatches: state?.rejectedBatches ?? 0,
        lastRejectedAt: state?.lastRejectedAt ?? null,
        clockOffsetMs: state?.clockOffsetMs ?? null,
        heartbeat: heartbeat === undefined ? null : heartbeatView(heartbeat),
      };
    });
  }
}

function heartbeatView(heartbeat: GatewayHeartbeatView & { gatewayId: string }): GatewayHeartbeatView {
  const { gatewayId: _gatewayId, ...view } = heartbeat;
  return view;
}
