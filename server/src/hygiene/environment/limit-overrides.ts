/**
 * Per-room overrides of the environment limits (DEFAULT_LIMITS), and which limit judges a sensor. Pure.
 * - An override is kept complete: the range it gives (min, max or both; a bound left out is no bound)
 *   and the alarm timing it gives, or else the timing of the default it replaces, so what is stored is
 *   exactly what judges the readings, and an audit can read it without the code's defaults.
 * - A room's overrides judge the room's air: a medication fridge's probe keeps the fridge's limits
 *   (2–8 °C is the product's requirement, not the room's).
 */
import { checkLimit, DEFAULT_LIMITS, ENVIRONMENT_MEASURES, LimitError, limitFor, type EnvironmentMeasure, type MeasureLimit, type SpaceKind } from './environment-limits.js';

/** What a person asks for; timing left out is taken from the default. */
export interface LimitOverrideInput {
  min?: number;
  max?: number;
  clearMargin?: number;
  startDelayMs?: number;
  escalateAfterMs?: number;
}

export type RoomLimitOverrides = Partial<Record<EnvironmentMeasure, MeasureLimit>>;

export type LimitSource = 'default' | 'override';

/** Room-air sensors take the room's overrides; a fridge's probe does not. */
export function roomOverridesApply(kind: SpaceKind): boolean {
  return kind !== 'medication_fridge';
}

/**
 * The override to store for a room whose air is judged as `roomKind`. Throws LimitError naming the
 * field: a timing left out where the room has no default for the measure (particles; pressure outside
 * isolation rooms), or a limit that does not hold together (min above max, negative delay, …).
 */
export function completeOverride(roomKind: SpaceKind, measure: EnvironmentMeasure, input: LimitOverrideInput): MeasureLimit {
  const fallback = limitFor(roomKind, measure);
  const timing = (key: 'clearMargin' | 'startDelayMs' | 'escalateAfterMs'): number => {
    const value = input[key] ?? fallback?.[key];
    if (value === undefined) throw new LimitError(key, `is required: this room has no default ${measure} limit to take it from`);
    return value;
  };
  const limit: MeasureLimit = { clearMargin: timing('clearMargin'), startDelayMs: timing('startDelayMs'), escalateAfterMs: timing('escalateAfterMs') };
  if (input.min !== undefined) limit.min = input.min;
  if (input.max !== undefined) limit.max = input.max;
  return checkLimit(limit, '');
}

/** The limit judging a sensor's measure and where it comes from; undefined: the measure is not watched there. */
export function effectiveLimit(
  kind: SpaceKind,
  measure: EnvironmentMeasure,
  roomOverrides: RoomLimitOverrides | undefined,
): { limit: MeasureLimit; source: LimitSource } | undefined {
  const override = roomOverridesApply(kind) ? roomOverrides?.[measure] : undefined;
  if (override !== undefined) return { limit: override, source: 'override' };
  const limit = limitFor(kind, measure);
  return limit === undefined ? undefined : { limit, source: 'default' };
}

/** Every measure with a limit in a room (default or override), in ENVIRONMENT_MEASURES order. */
export function watchedMeasures(kind: SpaceKind, roomOverrides: RoomLimitOverrides | undefined): EnvironmentMeasure[] {
  const measures = new Set([...Object.keys(DEFAULT_LIMITS.general), ...Object.keys(DEFAULT_LIMITS[kind]), ...Object.keys(roomOverrides ?? {})]);
  return ENVIRONMENT_MEASURES.filter((measure) => measures.has(measure));
}

/** Two limits judge alike. */
export function sameLimit(a: MeasureLimit, b: MeasureLimit): boolean {
  return a.min === b.min && a.max === b.max && a.clearMargin === b.clearMargin && a.startDelayMs === b.startDelayMs && a.escalateAfterMs === b.escalateAfterMs;
}
