import { TagClaims, type TagClaim, type TagClaimant } from './tag-claims.service.js';

function claimant(kind: string, held: Record<string, string>): TagClaimant {
  return {
    kind,
    claimsAmong: async (tagIds) => tagIds.flatMap((tagId): TagClaim[] => (held[tagId] ? [{ tagId, kind, owner: held[tagId] }] : [])),
  };
}

describe('TagClaims', () => {
  const claims = new TagClaims();
  claims.register(claimant('asset', { 'tag-a': 'asset EQ-0001' }));
  claims.register(claimant('staff_badge', { 'tag-b': "a staff member's badge" }));

  it("finds another kind of holder's claim, never the asker's own", async () => {
    expect(await claims.claimByOthers('tag-b', 'asset')).toEqual({ tagId: 'tag-b', kind: 'staff_badge', owner: "a staff member's badge" });
    expect(await claims.claimByOthers('tag-a', 'staff_badge')).toEqual({ tagId: 'tag-a', kind: 'asset', owner: 'asset EQ-0001' });
    expect(await claims.claimByOthers('tag-a', 'asset')).toBeUndefined();
    expect(await claims.claimByOthers('tag-c', 'asset')).toBeUndefined();
  });

  it('lists the tags any holder has among those asked', async () => {
    expect(await claims.claimedAmong(['tag-a', 'tag-b', 'tag-c'])).toEqual(new Set(['tag-a', 'tag-b']));
    expect(await claims.claimedAmong([])).toEqual(new Set());
  });

  it('refuses a second claimant of the same kind', () => {
    expect(() => claims.register(claimant('asset', {}))).toThrow('already registered');
  });
});
