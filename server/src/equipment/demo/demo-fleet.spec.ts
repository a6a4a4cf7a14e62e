import { loadStMarysFloors } from '../../simulator/testing/st-marys.js';
import { ASSET_STATUSES } from '../domain/asset-status.js';
import { isTagId } from '../../tag-claims/tag-identity.js';
import { DEFAULT_EQUIPMENT_TYPES } from '../equipment-types.catalog.js';
import { DEMO_FLEET, DEMO_FLEET_UUID, DEMO_PAR_LEVELS } from './demo-fleet.js';

const stMarysUnits = new Set(loadStMarysFloors().flatMap((plan) => plan.rooms.flatMap((room) => (room.unit ? [room.unit] : []))));
const typeCodes = new Set(DEFAULT_EQUIPMENT_TYPES.map((type) => type.code));

describe("St Mary's demo fleet", () => {
  it('has about 120 assets numbered 1..n, each with its own asset number, serial and tag', () => {
    expect(DEMO_FLEET.length).toBeGreaterThanOrEqual(110);
    expect(DEMO_FLEET.map((a) => a.number)).toEqual(DEMO_FLEET.map((_, i) => i + 1));
    for (const key of ['assetTag', 'serial', 'tagId'] as const) expect(new Set(DEMO_FLEET.map((a) => a[key])).size).toBe(DEMO_FLEET.length);
  });

  it('gives every asset an iBeacon tag with the demo UUID, major 1 and its number as minor', () => {
    for (const asset of DEMO_FLEET) {
      expect(asset.tagId).toBe(`ibeacon:${DEMO_FLEET_UUID}:1:${asset.number}`);
      expect(isTagId(asset.tagId)).toBe(true);
    }
  });

  it("homes every asset in a unit of St Mary's floor plans and gives it a known type and status", () => {
    expect(DEMO_FLEET.filter((a) => !stMarysUnits.has(a.homeUnit))).toEqual([]);
    expect(DEMO_FLEET.filter((a) => !typeCodes.has(a.typeCode))).toEqual([]);
    expect(DEMO_FLEET.every((a) => (ASSET_STATUSES as readonly string[]).includes(a.status))).toBe(true);
    // Mostly available, so "nearest" and PAR levels have something to show.
    expect(DEMO_FLEET.filter((a) => a.status === 'available').length / DEMO_FLEET.length).toBeGreaterThan(0.6);
  });

  it('sets PAR levels only for units and types that exist, once each', () => {
    expect(DEMO_PAR_LEVELS.every((level) => stMarysUnits.has(level.unit) && typeCodes.has(level.typeCode))).toBe(true);
    expect(new Set(DEMO_PAR_LEVELS.map((level) => `${level.unit}|${level.typeCode}`)).size).toBe(DEMO_PAR_LEVELS.length);
  });
});
