import { Injectable } from '@nestjs/common';
import { DevicesService } from '../../devices/devices.service.js';
import { IngestStatsService } from '../../ingest/ingest-stats.service.js';
import type { AlertCondition } from '../alert-condition.js';
import { GATEWAY_OFFLINE } from '../alert-kinds.js';
import { AlertSettings } from '../alert-settings.js';
import { offlineGateways } from '../checks/gateway-offline.check.js';
import type { ScheduledCheck } from './scheduled-check.js';
import { WatchClock } from './watch-clock.js';

/** Placed BLE gateways (devices feature) against their last accepted batch (ingest). */
@Injectable()
export class GatewayOfflineCheck implements ScheduledCheck {
  readonly kind = GATEWAY_OFFLINE;

  constructor(
    private readonly devices: DevicesService,
    private readonly ingest: IngestStatsService,
    private readonly settings: AlertSettings,
    private readonly clock: WatchClock,
  ) {}

  async evaluate(now: Date): Promise<AlertCondition[]> {
    const gateways = (await this.devices.list())
      .filter((device) => device.deviceType === 'ble_gateway')
      .map((device) => ({ id: device.id, name: device.name, floorId: device.floorId, roomId: device.roomId, placedAt: device.createdAt }));
    const lastBatchAt = new Map<string, Date>();
    for (const state of this.ingest.gatewayStates()) if (state.lastBatchAt !== null) lastBatchAt.set(state.gatewayId, state.lastBatchAt);
    return offlineGateways(gateways, lastBatchAt, { now, watchingSince: this.clock.watchingSince, offlineAfterMs: this.settings.gatewayOfflineAfterMs });
  }
}
