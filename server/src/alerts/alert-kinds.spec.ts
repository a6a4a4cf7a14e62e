import { AlertKindRegistry } from './alert-kinds.js';

describe('AlertKindRegistry', () => {
  it('knows the equipment, gateway and tag kinds, and lets admins and biomed act on them', () => {
    const registry = new AlertKindRegistry();
    expect(registry.all().map((k) => k.kind)).toEqual([
      'equipment.left_zone',
      'equipment.missing',
      'equipment.par_below',
      'equipment.pm_due',
      'gateway.not_scanning',
      'gateway.offline',
      'tag.low_battery',
    ]);
    for (const { kind } of registry.all()) {
      expect([registry.mayAct('admin', kind), registry.mayAct('biomed', kind)]).toEqual([true, true]);
      expect([registry.mayAct('infection_control', kind), registry.mayAct('pharmacy', kind), registry.mayAct('viewer', kind)]).toEqual([false, false, false]);
    }
  });

  it('takes a feature’s own kinds with their own roles', () => {
    const registry = new AlertKindRegistry();
    registry.define({ kind: 'hygiene.compliance_low', label: 'Hand hygiene compliance low', actingRoles: ['infection_control'] });
    expect(registry.mayAct('infection_control', 'hygiene.compliance_low')).toBe(true);
    expect(registry.mayAct('biomed', 'hygiene.compliance_low')).toBe(false);
    expect(registry.mayAct('admin', 'hygiene.compliance_low')).toBe(true);
    expect(registry.actorsOf('hygiene.compliance_low')).toEqual(['admin', 'infection_control']);
  });

  it('lets nobody but admins act on a kind it does not know', () => {
    const registry = new AlertKindRegistry();
    expect(registry.mayAct('admin', 'unknown.kind')).toBe(true);
    expect(registry.mayAct('biomed', 'unknown.kind')).toBe(false);
  });

  it('refuses a malformed kind, a kind defined twice, and a role the routes do not let through', () => {
    const registry = new AlertKindRegistry();
    expect(() => registry.define({ kind: 'Hygiene', label: 'x', actingRoles: [] })).toThrow('must look like feature.condition');
    expect(() => registry.define({ kind: 'gateway.offline', label: 'again', actingRoles: [] })).toThrow('defined twice');
    expect(() => registry.define({ kind: 'inventory.stock_low', label: 'x', actingRoles: ['viewer'] })).toThrow('roles viewer cannot act');
  });
});
