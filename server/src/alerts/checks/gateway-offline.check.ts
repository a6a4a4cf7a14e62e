import { alertCondition, type AlertCondition } from '../alert-condition.js';
import { GATEWAY_NOT_SCANNING, GATEWAY_OFFLINE } from '../alert-kinds.js';
import { silentForMs } from './silence.js';

/** A BLE gateway placed on a floor plan. */
export interface WatchedGateway {
  id: string;
  name: string;
  floorId: string;
  roomId: string | null;
  /** When the floor plan placed it: a gateway that never reported is silent since then. */
  placedAt: Date;
}

export interface GatewayWatch {
  now: Date;
  watchingSince: Date;
  offlineAfterMs: number;
}

/**
 * What a gateway's reports say about it:
 * - `reporting`: an accepted batch within `offlineAfterMs`;
 * - `not-scanning`: no batch for that long, but a heartbeat within it: the gateway and its network are
 *   alive and its radio hears no tags (adapter dead, discovery stuck, or no tag in range);
 * - `offline`: neither batch nor heartbeat for that long (or never, since its placement).
 * A heartbeat never makes a silent gateway `reporting`: the two silent states together are exactly the
 * gateways that were offline before heartbeats existed, so no silent gateway goes unreported.
 */
export type GatewayLiveness = 'reporting' | 'not-scanning' | 'offline';

export function gatewayLiveness(gateway: Pick<WatchedGateway, 'placedAt'>, lastBatchAt: Date | null, lastHeartbeatAt: Date | null, watch: GatewayWatch): GatewayLiveness {
  if (silentForMs(lastBatchAt ?? gateway.placedAt, watch.watchingSince, watch.now) < watch.offlineAfterMs) return 'reporting';
  const heartbeatSilentMs = lastHeartbeatAt === null ? Infinity : silentForMs(lastHeartbeatAt, watch.watchingSince, watch.now);
  return heartbeatSilentMs < watch.offlineAfterMs ? 'not-scanning' : 'offline';
}

/**
 * Placed gateways that have sent no accepted batch and no heartbeat for `offlineAfterMs` (at exactly
 * that long, they are offline). Only placed gateways are watched: the ingest refuses batches from a
 * gateway taken off the plan, so a removed gateway is decommissioned, not offline, and its alert
 * clears. A placed gateway that never reported counts as silent since its placement (or since
 * `watchingSince`). A gateway that still heartbeats is `gateway.not_scanning` instead (see below).
 */
export function offlineGateways(
  gateways: readonly WatchedGateway[],
  lastBatchAt: ReadonlyMap<string, Date>,
  watch: GatewayWatch,
  lastHeartbeatAt: ReadonlyMap<string, Date> = new Map(),
): AlertCondition[] {
  const conditions: AlertCondition[] = [];
  for (const gateway of gateways) {
    const lastBatch = lastBatchAt.get(gateway.id) ?? null;
    if (gatewayLiveness(gateway, lastBatch, lastHeartbeatAt.get(gateway.id) ?? null, watch) !== 'offline') continue;
    conditions.push(
      alertCondition({
        kind: GATEWAY_OFFLINE,
        subjectType: 'gateway',
        subjectId: gateway.id,
        severity: 'warning',
        // Plans name gateways for people (`Gateway 3, Main corridor (west)`): the name leads.
        title: lastBatch === null ? `${gateway.name} has not reported since it was placed` : `${gateway.name} offline`,
        detail: { gatewayName: gateway.name, lastBatchAt: lastBatch?.toISOString() ?? null, neverReported: lastBatch === null },
        floorId: gateway.floorId,
        roomId: gateway.roomId,
      }),
    );
  }
  return conditions;
}

/** What a gateway's latest heartbeat said about its radio, for the not-scanning alert's detail. */
export interface HeartbeatSummary {
  receivedAt: Date;
  adapterState: string;
  advertisementsPerSecond: number;
}

/**
 * Placed gateways that heartbeat but have sent no batch for `offlineAfterMs`: alive on the network, deaf
 * on the radio. The detail carries the adapter state and the advertisement rate the gateway reported,
 * which tell a dead adapter (`missing`, 0/s) from a quiet corner (scanning, advertisements but no tags).
 */
export function notScanningGateways(
  gateways: readonly WatchedGateway[],
  lastBatchAt: ReadonlyMap<string, Date>,
  heartbeats: ReadonlyMap<string, HeartbeatSummary>,
  watch: GatewayWatch,
): AlertCondition[] {
  const conditions: AlertCondition[] = [];
  for (const gateway of gateways) {
    const heartbeat = heartbeats.get(gateway.id);
    const lastBatch = lastBatchAt.get(gateway.id) ?? null;
    if (heartbeat === undefined || gatewayLiveness(gateway, lastBatch, heartbeat.receivedAt, watch) !== 'not-scanning') continue;
    conditions.push(
      alertCondition({
        kind: GATEWAY_NOT_SCANNING,
        subjectType: 'gateway',
        subjectId: gateway.id,
        severity: 'warning',
        title: `${gateway.name} hears no tags`,
        detail: {
          gatewayName: gateway.name,
          lastBatchAt: lastBatch?.toISOString() ?? null,
          adapterState: heartbeat.adapterState,
          advertisementsPerSecond: heartbeat.advertisementsPerSecond,
        },
        floorId: gateway.floorId,
        roomId: gateway.roomId,
      }),
    );
  }
  return conditions;
}
