import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { TagClaims, type TagClaim, type TagClaimant } from '../tag-claims/tag-claims.service.js';
import { Asset } from './asset.entity.js';

export const ASSET_TAG_CLAIM = 'asset';

/** The equipment registry's share of the one-owner-per-tag rule: the tags paired with assets. */
@Injectable()
export class AssetTagClaimant implements TagClaimant, OnModuleInit {
  readonly kind = ASSET_TAG_CLAIM;

  constructor(
    @InjectRepository(Asset) private readonly assets: Repository<Asset>,
    private readonly claims: TagClaims,
  ) {}

  onModuleInit(): void {
    this.claims.register(this);
  }

  async claimsAmong(tagIds: readonly string[]): Promise<TagClaim[]> {
    if (tagIds.length === 0) return [];
    const owners = await this.assets.find({ where: { tagId: In([...tagIds]) }, select: { id: true, assetTag: true, tagId: true } });
    return owners.map((asset) => ({ tagId: asset.tagId as string, kind: ASSET_TAG_CLAIM, owner: `asset ${asset.assetTag} (id ${asset.id})` }));
  }
}
