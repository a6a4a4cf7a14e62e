import { isTagId } from '../../../tag-claims/tag-identity.js';
import { DEMO_FLEET } from '../../../equipment/demo/demo-fleet.js';
import { loadStMarysFloors } from '../../../simulator/testing/st-marys.js';
import { STAFF_ROLES } from '../staff-roles.js';
import { DEMO_STAFF } from './demo-staff.js';

describe("St Mary's demo staff", () => {
  it('has about 40 people on the ICU, the ward and the ED, nurses the most in each', () => {
    expect(DEMO_STAFF).toHaveLength(40);
    const count = (unit: string, role?: string) => DEMO_STAFF.filter((m) => m.unit === unit && (role === undefined || m.role === role)).length;
    expect([count('Intensive care unit'), count('Medical ward'), count('Emergency department')]).toEqual([14, 14, 12]);
    for (const unit of ['Intensive care unit', 'Medical ward', 'Emergency department']) {
      for (const role of ['physician', 'environmental_services']) expect(count(unit, role)).toBeGreaterThan(0);
      expect(count(unit, 'nurse')).toBeGreaterThan(count(unit) / 2);
    }
  });

  it("uses only roles the registry knows and units of St Mary's plans", () => {
    const units = new Set(loadStMarysFloors().flatMap((plan) => plan.rooms.map((room) => room.unit)));
    for (const member of DEMO_STAFF) {
      expect(STAFF_ROLES).toContain(member.role);
      expect(units).toContain(member.unit);
    }
  });

  it("gives everyone their own valid badge on the simulator's staff major, never an equipment tag", () => {
    const badges = DEMO_STAFF.map((m) => m.badgeTagId);
    expect(new Set(badges).size).toBe(badges.length);
    expect(new Set(DEMO_STAFF.map((m) => m.employeeNumber)).size).toBe(badges.length);
    expect(badges.every(isTagId)).toBe(true);
    expect(badges[6]).toBe('ibeacon:5a1e0d7c-93b4-4f6e-8c21-d0a9e7b3f415:2:7');
    const fleetTags = new Set(DEMO_FLEET.map((asset) => asset.tagId));
    expect(badges.filter((badge) => fleetTags.has(badge))).toEqual([]);
  });
});
