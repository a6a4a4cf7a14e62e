import { Injectable } from '@nestjs/common';
import type { RoomTransition } from '../location/engine/engine-types.js';
import { LocationService } from '../location/location.service.js';
import type { TagLocation } from '../location/location.types.js';
import { AssetLocator, type HeardTag, type RoomVisit, type TagPosition } from './asset-locator.js';

/** AssetLocator answered by the location feature's LocationService (current positions from memory, history from its tables). */
@Injectable()
export class LocationAssetLocator extends AssetLocator {
  constructor(private readonly location: LocationService) {
    super();
  }

  async positionsOf(tagIds: readonly string[]): Promise<Map<string, TagPosition>> {
    const positions = new Map<string, TagPosition>();
    for (const [tagId, location] of this.location.positionsOf(tagIds)) positions.set(tagId, tagPosition(location));
    return positions;
  }

  async heardTags(since: number): Promise<HeardTag[]> {
    return this.location.heardTags({ since }).map((tag) => ({
      tagId: tag.tagId,
      lastSeenAt: tag.lastSeen,
      floorId: tag.position?.floorId ?? null,
      roomId: tag.position?.roomId ?? null,
    }));
  }

  async history(tagId: string, from: number, to: number): Promise<RoomVisit[]> {
    const history = await this.location.history(tagId, from, to);
    return visitsOf(history.transitions, history.current, to);
  }
}

export function tagPosition(location: TagLocation): TagPosition {
  const { tagId, floorId, roomId, x, y, confidence, ts, lastSeen } = location;
  return { tagId, floorId, roomId, x, y, confidence, positionAt: ts, lastSeenAt: lastSeen };
}

/**
 * Room transitions (oldest first) as stays: each lasts until the next transition. The last one lasts
 * until the tag was last heard when that was before `to` (a silent tag is not assumed to stay put), or
 * is open (`to` null) when the tag is still heard there.
 */
export function visitsOf(transitions: readonly RoomTransition[], current: TagLocation | null, to: number): RoomVisit[] {
  return transitions.map((transition, i) => {
    const next = transitions[i + 1];
    let end: number | null = next ? next.enteredAt : null;
    if (!next && current && current.lastSeen < to) end = Math.max(transition.enteredAt, current.lastSeen);
    return { floorId: transition.floorId, roomId: transition.toRoomId, from: transition.enteredAt, to: end };
  });
}
