/**
 * Acceptable ranges of environment measures, by the kind of space a sensor watches, with the alarm's
 * timing. Defaults follow published guidance (cited per line); a room can override any of them.
 * Units: °C, % relative humidity, Pa (room relative to its corridor), ppm CO₂, particles per m³.
 */

export const ENVIRONMENT_MEASURES = ['temperature', 'humidity', 'pressure_differential', 'co2', 'particles'] as const;
export type EnvironmentMeasure = (typeof ENVIRONMENT_MEASURES)[number];

/** What a sensor's readings are judged as: the room's air by the room's use, or a fridge inside it. */
export const SPACE_KINDS = ['general', 'patient_room', 'airborne_isolation', 'protective_environment', 'operating_room', 'medication_fridge'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

export interface MeasureLimit {
  /** Lowest acceptable value; absent: no lower limit. */
  min?: number;
  /** Highest acceptable value; absent: no upper limit. */
  max?: number;
  /** An alarm clears only once the value is back inside by this much (hysteresis), so a value hovering at the limit does not raise and clear it over and over. */
  clearMargin: number;
  /** Out of range for less than this (a door opened) raises nothing; longer, and the alarm dates from the first reading out. */
  startDelayMs: number;
  /** An alarm nobody acknowledged this long after it was raised escalates. */
  escalateAfterMs: number;
}

const MINUTE = 60_000;

/**
 * Defaults per kind of space. `general` applies to every room for measures its own kind does not set.
 * Sources:
 * - Pressure: CDC Guidelines for Environmental Infection Control in Health-Care Facilities (2003) and
 *   ASHRAE/ASHE Standard 170: airborne-infection isolation rooms at least 2.5 Pa (0.01 in. w.c.) negative to
 *   the corridor, protective-environment rooms at least 2.5 Pa positive. A door opening reverses the
 *   differential for seconds to a minute: 2 min start delay.
 * - Operating rooms: ASHRAE 170 (as amended, and CMS S&C 13-25) 20–60 % RH and 20–24 °C (68–75 °F).
 * - Patient rooms: ASHRAE 170, 21–24 °C (70–75 °F) and at most 60 % RH.
 * - Medication fridges: 2–8 °C (WHO, "Guidelines for the storage of essential medicines", and the CDC
 *   vaccine storage toolkit). Door openings and defrost cycles warm the probe briefly: 15 min start delay,
 *   escalation after 30 min because the product may need to be quarantined.
 * - CO₂: 1,000 ppm as the usual indicator of insufficient ventilation in occupied rooms (ASHRAE 62.1's
 *   rationale, ~700 ppm above outdoor air).
 */
export const DEFAULT_LIMITS: Readonly<Record<SpaceKind, Readonly<Partial<Record<EnvironmentMeasure, MeasureLimit>>>>> = Object.freeze({
  general: {
    temperature: { min: 18, max: 26, clearMargin: 0.5, startDelayMs: 30 * MINUTE, escalateAfterMs: 60 * MINUTE },
    humidity: { min: 20, max: 60, clearMargin: 2, startDelayMs: 30 * MINUTE, escalateAfterMs: 60 * MINUTE },
    co2: { max: 1000, clearMargin: 50, startDelayMs: 15 * MINUTE, escalateAfterMs: 60 * MINUTE },
  },
  patient_room: {
    temperature: { min: 21, max: 24, clearMargin: 0.5, startDelayMs: 30 * MINUTE, escalateAfterMs: 60 * MINUTE },
    humidity: { max: 60, clearMargin: 2, startDelayMs: 30 * MINUTE, escalateAfterMs: 60 * MINUTE },
  },
  airborne_isolation: {
    pressure_differential: { max: -2.5, clearMargin: 0.5, startDelayMs: 2 * MINUTE, escalateAfterMs: 15 * MINUTE },
    temperature: { min: 21, max: 24, clearMargin: 0.5, startDelayMs: 30 * MINUTE, escalateAfterMs: 60 * MINUTE },
  },
  protective_environment: {
    pressure_differential: { min: 2.5, clearMargin: 0.5, startDelayMs: 2 * MINUTE, escalateAfterMs: 15 * MINUTE },
    temperature: { min: 21, max: 24, clearMargin: 0.5, startDelayMs: 30 * MINUTE, escalateAfterMs: 60 * MINUTE },
  },
  operating_room: {
    temperature: { min: 20, max: 24, clearMargin: 0.5, startDelayMs: 10 * MINUTE, escalateAfterMs: 30 * MINUTE },
    humidity: { min: 20, max: 60, clearMargin: 2, startDelayMs: 10 * MINUTE, escalateAfterMs: 30 * MINUTE },
  },
  medication_fridge: {
    temperature: { min: 2, max: 8, clearMargin: 0.5, startDelayMs: 15 * MINUTE, escalateAfterMs: 30 * MINUTE },
  },
});

/** The published guidance each kind of space's defaults follow (DEFAULT_LIMITS), as people are told it. */
const DEFAULT_GUIDANCE: Readonly<Record<SpaceKind, string>> = Object.freeze({
  general: 'general comfort and ventilation (ASHRAE 62.1 rationale for CO₂)',
  patient_room: 'ASHRAE 170',
  airborne_isolation: 'CDC Environmental Infection Control Guidelines (2003), ASHRAE 170',
  protective_environment: 'CDC Environmental Infection Control Guidelines (2003), ASHRAE 170',
  operating_room: 'ASHRAE 170, CMS S&C 13-25',
  medication_fridge: 'WHO storage guidelines, CDC vaccine storage toolkit',
});

/** The guidance behind a measure's default in a kind of space (its own default's, else the general one's); undefined: no default. */
export function defaultGuidance(kind: SpaceKind, measure: EnvironmentMeasure): string | undefined {
  if (DEFAULT_LIMITS[kind][measure] !== undefined) return DEFAULT_GUIDANCE[kind];
  return DEFAULT_LIMITS.general[measure] === undefined ? undefined : DEFAULT_GUIDANCE.general;
}

/** The limit for a measure in a kind of space, a room's own override winning; undefined: not watched. */
export function limitFor(
  kind: SpaceKind,
  measure: EnvironmentMeasure,
  override?: Partial<Record<EnvironmentMeasure, MeasureLimit>>,
): MeasureLimit | undefined {
  return override?.[measure] ?? DEFAULT_LIMITS[kind][measure] ?? DEFAULT_LIMITS.general[measure];
}

export class LimitError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'LimitError';
  }
}

/** Checks an override once; names the field at fault (`field.max`; the bare key when `field` is empty). */
export function checkLimit(limit: MeasureLimit, field = 'limit'): MeasureLimit {
  const at = (key: keyof MeasureLimit) => (field === '' ? key : `${field}.${key}`);
  if (limit.min === undefined && limit.max === undefined) throw new LimitError(field === '' ? 'min' : field, 'needs min, max or both');
  for (const key of ['min', 'max'] as const) {
    const value = limit[key];
    if (value !== undefined && !Number.isFinite(value)) throw new LimitError(at(key), 'must be a number');
  }
  for (const key of ['clearMargin', 'startDelayMs', 'escalateAfterMs'] as const) {
    if (!Number.isFinite(limit[key]) || limit[key] < 0) throw new LimitError(at(key), 'must be zero or more');
  }
  if (limit.min !== undefined && limit.max !== undefined && limit.min + 2 * limit.clearMargin > limit.max) {
    throw new LimitError(at('max'), 'must exceed min by at least twice the clear margin (else an alarm could never clear)');
  }
  return limit;
}
