import { Injectable } from '@nestjs/common';

/**
 * Who holds a tag. `owner` is safe to show to anyone who may pair tags: it names an asset, but never a
 * person (a staff badge is "a staff member's badge" to biomed).
 */
export interface TagClaim {
  tagId: string;
  /** The kind of holder, e.g. `asset`, `staff_badge`. */
  kind: string;
  owner: string;
}

/** A feature that gives tags to things (equipment assets, staff badges). */
export interface TagClaimant {
  readonly kind: string;
  /** The claims this feature holds among these tag ids. */
  claimsAmong(tagIds: readonly string[]): Promise<TagClaim[]>;
}

/**
 * One owner per tag, across features. Each feature that pairs tags registers a claimant at start-up and,
 * before pairing, asks whether another kind of holder has the tag. Neither feature depends on the other:
 * both depend on this registry (docs/architecture.md, "One owner per tag").
 */
@Injectable()
export class TagClaims {
  private readonly claimants = new Map<string, TagClaimant>();

  register(claimant: TagClaimant): void {
    if (this.claimants.has(claimant.kind)) throw new Error(`A tag claimant of kind ${claimant.kind} is already registered`);
    this.claimants.set(claimant.kind, claimant);
  }

  /** The claim another kind of holder than `asking` has on the tag, if any. */
  async claimByOthers(tagId: string, asking: string): Promise<TagClaim | undefined> {
    for (const claimant of this.claimants.values()) {
      if (claimant.kind === asking) continue;
      const [claim] = await claimant.claimsAmong([tagId]);
      if (claim) return claim;
    }
    return undefined;
  }

  /** The tag ids among these that any holder has. */
  async claimedAmong(tagIds: readonly string[]): Promise<Set<string>> {
    if (tagIds.length === 0) return new Set();
    const claims = await Promise.all([...this.claimants.values()].map((claimant) => claimant.claimsAmong(tagIds)));
    return new Set(claims.flat().map((claim) => claim.tagId));
  }
}
