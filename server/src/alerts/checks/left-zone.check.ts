import { alertCondition, type AlertCondition } from '../alert-condition.js';
import { EQUIPMENT_LEFT_ZONE } from '../alert-kinds.js';
import { isWatchedAsset } from './watched-assets.js';

export interface ZoneWatchedAsset {
  id: string;
  name: string;
  status: string;
  tagIds: readonly string[];
}

/** Where the location feature last placed a tag. `roomId` null: outside every room of the plan. */
export interface TagPlacement {
  floorId: string | null;
  roomId: string | null;
  /** Epoch ms the placement holds for. */
  since: number;
}

export interface RoomInfo {
  name: string;
  type: string;
}

/**
 * Where equipment may not go: rooms of these types (an `exit` is the vestibule of a way out of the
 * building). A placement in a room the plans do not have (or in none) is outside the building's
 * rooms, and so outside the allowed zone too.
 */
export interface ZonePolicy {
  forbiddenRoomTypes: ReadonlySet<string>;
}

export const DEFAULT_ZONE_POLICY: ZonePolicy = { forbiddenRoomTypes: new Set(['exit']) };

/**
 * Assets whose latest placement (over all their tags) is in a forbidden room or outside the plan's
 * rooms. The condition clears when the asset is placed inside an allowed room again. Retired assets
 * may leave (that is how they go).
 */
export function assetsOutsideAllowedZone(
  assets: readonly ZoneWatchedAsset[],
  placements: ReadonlyMap<string, TagPlacement>,
  rooms: ReadonlyMap<string, RoomInfo>,
  policy: ZonePolicy = DEFAULT_ZONE_POLICY,
): AlertCondition[] {
  const conditions: AlertCondition[] = [];
  for (const asset of assets) {
    if (!isWatchedAsset(asset)) continue;
    let latest: { tagId: string; placement: TagPlacement } | undefined;
    for (const tagId of asset.tagIds) {
      const placement = placements.get(tagId);
      if (placement !== undefined && (latest === undefined || placement.since > latest.placement.since)) latest = { tagId, placement };
    }
    if (latest === undefined) continue;
    const room = latest.placement.roomId === null ? undefined : rooms.get(latest.placement.roomId);
    if (room !== undefined && !policy.forbiddenRoomTypes.has(room.type)) continue;
    conditions.push(
      alertCondition({
        kind: EQUIPMENT_LEFT_ZONE,
        subjectType: 'asset',
        subjectId: asset.id,
        severity: 'critical',
        title: room === undefined ? `${asset.name} left the building` : `${asset.name} at ${room.name}`,
        detail: {
          assetName: asset.name,
          tagId: latest.tagId,
          roomName: room?.name ?? null,
          roomType: room?.type ?? null,
          since: new Date(latest.placement.since).toISOString(),
        },
        floorId: latest.placement.floorId,
        roomId: latest.placement.roomId,
      }),
    );
  }
  return conditions;
}
