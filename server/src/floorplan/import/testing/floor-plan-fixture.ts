/**
 * A small valid floor for tests to break one rule at a time.
 *
 *   y
 *  10 ┌─────────┬─────────┬──────┐
 *     │ Room 1  │ Med room│Stairs│
 *     │ (room-1)│ (med)   │      │
 *   3 ├──d1─────┴──d2─────┴──d3──┤
 *     │        corridor          │
 *   0 └──────────────────────────┘ x
 *     0         6        12     16   (floor is 20 m × 10 m)
 */
import type { DeviceFeature, FloorPlanDocument, FloorPlanIssue, FloorPlanValidation, RoomFeature } from '../floorplan-format.js';

export function floorPlanFixture(floorId = 'f-0', level = 0): FloorPlanDocument {
  const id = (key: string) => `${floorId}-${key}`;
  return {
    type: 'FeatureCollection',
    wardwatch: {
      formatVersion: 1,
      site: { id: 'test-site', name: 'Test Hospital', timezone: 'Europe/London' },
      building: { id: 'b1', name: 'Building 1' },
      floor: {
        id: floorId,
        name: `Level ${level}`,
        level,
        elevationM: level * 4,
        widthM: 20,
        heightM: 10,
        plan: { image: `${floorId}.svg`, pixelsPerMetre: 10 },
        origin: { x: 0, y: 0 },
      },
    },
    features: [
      room(id('corridor'), 'Corridor', 'corridor', [[0, 0], [16, 0], [16, 3], [0, 3], [0, 0]]),
      room(id('room-1'), 'Room 1', 'patient_room', [[0, 3], [6, 3], [6, 10], [0, 10], [0, 3]]),
      room(id('med'), 'Med room', 'medication_room', [[6, 3], [12, 3], [12, 10], [6, 10], [6, 3]]),
      { ...room(id('stairs'), 'Stairs', 'stairs', [[12, 3], [16, 3], [16, 10], [12, 10], [12, 3]]), properties: { kind: 'room', name: 'Stairs', type: 'stairs', isolation: 'none', pressure: 'neutral', verticalLink: 'stairs-1' } },
      door(id('d1'), [3, 3], [id('room-1'), id('corridor')]),
      door(id('d2'), [9, 3], [id('med'), id('corridor')]),
      door(id('d3'), [14, 3], [id('stairs'), id('corridor')]),
      device(id('gw-1'), [3, 6.5], { kind: 'device', deviceType: 'ble_gateway', name: 'Gateway, Room 1', roomId: id('room-1'), mountHeightM: 2.7 }),
      device(id('env-1'), [7, 6], { kind: 'device', deviceType: 'environment_sensor', name: 'Med fridge, Med room', roomId: id('med'), measures: ['temperature'] }),
      device(id('cab-1'), [10, 9], { kind: 'device', deviceType: 'medication_cabinet', name: 'Cabinet, Med room', roomId: id('med'), mountHeightM: 0 }),
      device(id('hh-1'), [18, 1.5], { kind: 'device', deviceType: 'hand_hygiene_dispenser', name: 'Dispenser, corridor end' }),
    ],
  };
}

function room(id: string, name: string, type: RoomFeature['properties']['type'], ring: Array<[number, number]>): RoomFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: { kind: 'room', name, type, unit: 'Test ward', isolation: 'none', pressure: 'neutral' },
  };
}

function door(id: string, at: [number, number], rooms: [string, string]) {
  return { type: 'Feature' as const, id, geometry: { type: 'Point' as const, coordinates: at }, properties: { kind: 'door' as const, rooms } };
}

function device(id: string, at: [number, number], properties: DeviceFeature['properties']): DeviceFeature {
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates: at }, properties };
}

/** The fixture as plain JSON, for tests that write values the types forbid. */
export function looseFixture(floorId?: string, level?: number): Record<string, unknown> {
  return JSON.parse(JSON.stringify(floorPlanFixture(floorId, level))) as Record<string, unknown>;
}

type Container = Record<string, unknown> | unknown[];

/** The object a path starts from: the feature with that id, or the document itself for null. */
function start(doc: Record<string, unknown>, featureId: string | null): Container {
  if (featureId === null) return doc;
  const feature = (doc['features'] as Array<Record<string, unknown>>).find((f) => f['id'] === featureId);
  if (!feature) throw new Error(`fixture has no feature ${featureId}`);
  return feature;
}

function walk(from: Container, path: string): { parent: Container; key: string } {
  const keys = path.split('.');
  let parent = from;
  for (const key of keys.slice(0, -1)) parent = (parent as Record<string, unknown>)[key] as Container;
  return { parent, key: keys[keys.length - 1] };
}

/** Sets `path` ("properties.type", "geometry.coordinates.0.2") of a feature (or the document). */
export function setAt(doc: Record<string, unknown>, featureId: string | null, path: string, value: unknown): void {
  const { parent, key } = walk(start(doc, featureId), path);
  (parent as Record<string, unknown>)[key] = value;
}

/** Deletes `path` of a feature (or the document). */
export function removeAt(doc: Record<string, unknown>, featureId: string | null, path: string): void {
  const { parent, key } = walk(start(doc, featureId), path);
  delete (parent as Record<string, unknown>)[key];
}

/** Appends features to a loose document. */
export function addFeatures(doc: Record<string, unknown>, ...features: unknown[]): void {
  (doc['features'] as unknown[]).push(...features);
}

/** The [feature, field] pairs reported, for exact comparisons. */
export function reported(result: FloorPlanValidation): Array<[string | undefined, string]> {
  if (result.ok) return [];
  return result.errors.map((issue: FloorPlanIssue) => [issue.feature, issue.field]);
}

/** A drawing that matches the fixture floor (20 m × 10 m at 10 px per metre). */
export function fixtureSvg(label = 'Test floor'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200" height="100">
  <rect width="200" height="100" fill="#f5f5f4"/>
  <text x="100" y="50" font-size="10" text-anchor="middle">${label}</text>
</svg>
`;
}
