import { checkLimit, DEFAULT_LIMITS, defaultGuidance, LimitError, limitFor, SPACE_KINDS } from './environment-limits.js';

describe('environment limits', () => {
  it('take the space’s own default, then the general one, and a room’s override first', () => {
    expect(limitFor('operating_room', 'humidity')).toMatchObject({ min: 20, max: 60 });
    expect(limitFor('airborne_isolation', 'humidity')).toBe(DEFAULT_LIMITS.general.humidity);
    expect(limitFor('medication_fridge', 'pressure_differential')).toBeUndefined();
    const override = { temperature: { min: 2, max: 6, clearMargin: 0.5, startDelayMs: 0, escalateAfterMs: 0 } };
    expect(limitFor('medication_fridge', 'temperature', override)).toBe(override.temperature);
  });

  it('name the guidance of the default that applies: the space’s own, else the general one’s', () => {
    expect(defaultGuidance('medication_fridge', 'temperature')).toBe('WHO storage guidelines, CDC vaccine storage toolkit');
    expect(defaultGuidance('airborne_isolation', 'pressure_differential')).toBe('CDC Environmental Infection Control Guidelines (2003), ASHRAE 170');
    expect(defaultGuidance('patient_room', 'co2')).toBe('general comfort and ventilation (ASHRAE 62.1 rationale for CO₂)');
    expect(defaultGuidance('patient_room', 'particles')).toBeUndefined();
    expect(defaultGuidance('medication_fridge', 'pressure_differential')).toBeUndefined();
  });

  it('are all consistent as shipped', () => {
    for (const kind of SPACE_KINDS) {
      for (const [measure, limit] of Object.entries(DEFAULT_LIMITS[kind])) expect(() => checkLimit(limit!, `${kind}.${measure}`)).not.toThrow();
    }
  });

  it.each([
    [{ clearMargin: 0, startDelayMs: 0, escalateAfterMs: 0 }, 'limit'],
    [{ min: 2, max: 2.5, clearMargin: 0.5, startDelayMs: 0, escalateAfterMs: 0 }, 'limit.max'],
    [{ max: Number.NaN, clearMargin: 0, startDelayMs: 0, escalateAfterMs: 0 }, 'limit.max'],
    [{ max: 8, clearMargin: -1, startDelayMs: 0, escalateAfterMs: 0 }, 'limit.clearMargin'],
    [{ max: 8, clearMargin: 0, startDelayMs: -1, escalateAfterMs: 0 }, 'limit.startDelayMs'],
  ])('refuses %j naming %s', (limit, field) => {
    expect(() => checkLimit(limit)).toThrow(LimitError);
    expect(() => checkLimit(limit)).toThrow(new RegExp(`^${field.replaceAll('.', '\\.')}:`));
  });
});
