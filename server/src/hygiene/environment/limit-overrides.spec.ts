import { DEFAULT_LIMITS, LimitError } from './environment-limits.js';
import { completeOverride, effectiveLimit, sameLimit, watchedMeasures } from './limit-overrides.js';

const MINUTE = 60_000;

describe('per-room environment limit overrides', () => {
  it('an override beats the default of the room’s kind, and says so', () => {
    const tighter = completeOverride('patient_room', 'temperature', { min: 22, max: 23 });
    expect(tighter).toEqual({ min: 22, max: 23, clearMargin: 0.5, startDelayMs: 30 * MINUTE, escalateAfterMs: 60 * MINUTE });
    expect(effectiveLimit('patient_room', 'temperature', { temperature: tighter })).toEqual({ limit: tighter, source: 'override' });
    expect(effectiveLimit('patient_room', 'temperature', {})).toEqual({ limit: DEFAULT_LIMITS.patient_room.temperature, source: 'default' });
    expect(effectiveLimit('patient_room', 'humidity', { temperature: tighter })).toEqual({ limit: DEFAULT_LIMITS.patient_room.humidity, source: 'default' });
  });

  it('falls back to the general default, and leaves a measure nobody limits unwatched', () => {
    expect(effectiveLimit('airborne_isolation', 'co2', undefined)).toEqual({ limit: DEFAULT_LIMITS.general.co2, source: 'default' });
    expect(effectiveLimit('patient_room', 'particles', undefined)).toBeUndefined();
    expect(effectiveLimit('patient_room', 'pressure_differential', undefined)).toBeUndefined();
  });

  it('does not apply a room’s override to a medication fridge in it', () => {
    const warmRoom = { temperature: completeOverride('patient_room', 'temperature', { min: 19, max: 27 }) };
    expect(effectiveLimit('medication_fridge', 'temperature', warmRoom)).toEqual({ limit: DEFAULT_LIMITS.medication_fridge.temperature, source: 'default' });
  });

  it('takes the timing given, and a one-sided range means no other bound', () => {
    expect(completeOverride('airborne_isolation', 'pressure_differential', { max: -5, startDelayMs: MINUTE })).toEqual({
      max: -5,
      clearMargin: 0.5,
      startDelayMs: MINUTE,
      escalateAfterMs: 15 * MINUTE,
    });
  });

  it('requires the timing for a measure the room has no default for (a new limit, not a change)', () => {
    const call = () => completeOverride('patient_room', 'particles', { max: 3520 });
    expect(call).toThrow(LimitError);
    expect(call).toThrow(/^clearMargin: is required/);
    expect(completeOverride('patient_room', 'particles', { max: 3520, clearMargin: 100, startDelayMs: 0, escalateAfterMs: 30 * MINUTE })).toEqual({
      max: 3520,
      clearMargin: 100,
      startDelayMs: 0,
      escalateAfterMs: 30 * MINUTE,
    });
  });

  it.each([
    [{}, 'min'],
    [{ min: 25, max: 20 }, 'max'],
    [{ min: 21, max: 21.5 }, 'max'],
    [{ max: 24, startDelayMs: -1 }, 'startDelayMs'],
    [{ max: 24, clearMargin: -0.5 }, 'clearMargin'],
  ])('refuses %j for a patient room’s temperature, naming %s', (input, field) => {
    expect(() => completeOverride('patient_room', 'temperature', input)).toThrow(new RegExp(`^${field}:`));
  });

  it('lists the measures limited in a room, overrides included', () => {
    expect(watchedMeasures('patient_room', undefined)).toEqual(['temperature', 'humidity', 'co2']);
    expect(watchedMeasures('airborne_isolation', undefined)).toEqual(['temperature', 'humidity', 'pressure_differential', 'co2']);
    const particles = completeOverride('operating_room', 'particles', { max: 3520, clearMargin: 100, startDelayMs: 0, escalateAfterMs: 0 });
    expect(watchedMeasures('operating_room', { particles })).toEqual(['temperature', 'humidity', 'co2', 'particles']);
  });

  it('compares limits by what they judge', () => {
    const limit = DEFAULT_LIMITS.patient_room.temperature!;
    expect(sameLimit(limit, { ...limit })).toBe(true);
    expect(sameLimit(limit, { ...limit, startDelayMs: 0 })).toBe(false);
    expect(sameLimit(limit, { ...limit, min: undefined })).toBe(false);
  });
});
