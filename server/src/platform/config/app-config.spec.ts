import { ConfigError } from './config.schema.js';
import { loadConfig } from './app-config.js';
import { DEFAULT_SHIFTS } from '../../hygiene/compliance/compliance-calendar.js';
import { DEFAULT_COMPLIANCE_RULES } from '../../hygiene/compliance/compliance-rules.js';

describe('loadConfig', () => {
  it('uses an embedded SQLite file under the data folder when DATABASE_URL is unset', () => {
    const config = loadConfig({ DATA_DIR: '/var/lib/wardwatch' });
    expect(config.database).toEqual({ kind: 'sqlite', file: '/var/lib/wardwatch/wardwatch.sqlite' });
    expect(config.port).toBe(3000);
  });

  it('uses MySQL when DATABASE_URL is a mysql URL', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/test' }).database).toEqual({
      kind: 'mysql',
      url: 'mysql://root@127.0.0.1:3306/test',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });

  it('runs the demo simulation in demo mode unless DEMO_SIMULATION says not to; its tag fails and a fridge door opens after 5 minutes', () => {
    const defaults = loadConfig({});
    expect([defaults.demoSimulation, defaults.demoTagFailureMinutes, defaults.demoExcursionMinutes]).toEqual([true, 5, 5]);
    const set = loadConfig({ DEMO_SIMULATION: 'false', DEMO_TAG_FAILURE_MINUTES: '0', DEMO_EXCURSION_MINUTES: '12' });
    expect([set.demoSimulation, set.demoTagFailureMinutes, set.demoExcursionMinutes]).toEqual([false, 0, 12]);
  });

  it.each([
    ['PORT', 'eighty', 'PORT:'],
    ['PORT', '70000', 'PORT:'],
    ['DATABASE_URL', 'postgres://x', 'DATABASE_URL: must be a mysql://'],
    ['MQTT_URL', 'localhost:1883', 'MQTT_URL: must be an mqtt://'],
    ['SESSION_SECRET', 'short', 'SESSION_SECRET: must be at least 32'],
    ['COOKIE_SECURE', 'maybe', 'COOKIE_SECURE: must be true or false'],
    ['ADMIN_PASSWORD', 'abc', 'ADMIN_PASSWORD: must be at least 12'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL:'],
    ['DEMO_SIMULATION', 'on', 'DEMO_SIMULATION: must be true or false'],
    ['DEMO_TAG_FAILURE_MINUTES', 'soon', 'DEMO_TAG_FAILURE_MINUTES:'],
    ['DEMO_TAG_FAILURE_MINUTES', '-1', 'DEMO_TAG_FAILURE_MINUTES:'],
    ['DEMO_TAG_FAILURE_MINUTES', '2.5', 'DEMO_TAG_FAILURE_MINUTES:'],
    ['DEMO_EXCURSION_MINUTES', '-1', 'DEMO_EXCURSION_MINUTES:'],
    ['LOCATION_ENGINE_SETTINGS', '{"tickMs": 0}', 'LOCATION_ENGINE_SETTINGS: tickMs: must be a positive number'],
    ['LOCATION_ENGINE_SETTINGS', '{"noSuchSetting": 1}', 'LOCATION_ENGINE_SETTINGS: noSuchSetting: is not an engine setting'],
    ['LOCATION_ENGINE_SETTINGS', 'rssiNoiseDb=6', 'LOCATION_ENGINE_SETTINGS: is not JSON'],
    ['HYGIENE_SHIFTS', 'day=7am', 'HYGIENE_SHIFTS: shifts[0].startsAt: must be HH:MM'],
    ['HYGIENE_COMPLIANCE_RULES', '{"isolation": {"exit": {"afterMs": 700000}}}', 'HYGIENE_COMPLIANCE_RULES: isolation.exit.afterMs: must be between 0 and 600,000 ms'],
  ])('rejects %s=%s with a message naming the variable', (name, value, expected) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(expected);
  });

  it('takes location engine settings as JSON, none by default', () => {
    expect(loadConfig({}).locationEngine).toEqual({});
    expect(loadConfig({ LOCATION_ENGINE_SETTINGS: '{"rssiNoiseDb": 6, "wallLossDb": 4}' }).locationEngine).toEqual({ rssiNoiseDb: 6, wallLossDb: 4 });
  });

  it('takes hand-hygiene shifts and rule overrides, the documented defaults without them', () => {
    const defaults = loadConfig({});
    expect(defaults.hygieneShifts).toEqual(DEFAULT_SHIFTS);
    expect(defaults.hygieneComplianceRules).toEqual(DEFAULT_COMPLIANCE_RULES);
    const set = loadConfig({ HYGIENE_SHIFTS: 'early=07:00,late=15:00,night=23:00', HYGIENE_COMPLIANCE_RULES: '{"minimumStayMs": 20000}' });
    expect(set.hygieneShifts.map((shift) => shift.name)).toEqual(['early', 'late', 'night']);
    expect(set.hygieneComplianceRules).toEqual({ ...DEFAULT_COMPLIANCE_RULES, minimumStayMs: 20_000 });
  });

  it('reports every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_FORMAT: 'xml' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.split(':')[0]).sort()).toEqual(['LOG_FORMAT', 'PORT']);
    }
  });
});
