import { ConflictError, InvalidInputError, type FieldIssue } from '../platform/http/domain-error.js';
import type { TagClaim } from '../tag-claims/tag-claims.service.js';
import type { Asset } from './asset.entity.js';

/** 409 naming `status`: the change is not in the transition table (domain/asset-status.ts). */
export function statusChangeRefused(asset: Asset, problem: string): ConflictError {
  return new ConflictError(`Asset ${asset.assetTag}: status ${problem}`, [{ field: 'status', message: problem }]);
}

export function assetTagTaken(assetTag: string): ConflictError {
  return new ConflictError(`Asset number ${JSON.stringify(assetTag)} is already registered`, [{ field: 'assetTag', message: 'is already registered' }]);
}

export function tagPairedElsewhere(tagId: string, owner: Pick<Asset, 'id' | 'assetTag'>): ConflictError {
  return new ConflictError(`Tag ${tagId} is paired with asset ${owner.assetTag}`, [
    { field: 'tagId', message: `is paired with asset ${owner.assetTag} (id ${owner.id}); unpair it there first` },
  ]);
}

/** 409 naming `tagId`: another kind of holder (a staff badge) has the tag; one owner per tag. */
export function tagClaimedElsewhere(claim: TagClaim): ConflictError {
  return new ConflictError(`Tag ${claim.tagId} is ${claim.owner}`, [{ field: 'tagId', message: `is ${claim.owner}; a tag has one owner, release it there first` }]);
}

export function invalidInput(issues: readonly FieldIssue[]): InvalidInputError {
  return new InvalidInputError(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues);
}

