/**
 * What the equipment feature asks the location feature, in the equipment rules' terms (epoch ms).
 * `LocationAssetLocator` (location-asset-locator.ts) answers from LocationService; this seam keeps the
 * mapping of the location contract in one file.
 */
import type { AssetPosition } from './domain/asset-position.js';

export interface TagPosition extends AssetPosition {
  tagId: string;
  /** When the engine placed the tag at this position. */
  positionAt: number;
}

export interface HeardTag {
  tagId: string;
  lastSeenAt: number;
  floorId: string | null;
  roomId: string | null;
}

/** A stay of a tag in one room; `to` null while it is still there. */
export interface RoomVisit {
  floorId: string;
  roomId: string;
  from: number;
  to: number | null;
}

export abstract class AssetLocator {
  /** The current positions of these tags; tags never placed are absent from the map. */
  abstract positionsOf(tagIds: readonly string[]): Promise<Map<string, TagPosition>>;
  /** Tags heard by any gateway since then. */
  abstract heardTags(since: number): Promise<HeardTag[]>;
  /** The rooms a tag was in during [from, to), oldest first; the first may have begun before `from`. */
  abstract history(tagId: string, from: number, to: number): Promise<RoomVisit[]>;
}
