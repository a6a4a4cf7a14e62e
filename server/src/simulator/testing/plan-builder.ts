/**
 * Test support: small hand-made floors, written as floor-plan documents and passed through the real
 * validator, so every test geometry is one the import would accept.
 */
import type { FloorPlanDocument, FloorPlanFeature, ParsedFloorPlan, RoomType } from '../../floorplan/import/floorplan-format.js';
import { validateFloorPlan } from '../../floorplan/import/floorplan-validator.js';

export type Ring = Array<[number, number]>;

export interface TestRoom {
  id: string;
  type: RoomType;
  /** A rectangle [x0, y0, x1, y1] or an outline. */
  box?: [number, number, number, number];
  ring?: Ring;
  verticalLink?: string;
}

export interface TestFloor {
  id: string;
  level?: number;
  elevationM?: number;
  widthM?: number;
  heightM?: number;
  rooms: TestRoom[];
  doors?: Array<{ id: string; at: [number, number]; rooms: [string, string] }>;
  gateways?: Array<{ id: string; at: [number, number]; roomId?: string; mountHeightM?: number }>;
}

export function box(x0: number, y0: number, x1: number, y1: number): Ring {
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
}

/** The floor as a validated plan; throws with the validator's issues when the test geometry is invalid. */
export function testFloor(floor: TestFloor): ParsedFloorPlan {
  const level = floor.level ?? 0;
  const features: FloorPlanFeature[] = [
    ...floor.rooms.map(
      (room): FloorPlanFeature => ({
        type: 'Feature',
        id: room.id,
        geometry: { type: 'Polygon', coordinates: [room.ring ?? box(...(room.box as [number, number, number, number]))] },
        properties: {
          kind: 'room',
          name: room.id,
          type: room.type,
          isolation: 'none',
          pressure: 'neutral',
          ...(room.verticalLink ? { verticalLink: room.verticalLink } : {}),
        },
      }),
    ),
    ...(floor.doors ?? []).map(
      (door): FloorPlanFeature => ({
        type: 'Feature',
        id: door.id,
        geometry: { type: 'Point', coordinates: door.at },
        properties: { kind: 'door', rooms: door.rooms },
      }),
    ),
    ...(floor.gateways ?? []).map(
      (gateway): FloorPlanFeature => ({
        type: 'Feature',
        id: gateway.id,
        geometry: { type: 'Point', coordinates: gateway.at },
        properties: {
          kind: 'device',
          deviceType: 'ble_gateway',
          name: gateway.id,
          ...(gateway.roomId ? { roomId: gateway.roomId } : {}),
          mountHeightM: gateway.mountHeightM ?? 2.7,
        },
      }),
    ),
  ];
  const document: FloorPlanDocument = {
    type: 'FeatureCollection',
    wardwatch: {
      formatVersion: 1,
      site: { id: 'sim-test', name: 'Simulator test site', timezone: 'Europe/London' },
      building: { id: 'b', name: 'Building' },
      floor: {
        id: floor.id,
        name: floor.id,
        level,
        elevationM: floor.elevationM ?? level * 4,
        widthM: floor.widthM ?? 40,
        heightM: floor.heightM ?? 20,
        plan: { image: `${floor.id}.svg`, pixelsPerMetre: 10 },
        origin: { x: 0, y: 0 },
      },
    },
    features,
  };
  const result = validateFloorPlan(document);
  if (!result.ok) throw new Error(`test floor ${floor.id} is invalid: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

/**
 * A two-room floor used across the radio tests:
 *
 *   y=8 ┌──────── a ───────┬──────── b ───────┐
 *       │   gw-a (4, 4)    │   gw-b (12, 4)   │
 *   y=0 └──────────────────┴──────────────────┘
 *       x=0              x=8                x=16
 *
 * One shared wall at x = 8 (with a door at (8, 1) whose opening covers y 0.4–1.6), the rest exterior.
 */
export function twoRoomFloor(id = 'f0', level = 0): ParsedFloorPlan {
  return testFloor({
    id,
    level,
    rooms: [
      { id: `${id}-a`, type: 'patient_room', box: [0, 0, 8, 8] },
      { id: `${id}-b`, type: 'corridor', box: [8, 0, 16, 8] },
    ],
    doors: [{ id: `${id}-door`, at: [8, 1], rooms: [`${id}-a`, `${id}-b`] }],
    gateways: [
      { id: `${id}-gw-a`, at: [4, 4], roomId: `${id}-a` },
      { id: `${id}-gw-b`, at: [12, 4], roomId: `${id}-b` },
    ],
  });
}
