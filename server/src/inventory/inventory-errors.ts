import { ConflictError, InvalidInputError, type FieldIssue } from '../platform/http/domain-error.js';

/** 400 naming each field at fault; the message lists them. */
export function invalidInventoryInput(issues: readonly FieldIssue[]): InvalidInputError {
  return new InvalidInputError(issues.map((issue) => `${issue.field} ${issue.message}`).join('; '), issues);
}

/** 409: the discrepancy was resolved already. */
export function discrepancyResolved(id: number): ConflictError {
  return new ConflictError(`Discrepancy ${id} is resolved already`, [{ field: 'id', message: 'is resolved already' }]);
}

/** 409: the count session is signed off and takes no more counts. */
export function sessionSignedOff(id: number): ConflictError {
  return new ConflictError(`Count session ${id} is signed off`, [{ field: 'id', message: 'is signed off' }]);
}
