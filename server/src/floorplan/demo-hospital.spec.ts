/**
 * Proves the shipped demo hospital (floorplans/st-marys) is what the product promises:
 * valid files, a consistent site, and the departments and devices the demo relies on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../platform/config/repo-root.js';
import type { ParsedFloorPlan, ParsedRoom } from './import/floorplan-format.js';
import { validateSite } from './import/floorplan-site-validator.js';
import { validateFloorPlan } from './import/floorplan-validator.js';
import { pointInPolygon } from './geometry/polygon.js';

const folder = join(repoRoot(), 'floorplans', 'st-marys');

function load(floorId: string): ParsedFloorPlan {
  const result = validateFloorPlan(JSON.parse(readFileSync(join(folder, `${floorId}.geojson`), 'utf8')));
  if (!result.ok) throw new Error(`${floorId}: ${JSON.stringify(result.errors.slice(0, 5))}`);
  return result.plan;
}

const ground = load('main-0');
const first = load('main-1');
const floors = [ground, first];
const rooms = floors.flatMap((floor) => floor.rooms);
const devices = floors.flatMap((floor) => floor.devices);
const devicesIn = (room: ParsedRoom) => devices.filter((device) => device.roomId === room.id);
const named = (floor: ParsedFloorPlan, name: string) => floor.rooms.filter((room) => room.name.startsWith(name));

describe('the St Mary’s demo hospital', () => {
  it('validates floor by floor and as one site', () => {
    expect(floors.map((floor) => floor.floor.id)).toEqual(['main-0', 'main-1']);
    expect(validateSite(floors)).toEqual([]);
    expect(new Set(floors.map((floor) => `${floor.site.id}/${floor.building.id}`))).toEqual(new Set(['st-marys/main']));
  });

  it('has at least 60 rooms', () => {
    expect(rooms.length).toBeGreaterThanOrEqual(60);
  });

  it('has a 12-bay ICU on the first floor', () => {
    const bays = first.rooms.filter((room) => room.type === 'icu_bay');
    expect(bays).toHaveLength(12);
    expect(new Set(bays.map((bay) => bay.unit))).toEqual(new Set(['Intensive care unit']));
  });

  it('has a 20-room medical ward with exactly two negative-pressure airborne-isolation rooms', () => {
    const ward = first.rooms.filter((room) => room.unit === 'Medical ward' && room.type === 'patient_room');
    expect(ward).toHaveLength(20);
    const isolation = rooms.filter((room) => room.isolation === 'airborne');
    expect(isolation.map((room) => room.name)).toEqual(['Room 15 (isolation)', 'Room 16 (isolation)']);
    expect(isolation.every((room) => room.pressure === 'negative' && room.unit === 'Medical ward')).toBe(true);
  });

  it('has the ward support rooms', () => {
    const wardRooms = first.rooms.filter((room) => room.unit === 'Medical ward');
    const count = (type: string) => wardRooms.filter((room) => room.type === type).length;
    expect(count('nurse_station')).toBe(2);
    expect(count('medication_room')).toBe(2);
    expect(count('soiled_utility')).toBe(2);
    expect(count('clean_utility')).toBeGreaterThanOrEqual(2);
  });

  it('has the ground-floor departments: ED, radiology, pharmacy, equipment depot, lobby and exits', () => {
    expect(named(ground, 'Resus')).toHaveLength(3);
    expect(named(ground, 'ED bay')).toHaveLength(12);
    expect(named(ground, 'Triage')).toHaveLength(2);
    for (const imaging of ['X-ray 1', 'X-ray 2', 'CT scanner', 'MRI scanner']) expect(named(ground, imaging)).toHaveLength(1);
    const types = new Set(ground.rooms.map((room) => room.type));
    for (const type of ['pharmacy', 'equipment_depot', 'lobby', 'exit', 'corridor', 'stairs', 'elevator'] as const) expect(types).toContain(type);
  });

  it('joins the floors with the same stairs and elevators', () => {
    const links = (floor: ParsedFloorPlan) => floor.rooms.map((room) => room.verticalLink).filter((link) => link !== null).sort();
    expect(links(ground)).toEqual(['bed-elevator', 'elevator-1', 'elevator-2', 'stairs-a', 'stairs-b']);
    expect(links(first)).toEqual(links(ground));
  });

  it('puts a gateway and a hand-hygiene dispenser in every patient room and bay', () => {
    const patientRooms = rooms.filter((room) => ['patient_room', 'icu_bay', 'ed_bay'].includes(room.type));
    const missing = patientRooms.filter((room) => {
      const types = devicesIn(room).map((device) => device.deviceType);
      return !types.includes('ble_gateway') || !types.includes('hand_hygiene_dispenser');
    });
    expect(missing.map((room) => room.id)).toEqual([]);
  });

  it('covers every room with a gateway and every corridor with one at least every 10 m', () => {
    for (const room of rooms) {
      const gateways = devicesIn(room).filter((device) => device.deviceType === 'ble_gateway');
      const xs = room.polygon.map((p) => p[0]);
      const ys = room.polygon.map((p) => p[1]);
      const length = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      const needed = room.type === 'corridor' ? Math.floor(length / 10) : 1;
      expect({ room: room.id, gateways: gateways.length >= Math.max(1, needed) }).toEqual({ room: room.id, gateways: true });
    }
  });

  it('monitors pressure in both isolation rooms', () => {
    for (const room of rooms.filter((r) => r.isolation === 'airborne')) {
      const measures = devicesIn(room).flatMap((device) => device.measures ?? []);
      expect(measures).toContain('pressure_differential');
    }
  });

  it('has a fridge sensor and a medication cabinet in every medication room', () => {
    for (const room of rooms.filter((r) => r.type === 'medication_room')) {
      const fridge = devicesIn(room).find((device) => device.name === `Med fridge, ${room.name}`);
      expect(fridge?.measures).toEqual(['temperature']);
      expect(devicesIn(room).some((device) => device.deviceType === 'medication_cabinet')).toBe(true);
    }
  });

  it('has medication cabinets in the pharmacy, the ED and the ICU', () => {
    const units = new Set(devices.filter((d) => d.deviceType === 'medication_cabinet').map((d) => rooms.find((r) => r.id === d.roomId)?.unit));
    for (const unit of ['Pharmacy', 'Emergency department', 'Intensive care unit']) expect(units).toContain(unit);
  });

  it('places every device inside the floor room it names', () => {
    for (const device of devices) {
      const room = rooms.find((r) => r.id === device.roomId);
      expect(room && pointInPolygon([device.x, device.y], room.polygon)).toBe(true);
    }
  });

  it.each(['main-0', 'main-1'])('ships a safe SVG drawing for %s whose viewBox matches the floor', (floorId) => {
    const floor = floors.find((f) => f.floor.id === floorId)!.floor;
    const svg = readFileSync(join(folder, floor.plan.image), 'utf8');
    const ppm = floor.plan.pixelsPerMetre;
    expect(svg).toContain(`viewBox="0 0 ${floor.widthM * ppm} ${floor.heightM * ppm}"`);
    expect(Buffer.byteLength(svg)).toBeLessThan(5 * 1024 * 1024);
    expect(svg).not.toMatch(/<script|<foreignObject|\son\w+=|javascript:|href=/i);
  });
});

describe('the format example in floorplans/README.md', () => {
  it('is a valid floor plan', () => {
    const readme = readFileSync(join(repoRoot(), 'floorplans', 'README.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(readme);
    expect(example).not.toBeNull();
    const result = validateFloorPlan(JSON.parse(example![1]));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
