/**
 * Controlled substances: US DEA schedules II–V (21 CFR 1308). Schedule I substances have no accepted
 * medical use and are never stocked. Every discrepancy on a controlled item must be resolved with a
 * reason by a pharmacist and witnessed by a second one; wastes of one need a witness.
 */
export const CONTROLLED_SCHEDULES = ['II', 'III', 'IV', 'V'] as const;
export type ControlledSchedule = (typeof CONTROLLED_SCHEDULES)[number];

export function isControlled(schedule: ControlledSchedule | null): boolean {
  return schedule !== null;
}

/** Who may do what with inventory, as the rules see a person. */
export interface Person {
  username: string;
  role: string;
}

/** What a resolution says: why the count was off, who resolves, who witnessed (controlled only). */
export interface ResolutionRequest {
  reason: string;
  resolver: Person;
  witness: Person | null;
}

export interface RuleIssue {
  field: string;
  message: string;
}

export const MIN_REASON_LENGTH = 5;

/**
 * Checks a resolution against the rules: a reason always; for a controlled item the resolver must be a
 * pharmacy user and the witness a different pharmacy user. For other items pharmacy or admin resolve
 * alone. Answers the issues (empty when allowed), naming the field at fault.
 */
export function resolutionIssues(controlled: boolean, request: ResolutionRequest): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (request.reason.trim().length < MIN_REASON_LENGTH) issues.push({ field: 'reason', message: `must say why, at least ${MIN_REASON_LENGTH} characters` });
  if (!controlled) {
    if (request.resolver.role !== 'pharmacy' && request.resolver.role !== 'admin') issues.push({ field: 'resolver', message: 'must be a pharmacy or admin user' });
    return issues;
  }
  if (request.resolver.role !== 'pharmacy') issues.push({ field: 'resolver', message: 'must be a pharmacy user: controlled-substance discrepancies are resolved by pharmacy' });
  if (request.witness === null) {
    issues.push({ field: 'witness', message: 'is required: a second pharmacy user witnesses every controlled-substance resolution' });
  } else {
    if (request.witness.role !== 'pharmacy') issues.push({ field: 'witness', message: 'must be a pharmacy user' });
    if (request.witness.username.toLowerCase() === request.resolver.username.toLowerCase()) {
      issues.push({ field: 'witness', message: 'must be a different person from the one resolving' });
    }
  }
  return issues;
}

/** A waste of a controlled item needs a witness who is not the one wasting. */
export function wasteIssues(controlled: boolean, user: string | null | undefined, witness: string | null | undefined): RuleIssue[] {
  if (!controlled) return [];
  if (witness === null || witness === undefined || witness.trim() === '') return [{ field: 'witness', message: 'is required to waste a controlled substance' }];
  if (user !== null && user !== undefined && user.toLowerCase() === witness.toLowerCase()) return [{ field: 'witness', message: 'must be a different person from the one wasting' }];
  return [];
}

/**
 * How long a discrepancy may stay open before it escalates. Controlled substances: by the end of the
 * shift in which it was found (12 h shifts), the usual hospital policy under DEA recordkeeping; other
 * items: three days, the next pharmacy round at the latest.
 */
export interface DiscrepancyDeadlines {
  controlledMs: number;
  otherMs: number;
}

export const DEFAULT_DISCREPANCY_DEADLINES: DiscrepancyDeadlines = { controlledMs: 12 * 3_600_000, otherMs: 72 * 3_600_000 };

export function discrepancyDeadline(detectedAt: number, controlled: boolean, deadlines: DiscrepancyDeadlines = DEFAULT_DISCREPANCY_DEADLINES): number {
  return detectedAt + (controlled ? deadlines.controlledMs : deadlines.otherMs);
}

export interface OpenDiscrepancy {
  id: number;
  controlled: boolean;
  detectedAt: number;
  deadlineAt: number;
  resolvedAt: number | null;
}

/** The unresolved discrepancies past their deadline at `now`: the ones that escalate. */
export function overdueDiscrepancies<T extends OpenDiscrepancy>(discrepancies: readonly T[], now: number): T[] {
  return discrepancies.filter((d) => d.resolvedAt === null && now > d.deadlineAt);
}
