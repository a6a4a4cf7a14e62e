import { Injectable } from '@nestjs/common';
import { EquipmentTypesService } from '../../equipment/equipment-types.service.js';
import { LocationService } from '../../location/location.service.js';
import type { AlertCondition } from '../alert-condition.js';
import { EQUIPMENT_MISSING } from '../alert-kinds.js';
import { missingEquipment, type TagLastSeen } from '../checks/missing-equipment.check.js';
import type { ScheduledCheck } from './scheduled-check.js';
import { WatchClock } from './watch-clock.js';
import { assetLabel, WatchedEquipment } from './watched-equipment.js';

/** Tagged assets (equipment) against when their tags were last heard (location), by their type's threshold. */
@Injectable()
export class MissingEquipmentCheck implements ScheduledCheck {
  readonly kind = EQUIPMENT_MISSING;

  constructor(
    private readonly equipment: WatchedEquipment,
    private readonly types: EquipmentTypesService,
    private readonly location: LocationService,
    private readonly clock: WatchClock,
  ) {}

  async evaluate(now: Date): Promise<AlertCondition[]> {
    const [assets, types] = await Promise.all([this.equipment.taggedAssets(), this.types.byCode()]);
    const lastSeen = new Map<string, TagLastSeen>();
    for (const tag of this.location.heardTags()) {
      lastSeen.set(tag.tagId, { lastSeenAt: new Date(tag.lastSeen), floorId: tag.position?.floorId ?? null, roomId: tag.position?.roomId ?? null });
    }
    const watched = assets.map((asset) => ({
      id: String(asset.id),
      name: assetLabel(asset),
      status: asset.status,
      missingAfterMinutes: types.get(asset.typeCode)?.missingAfterMinutes ?? null,
      tagIds: [asset.tagId],
      trackedSince: asset.tagPairedAt,
    }));
    return missingEquipment(watched, lastSeen, { now, watchingSince: this.clock.watchingSince });
  }
}
