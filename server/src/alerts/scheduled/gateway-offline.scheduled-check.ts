import { Injectable } from '@nestjs/common';
import { DevicesService } from '../../devices/devices.service.js';
import { GatewayHeartbeatService } from '../../gateways/gateway-heartbeat.service.js';
import { IngestStatsService } from '../../ingest/ingest-stats.service.js';
import type { AlertCondition } from '../alert-condition.js';
import { GATEWAY_NOT_SCANNING, GATEWAY_OFFLINE } from '../alert-kinds.js';
import { AlertSettings } from '../alert-settings.js';
import { notScanningGateways, offlineGateways, type HeartbeatSummary, type WatchedGateway } from '../checks/gateway-offline.check.js';
import type { ScheduledCheck } from './scheduled-check.js';
import { WatchClock } from './watch-clock.js';

/** What both gateway checks read: placed gateways (devices), last accepted batches (ingest), latest heartbeats (gateways). */
@Injectable()
export class WatchedGateways {
  constructor(
    private readonly devices: DevicesService,
    private readonly ingest: IngestStatsService,
    private readonly heartbeats: GatewayHeartbeatService,
  ) {}

  async read(): Promise<{ gateways: WatchedGateway[]; lastBatchAt: Map<string, Date>; heartbeats: Map<string, HeartbeatSummary> }> {
    const gateways = (await this.devices.list())
      .filter((device) => device.deviceType === 'ble_gateway')
      .map((device) => ({ id: device.id, name: device.name, floorId: device.floorId, roomId: device.roomId, placedAt: device.createdAt }));
    const lastBatchAt = new Map<string, Date>();
    for (const state of this.ingest.gatewayStates()) if (state.lastBatchAt !== null) lastBatchAt.set(state.gatewayId, state.lastBatchAt);
    const heartbeats = new Map<string, HeartbeatSummary>();
    for (const heartbeat of this.heartbeats.all()) heartbeats.set(heartbeat.gatewayId, heartbeat);
    return { gateways, lastBatchAt, heartbeats };
  }
}

type WatchedGatewayData = Awaited<ReturnType<WatchedGateways['read']>>;
type GatewayWatchOptions = Parameters<typeof offlineGateways>[2];

/** The two gateway checks: the same data and threshold, a different pure check. (@Injectable so that its constructor's types are recorded for the subclasses.) */
@Injectable()
abstract class GatewaySilenceCheck implements ScheduledCheck {
  abstract readonly kind: string;

  constructor(
    private readonly watched: WatchedGateways,
    private readonly settings: AlertSettings,
    private readonly clock: WatchClock,
  ) {}

  async evaluate(now: Date): Promise<AlertCondition[]> {
    const data = await this.watched.read();
    return this.conditions(data, { now, watchingSince: this.clock.watchingSince, offlineAfterMs: this.settings.gatewayOfflineAfterMs });
  }

  protected abstract conditions(data: WatchedGatewayData, watch: GatewayWatchOptions): AlertCondition[];
}

/** Placed BLE gateways with neither an accepted batch nor a heartbeat for the offline threshold. */
@Injectable()
export class GatewayOfflineCheck extends GatewaySilenceCheck {
  readonly kind = GATEWAY_OFFLINE;

  protected conditions({ gateways, lastBatchAt, heartbeats }: WatchedGatewayData, watch: GatewayWatchOptions): AlertCondition[] {
    const lastHeartbeatAt = new Map([...heartbeats].map(([id, heartbeat]) => [id, heartbeat.receivedAt]));
    return offlineGateways(gateways, lastBatchAt, watch, lastHeartbeatAt);
  }
}

/** Placed BLE gateways that heartbeat but have sent no batch for the offline threshold: their radio hears nothing. */
@Injectable()
export class GatewayNotScanningCheck extends GatewaySilenceCheck {
  readonly kind = GATEWAY_NOT_SCANNING;

  protected conditions({ gateways, lastBatchAt, heartbeats }: WatchedGatewayData, watch: GatewayWatchOptions): AlertCondition[] {
    return notScanningGateways(gateways, lastBatchAt, heartbeats, watch);
  }
}
