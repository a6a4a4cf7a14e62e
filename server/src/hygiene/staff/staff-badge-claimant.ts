import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { TagClaims, type TagClaim, type TagClaimant } from '../../tag-claims/tag-claims.service.js';
import { StaffMember } from './staff-member.entity.js';

export const STAFF_BADGE_CLAIM = 'staff_badge';

/**
 * The staff registry's share of the one-owner-per-tag rule. The owner it gives never names the person:
 * biomed sees "a staff member's badge" when pairing equipment, and nothing in the unpaired-tag list.
 */
@Injectable()
export class StaffBadgeClaimant implements TagClaimant, OnModuleInit {
  readonly kind = STAFF_BADGE_CLAIM;

  constructor(
    @InjectRepository(StaffMember) private readonly staff: Repository<StaffMember>,
    private readonly claims: TagClaims,
  ) {}

  onModuleInit(): void {
    this.claims.register(this);
  }

  async claimsAmong(tagIds: readonly string[]): Promise<TagClaim[]> {
    if (tagIds.length === 0) return [];
    const holders = await this.staff.find({ where: { badgeTagId: In([...tagIds]) }, select: { id: true, badgeTagId: true } });
    return holders.map((member) => ({ tagId: member.badgeTagId as string, kind: STAFF_BADGE_CLAIM, owner: "a staff member's badge" }));
  }
}
