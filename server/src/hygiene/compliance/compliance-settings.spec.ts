import { DEFAULT_COMPLIANCE_RULES } from './compliance-rules.js';
import { parseComplianceRules, parseShifts } from './compliance-settings.js';

describe('HYGIENE_COMPLIANCE_RULES', () => {
  it('lays the overrides over the defaults, leaving the defaults themselves alone', () => {
    const rules = parseComplianceRules('{"isolation": {"entry": {"beforeMs": 120000}}, "minimumStayMs": 5000}');
    expect(rules).toEqual({
      standard: DEFAULT_COMPLIANCE_RULES.standard,
      isolation: { entry: { beforeMs: 120_000, afterMs: 5000 }, exit: DEFAULT_COMPLIANCE_RULES.isolation.exit },
      minimumStayMs: 5000,
    });
    expect(DEFAULT_COMPLIANCE_RULES.isolation.entry.beforeMs).toBe(90_000);
    expect(parseComplianceRules('{}')).toEqual(DEFAULT_COMPLIANCE_RULES);
  });

  it.each([
    ['{"standard": {"entry": {"beforeMs": 600001}}}', 'standard.entry.beforeMs: must be between 0 and 600,000 ms'],
    ['{"isolation": {"exit": {"afterMs": -1}}}', 'isolation.exit.afterMs: must be between 0 and 600,000 ms'],
    ['{"minimumStayMs": -5}', 'minimumStayMs: must be zero or more'],
    ['{"standard": {"entry": {"beforeMs": "30s"}}}', 'standard.entry.beforeMs: must be a number of milliseconds'],
    ['{"standard": {"entry": 30000}}', 'standard.entry: must be an object'],
    ['{"standard": {"arrival": {}}}', 'standard.arrival: is not a compliance rule'],
    ['{"strict": {}}', 'strict: is not a compliance rule'],
    ['[1]', 'must be a JSON object of compliance rules'],
    ['{"standard": ', 'is not JSON'],
  ])('refuses %s naming the field', (json, message) => {
    expect(() => parseComplianceRules(json)).toThrow(message);
  });
});

describe('HYGIENE_SHIFTS', () => {
  it('reads name=HH:MM pairs, spaces allowed around them', () => {
    expect(parseShifts('day=07:00,night=19:00')).toEqual([
      { name: 'day', startsAt: '07:00' },
      { name: 'night', startsAt: '19:00' },
    ]);
    expect(parseShifts(' early = 07:00 , late=15:00,night=23:00')).toEqual([
      { name: 'early', startsAt: '07:00' },
      { name: 'late', startsAt: '15:00' },
      { name: 'night', startsAt: '23:00' },
    ]);
    expect(parseShifts('all-day=00:00')).toEqual([{ name: 'all-day', startsAt: '00:00' }]);
  });

  it.each([
    ['day', 'shifts[0]: "day" must be name=HH:MM'],
    ['day=07:00,,night=19:00', 'shifts[1]'],
    ['Day=07:00', 'shifts[0]'],
    ['day=7:00', 'shifts[0].startsAt: must be HH:MM'],
    ['day=07:00,night=24:00', 'shifts[1].startsAt: must be HH:MM'],
    ['day=07:00,day=19:00', 'shifts: two shifts have the same name'],
    ['day=07:00,early=07:00', 'shifts: two shifts start at the same time'],
  ])('refuses %s naming the shift', (text, message) => {
    expect(() => parseShifts(text)).toThrow(message);
  });
});
