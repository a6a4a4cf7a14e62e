import { DomainError } from '../../platform/http/domain-error.js';
import type { FloorPlanIssue } from './floorplan-format.js';

/** The issues found in one file (or one request body: `source` null). */
export interface SourceIssues {
  source: string | null;
  issues: FloorPlanIssue[];
}

/** A plan that breaks the format's rules; nothing was written. HTTP 400 with the issues. */
export class FloorPlanInvalidError extends DomainError {
  constructor(readonly bySource: SourceIssues[]) {
    super(400, 'Floor plan is invalid', bySource.flatMap((entry) => entry.issues));
  }
}

/**
 * A valid plan that contradicts what is stored (an id used on another floor, a level
 * taken by another floor of the building); nothing was written. HTTP 409 with the issues.
 */
export class FloorPlanConflictError extends DomainError {
  constructor(readonly conflicts: FloorPlanIssue[]) {
    super(409, 'Floor plan conflicts with the stored floor plans', conflicts);
  }
}
