import { Injectable } from '@nestjs/common';
import { AssetRegistryService } from '../../equipment/asset-registry.service.js';

/** An asset with a tag, as the alert checks need it. */
export interface TaggedAsset {
  id: number;
  assetTag: string;
  name: string;
  typeCode: string;
  status: string;
  tagId: string;
  tagPairedAt: Date | null;
}

/** The assets that carry a tag, in the shape the alert checks read, from the equipment registry. */
@Injectable()
export class WatchedEquipment {
  constructor(private readonly registry: AssetRegistryService) {}

  async taggedAssets(): Promise<TaggedAsset[]> {
    return (await this.registry.taggedAssets()).map(({ id, assetTag, name, typeCode, status, tagId, tagPairedAt }) => ({
      id,
      assetTag,
      name,
      typeCode,
      status,
      tagId,
      tagPairedAt,
    }));
  }
}

/** How alerts name an asset: its name and the number on its label. */
export function assetLabel(asset: { name: string; assetTag: string }): string {
  return `${asset.name} (${asset.assetTag})`;
}
