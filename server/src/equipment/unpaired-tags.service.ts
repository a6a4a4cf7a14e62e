import { Injectable } from '@nestjs/common';
import { AssetLocator, type HeardTag } from './asset-locator.js';
import { AssetRegistryService } from './asset-registry.service.js';
import { SiteLayoutService, type LayoutRoom } from './site-layout.service.js';

export interface UnpairedTag extends HeardTag {
  room: LayoutRoom | undefined;
}

/** Tags the gateways hear that no asset has: the list a biomed picks from when pairing a new asset. */
@Injectable()
export class UnpairedTagsService {
  constructor(
    private readonly locator: AssetLocator,
    private readonly registry: AssetRegistryService,
    private readonly layouts: SiteLayoutService,
  ) {}

  /** Heard since `since`, most recently heard first. Staff badges are tags too and appear here until another feature claims them. */
  async list(since: number): Promise<UnpairedTag[]> {
    const [heard, paired, layout] = await Promise.all([this.locator.heardTags(since), this.registry.pairedTagIds(), this.layouts.current()]);
    return heard
      .filter((tag) => !paired.has(tag.tagId))
      .sort((a, b) => b.lastSeenAt - a.lastSeenAt || a.tagId.localeCompare(b.tagId))
      .map((tag) => ({ ...tag, room: tag.roomId === null ? undefined : layout.room(tag.roomId) }));
  }
}
