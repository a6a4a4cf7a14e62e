/** Shared set-up of the alerts' end-to-end specs. */
import type { INestApplication } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { DeviceFeature, FloorPlanDocument, FloorPlanFeature, RoomFeature } from '../../floorplan/import/floorplan-format.js';
import { floorPlanFixture } from '../../floorplan/import/testing/floor-plan-fixture.js';
import { alertCondition, type AlertCondition } from '../alert-condition.js';
import { ALERT_JOB_PREFIX } from '../alert-scheduler.service.js';

/**
 * Stops the alert jobs of @nestjs/schedule, so that a spec that runs the checks at a time of its
 * choosing (`runChecks(now)`) is not overtaken by a run at the real time.
 */
export function stopScheduledAlertJobs(app: INestApplication): void {
  const registry = app.get(SchedulerRegistry);
  for (const name of registry.getIntervals()) if (name.startsWith(ALERT_JOB_PREFIX)) registry.deleteInterval(name);
}

/** A gateway-offline condition for `gatewayId`, as the check would raise it. */
export function gatewayOfflineCondition(gatewayId: string, overrides: Partial<AlertCondition> = {}): AlertCondition {
  return {
    ...alertCondition({
      kind: 'gateway.offline',
      subjectType: 'gateway',
      subjectId: gatewayId,
      severity: 'warning',
      title: `Gateway ${gatewayId} offline`,
      detail: { gatewayName: gatewayId, lastBatchAt: null, neverReported: true },
      floorId: 'f-0',
      roomId: null,
    }),
    ...overrides,
  };
}

/**
 * A fixture floor (floor-plan-fixture.ts) whose stairwell is an exit instead, with a gateway of its own
 * in it and one in the corridor: a tag parked in the exit is placed there.
 */
export function floorWithExit(floorId: string, level: number): FloorPlanDocument {
  const floor = floorPlanFixture(floorId, level);
  const exitId = `${floorId}-stairs`;
  return {
    ...floor,
    features: [
      ...floor.features.map((feature): FloorPlanFeature => {
        if (feature.id !== exitId || feature.properties.kind !== 'room') return feature;
        const { verticalLink: _link, ...room } = feature.properties;
        return { ...(feature as RoomFeature), properties: { ...room, name: 'East exit', type: 'exit' } };
      }),
      gateway(`${floorId}-gw-exit`, [14, 6.5], exitId),
      gateway(`${floorId}-gw-corridor`, [8, 1.5], `${floorId}-corridor`),
    ],
  };
}

function gateway(id: string, at: [number, number], roomId: string): DeviceFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: at },
    properties: { kind: 'device', deviceType: 'ble_gateway', name: id, roomId, mountHeightM: 2.7 },
  };
}
