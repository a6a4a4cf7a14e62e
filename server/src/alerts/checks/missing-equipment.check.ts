import { alertCondition, type AlertCondition } from '../alert-condition.js';
import { EQUIPMENT_MISSING } from '../alert-kinds.js';
import { MINUTE_MS, silentForMs } from './silence.js';
import { isWatchedAsset } from './watched-assets.js';

/** An asset as the missing check sees it. */
export interface MissingWatchedAsset {
  id: string;
  name: string;
  status: string;
  /** Its type's time without a sighting after which it is missing; null when the type is not watched. */
  missingAfterMinutes: number | null;
  tagIds: readonly string[];
  /** When its tag was attached (or the asset registered): a tag never heard is silent since then. */
  trackedSince: Date | null;
}

/** When a tag was last heard, and where it was then. */
export interface TagLastSeen {
  lastSeenAt: Date;
  floorId: string | null;
  roomId: string | null;
}

/**
 * Assets with a tag that nobody has heard for their type's `missingAfterMinutes` (at exactly that
 * long, they are missing). An asset with several tags is heard when any of them is. Silence is
 * counted from the later of the last sighting and `watchingSince` (see silentForMs); a tag never
 * heard is silent since `trackedSince`, and an asset without that is not judged.
 */
export function missingEquipment(
  assets: readonly MissingWatchedAsset[],
  lastSeen: ReadonlyMap<string, TagLastSeen>,
  watch: { now: Date; watchingSince: Date },
): AlertCondition[] {
  const conditions: AlertCondition[] = [];
  for (const asset of assets) {
    if (!isWatchedAsset(asset) || asset.tagIds.length === 0) continue;
    if (asset.missingAfterMinutes === null || !(asset.missingAfterMinutes > 0)) continue;
    const latest = latestSighting(asset.tagIds, lastSeen);
    const lastHeardAt = latest?.seen.lastSeenAt ?? asset.trackedSince;
    if (lastHeardAt === null) continue;
    if (silentForMs(lastHeardAt, watch.watchingSince, watch.now) < asset.missingAfterMinutes * MINUTE_MS) continue;
    conditions.push(
      alertCondition({
        kind: EQUIPMENT_MISSING,
        subjectType: 'asset',
        subjectId: asset.id,
        severity: 'warning',
        title: `${asset.name} missing`,
        detail: {
          assetName: asset.name,
          tagId: latest?.tagId ?? asset.tagIds[0],
          lastSeenAt: latest?.seen.lastSeenAt.toISOString() ?? null,
          missingAfterMinutes: asset.missingAfterMinutes,
        },
        floorId: latest?.seen.floorId,
        roomId: latest?.seen.roomId,
      }),
    );
  }
  return conditions;
}

function latestSighting(tagIds: readonly string[], lastSeen: ReadonlyMap<string, TagLastSeen>): { tagId: string; seen: TagLastSeen } | undefined {
  let latest: { tagId: string; seen: TagLastSeen } | undefined;
  for (const tagId of tagIds) {
    const seen = lastSeen.get(tagId);
    if (seen !== undefined && (latest === undefined || seen.lastSeenAt > latest.seen.lastSeenAt)) latest = { tagId, seen };
  }
  return latest;
}
