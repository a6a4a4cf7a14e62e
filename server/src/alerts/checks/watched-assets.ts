/**
 * Statuses in which an asset is no longer watched: it is not missing when silent and may leave the
 * building (a retired asset is on its way out).
 */
export const UNWATCHED_ASSET_STATUSES: ReadonlySet<string> = new Set(['retired']);

export function isWatchedAsset(asset: { status: string }): boolean {
  return !UNWATCHED_ASSET_STATUSES.has(asset.status);
}
