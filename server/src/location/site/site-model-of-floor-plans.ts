/**
 * The location engine's SiteModel from floor plans: floors, rooms, BLE gateways, and the doors (room
 * links and wall openings). Pure; takes the shape both the floor-plan read API (FloorDetailView) and the import's parsed
 * plans (ParsedFloorPlan) have, so specs can build it from the plan files directly.
 */
import { createHash } from 'node:crypto';
import type { Point } from '../../floorplan/geometry/polygon.js';
import type { SiteModel } from '../engine/site-model.js';

export interface FloorPlanForLocation {
  floor: { id: string; level: number; widthM: number; heightM: number };
  rooms: ReadonlyArray<{ id: string; type: string; polygon: readonly Point[]; verticalLink: string | null }>;
  doors: ReadonlyArray<{ x: number; y: number; rooms: readonly [string, string] }>;
  devices: ReadonlyArray<{ id: string; deviceType: string; roomId: string | null; x: number; y: number }>;
}

/**
 * Per-gateway RSSI calibration, dB added to what the gateway reports (SiteGateway.rssiOffsetDb), from
 * the gateway_calibrations table; a gateway without one gets 0.
 */
export type GatewayRssiOffsets = ReadonlyMap<string, number>;

const NO_OFFSETS: GatewayRssiOffsets = new Map();

export function siteModelOfFloorPlans(plans: readonly FloorPlanForLocation[], offsets: GatewayRssiOffsets = NO_OFFSETS): SiteModel {
  // Sorted, so the same plans give the same model (and fingerprint) whatever order they were read in.
  const sorted = [...plans].sort((a, b) => compareIds(a.floor.id, b.floor.id));
  return {
    floors: sorted.map(({ floor }) => ({ id: floor.id, level: floor.level, widthM: floor.widthM, heightM: floor.heightM })),
    rooms: sorted.flatMap((plan) =>
      plan.rooms.map((room) => ({ id: room.id, floorId: plan.floor.id, type: room.type, polygon: room.polygon, verticalLink: room.verticalLink })),
    ),
    gateways: sorted.flatMap((plan) =>
      plan.devices
        .filter((device) => device.deviceType === 'ble_gateway')
        .map((gateway) => ({
          id: gateway.id,
          floorId: plan.floor.id,
          roomId: gateway.roomId,
          x: gateway.x,
          y: gateway.y,
          rssiOffsetDb: offsets.get(gateway.id) ?? 0,
        })),
    ),
    // The format requires a door (or opening) wherever people walk between rooms, corridors included
    // (floorplans/README.md), so doors are better links than the engine's touching-walls fallback.
    roomLinks: sorted.flatMap((plan) => plan.doors.map((door) => [door.rooms[0], door.rooms[1]] as const)),
    // …and they cut the openings into the walls the engine's radio model derives from the outlines.
    doors: sorted.flatMap((plan) => plan.doors.map((door) => ({ floorId: plan.floor.id, x: door.x, y: door.y, rooms: door.rooms }))),
  };
}

/** Identifies a site model's content: equal fingerprints, nothing for the engine to rebuild. */
export function siteModelFingerprint(model: SiteModel): string {
  return createHash('sha256').update(JSON.stringify(model)).digest('hex');
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
