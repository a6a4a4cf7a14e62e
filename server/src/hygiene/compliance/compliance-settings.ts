/**
 * The installation's compliance settings as written in the environment: HYGIENE_COMPLIANCE_RULES (JSON
 * overrides of the default rules) and HYGIENE_SHIFTS (`day=07:00,night=19:00`). Every problem names the
 * field at fault. Pure.
 */
import { CalendarError, CalendarLookup, type Shift } from './compliance-calendar.js';
import { ComplianceRulesError, DEFAULT_COMPLIANCE_RULES, checkComplianceRules, type ComplianceRules } from './compliance-rules.js';

export class ComplianceSettingsError extends Error {
  constructor(
    readonly field: string | undefined,
    message: string,
  ) {
    super(field === undefined ? message : `${field}: ${message}`);
    this.name = 'ComplianceSettingsError';
  }
}

/**
 * The default rules with the JSON's overrides, e.g. `{"isolation": {"entry": {"beforeMs": 120000}}}`:
 * any subset of ComplianceRules, each value a number of milliseconds, then range-checked.
 */
export function parseComplianceRules(json: string): ComplianceRules {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new ComplianceSettingsError(undefined, `is not JSON (${(error as Error).message})`);
  }
  if (!isPlainObject(value)) throw new ComplianceSettingsError(undefined, 'must be a JSON object of compliance rules');
  const rules = merge(DEFAULT_COMPLIANCE_RULES as unknown as Record<string, unknown>, value, '') as unknown as ComplianceRules;
  try {
    return checkComplianceRules(rules);
  } catch (error) {
    if (error instanceof ComplianceRulesError) throw new ComplianceSettingsError(error.field, error.message.slice(error.field.length + 2));
    throw error;
  }
}

/** A copy of `defaults` with `overrides` laid over it, refusing fields the defaults lack and values of another shape. */
function merge(defaults: Record<string, unknown>, overrides: Record<string, unknown>, path: string): Record<string, unknown> {
  const merged = structuredClone(defaults);
  for (const [key, override] of Object.entries(overrides)) {
    const field = path === '' ? key : `${path}.${key}`;
    if (!Object.hasOwn(defaults, key)) throw new ComplianceSettingsError(field, 'is not a compliance rule (see server/src/hygiene/compliance/compliance-rules.ts)');
    const base = defaults[key];
    if (isPlainObject(base)) {
      if (!isPlainObject(override)) throw new ComplianceSettingsError(field, 'must be an object');
      merged[key] = merge(base, override, field);
    } else {
      if (typeof override !== 'number') throw new ComplianceSettingsError(field, 'must be a number of milliseconds');
      merged[key] = override;
    }
  }
  return merged;
}

/** `name=HH:MM` pairs separated by commas, e.g. `early=07:00,late=15:00,night=23:00`; names are a-z, 0-9, _ and -. */
export function parseShifts(text: string): Shift[] {
  const shifts = text.split(',').map((pair, i): Shift => {
    const match = /^\s*([a-z0-9_-]{1,32})\s*=\s*(\S+)\s*$/.exec(pair);
    if (!match) throw new ComplianceSettingsError(`shifts[${i}]`, `"${pair}" must be name=HH:MM, the name 1-32 of a-z 0-9 _ -`);
    return { name: match[1], startsAt: match[2] };
  });
  const names = shifts.map((shift) => shift.name);
  if (new Set(names).size !== names.length) throw new ComplianceSettingsError('shifts', 'two shifts have the same name');
  try {
    // The calendar checks the times (HH:MM, no two alike); the zone does not matter for that.
    new CalendarLookup({ timeZone: 'UTC', shifts });
  } catch (error) {
    if (error instanceof CalendarError) throw new ComplianceSettingsError(error.field, error.message.slice(error.field.length + 2));
    throw error;
  }
  return shifts;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
