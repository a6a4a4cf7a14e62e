import { checkComplianceRules, ComplianceRulesError, DEFAULT_COMPLIANCE_RULES, type ComplianceRules } from './compliance-rules.js';

const withEntryBefore = (rule: 'standard' | 'isolation', beforeMs: number): ComplianceRules => ({
  ...DEFAULT_COMPLIANCE_RULES,
  [rule]: { ...DEFAULT_COMPLIANCE_RULES[rule], entry: { ...DEFAULT_COMPLIANCE_RULES[rule].entry, beforeMs } },
});

describe('compliance rules', () => {
  it('accepts the defaults and any windows from 0 to 10 minutes', () => {
    expect(checkComplianceRules(DEFAULT_COMPLIANCE_RULES)).toBe(DEFAULT_COMPLIANCE_RULES);
    expect(() => checkComplianceRules(withEntryBefore('standard', 0))).not.toThrow();
    expect(() => checkComplianceRules(withEntryBefore('isolation', 600_000))).not.toThrow();
  });

  it.each([
    [withEntryBefore('standard', -1), 'standard.entry.beforeMs'],
    [withEntryBefore('isolation', 600_001), 'isolation.entry.beforeMs'],
    [withEntryBefore('standard', Number.NaN), 'standard.entry.beforeMs'],
    [{ ...DEFAULT_COMPLIANCE_RULES, minimumStayMs: -5 }, 'minimumStayMs'],
  ])('refuses a value out of range, naming it (%#)', (rules, field) => {
    expect(() => checkComplianceRules(rules)).toThrow(ComplianceRulesError);
    expect(() => checkComplianceRules(rules)).toThrow(new RegExp(`^${field.replaceAll('.', '\\.')}:`));
  });
});
