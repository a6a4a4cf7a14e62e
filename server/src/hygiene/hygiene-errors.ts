import { InvalidInputError, type FieldIssue } from '../platform/http/domain-error.js';

/** 400 naming each field at fault; the message lists them. */
export function invalidHygieneInput(issues: readonly FieldIssue[]): InvalidInputError {
  return new InvalidInputError(issues.map((issue) => `${issue.field} ${issue.message}`).join('; '), issues);
}
