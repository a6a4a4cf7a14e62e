/**
 * When a dispenser activation meets a room entry or exit, and which stays count at all. Defaults and their
 * rationale are in README.md ("Rules and defaults"); every value can be overridden per installation.
 */

/** An activation within [door crossing − beforeMs, door crossing + afterMs] meets the opportunity. */
export interface WindowRule {
  beforeMs: number;
  afterMs: number;
}

export interface HandHygieneRule {
  entry: WindowRule;
  exit: WindowRule;
}

export interface ComplianceRules {
  standard: HandHygieneRule;
  isolation: HandHygieneRule;
  /** Stays shorter than this make no opportunity: a glance through the door, or a location artefact. */
  minimumStayMs: number;
}

const SECOND = 1000;

export const DEFAULT_COMPLIANCE_RULES: Readonly<ComplianceRules> = Object.freeze({
  // Standard rooms: hand rub at the door, just before or just after crossing it. The slack after entry and
  // before exit allows for a dispenser inside the room and for the location engine's dating of the door
  // crossing (median error about 2 s, BENCHMARKS.md).
  standard: Object.freeze({
    entry: Object.freeze({ beforeMs: 30 * SECOND, afterMs: 15 * SECOND }),
    exit: Object.freeze({ beforeMs: 15 * SECOND, afterMs: 30 * SECOND }),
  }),
  // Isolation rooms: hand hygiene before putting PPE on, outside the room, and after taking it off at the
  // door (CDC/HICPAC 2007 isolation guideline): a longer window before entry, a longer one after exit, and
  // only a few seconds' tolerance on the other side of the door.
  isolation: Object.freeze({
    entry: Object.freeze({ beforeMs: 90 * SECOND, afterMs: 5 * SECOND }),
    exit: Object.freeze({ beforeMs: 5 * SECOND, afterMs: 60 * SECOND }),
  }),
  minimumStayMs: 10 * SECOND,
});

export class ComplianceRulesError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'ComplianceRulesError';
  }
}

/** Checks a rule set once, so attribution can trust it; names the field at fault. */
export function checkComplianceRules(rules: ComplianceRules): ComplianceRules {
  for (const ruleName of ['standard', 'isolation'] as const) {
    for (const kind of ['entry', 'exit'] as const) {
      for (const side of ['beforeMs', 'afterMs'] as const) {
        const value = rules[ruleName][kind][side];
        if (!Number.isFinite(value) || value < 0 || value > 10 * 60 * SECOND) {
          throw new ComplianceRulesError(`${ruleName}.${kind}.${side}`, 'must be between 0 and 600,000 ms');
        }
      }
    }
  }
  if (!Number.isFinite(rules.minimumStayMs) || rules.minimumStayMs < 0) throw new ComplianceRulesError('minimumStayMs', 'must be zero or more');
  return rules;
}
