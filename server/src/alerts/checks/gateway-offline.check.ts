import { alertCondition, type AlertCondition } from '../alert-condition.js';
import { GATEWAY_OFFLINE } from '../alert-kinds.js';
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

/**
 * Placed gateways that have sent no accepted batch for `offlineAfterMs` (at exactly that long, they
 * are offline). Only placed gateways are watched: the ingest refuses batches from a gateway taken off
 * the plan, so a removed gateway is decommissioned, not offline, and its alert clears. A placed
 * gateway that never reported counts as silent since its placement (or since `watchingSince`).
 */
export function offlineGateways(
  gateways: readonly WatchedGateway[],
  lastBatchAt: ReadonlyMap<string, Date>,
  watch: { now: Date; watchingSince: Date; offlineAfterMs: number },
): AlertCondition[] {
  const conditions: AlertCondition[] = [];
  for (const gateway of gateways) {
    const lastBatch = lastBatchAt.get(gateway.id) ?? null;
    const silentSince = lastBatch ?? gateway.placedAt;
    if (silentForMs(silentSince, watch.watchingSince, watch.now) < watch.offlineAfterMs) continue;
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
