/** Where the location feature last placed an asset's tag, as the equipment rules need it (times in epoch ms). */
export interface AssetPosition {
  floorId: string;
  roomId: string;
  x: number;
  y: number;
  /** 0..1, the location engine's confidence in the room. */
  confidence: number;
  /** When the tag was last heard by any gateway. */
  lastSeenAt: number;
}

/**
 * Whether a position still says where the asset is: its tag was heard within `staleAfterMs` (the
 * type's "missing after" time; a tag that is silent longer may have left with the asset, or lost its
 * battery, and the last room seen is no longer evidence of where to find it).
 */
export function isFresh(position: AssetPosition, now: number, staleAfterMs: number): boolean {
  return now - position.lastSeenAt <= staleAfterMs;
}
