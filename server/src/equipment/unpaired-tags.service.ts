import { Injectable } from '@nestjs/common';
import { AssetLocator, type HeardTag } from './asset-locator.js';
import { TagClaims } from '../tag-claims/tag-claims.service.js';
import { SiteLayoutService, type LayoutRoom } from './site-layout.service.js';

export interface UnpairedTag extends HeardTag {
  room: LayoutRoom | undefined;
}

/** Tags the gateways hear that nothing has (no asset, no staff badge): the list a biomed picks from when pairing a new asset. */
@Injectable()
export class UnpairedTagsService {
  constructor(
    private readonly locator: AssetLocator,
    private readonly claims: TagClaims,
    private readonly layouts: SiteLayoutService,
  ) {}

  /** Heard since `since`, most recently heard first, without the tags any holder has: assets' tags and staff badges. */
  async list(since: number): Promise<UnpairedTag[]> {
    const [heard, layout] = await Promise.all([this.locator.heardTags(since), this.layouts.current()]);
    const claimed = await this.claims.claimedAmong(heard.map((tag) => tag.tagId));
    return heard
      .filter((tag) => !claimed.has(tag.tagId))
      .sort((a, b) => b.lastSeenAt - a.lastSeenAt || a.tagId.localeCompare(b.tagId))
      .map((tag) => ({ ...tag, room: tag.roomId === null ? undefined : layout.room(tag.roomId) }));
  }
}
