import { ConflictError, InvalidInputError, type FieldIssue } from '../../platform/http/domain-error.js';
import type { TagClaim } from '../../tag-claims/tag-claims.service.js';
import type { StaffMember } from './staff-member.entity.js';

/** 409 naming `tagId`: the badge is another person's. */
export function badgeTaken(tagId: string, holder: Pick<StaffMember, 'id' | 'displayName'>): ConflictError {
  return new ConflictError(`Badge ${tagId} is assigned to ${holder.displayName}`, [
    { field: 'tagId', message: `is the badge of ${holder.displayName} (id ${holder.id}); unassign it there first` },
  ]);
}

/** 409 naming `tagId`: another kind of holder (an equipment asset) has the tag; one owner per tag. */
export function badgeClaimedElsewhere(claim: TagClaim): ConflictError {
  return new ConflictError(`Tag ${claim.tagId} is ${claim.owner}`, [{ field: 'tagId', message: `is ${claim.owner}; a tag has one owner, unpair it there first` }]);
}

export function employeeNumberTaken(employeeNumber: string): ConflictError {
  return new ConflictError(`Employee number ${JSON.stringify(employeeNumber)} is already registered`, [{ field: 'employeeNumber', message: 'is already registered' }]);
}

/** 409 naming `active`: inactive staff carry no badge. */
export function staffInactive(member: Pick<StaffMember, 'id'>): ConflictError {
  return new ConflictError(`Staff member ${member.id} is inactive`, [{ field: 'active', message: 'the staff member is inactive; reactivate them first' }]);
}

export function invalidStaffInput(issues: readonly FieldIssue[]): InvalidInputError {
  return new InvalidInputError(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues);
}
