import { Injectable } from '@nestjs/common';
import { LocationService } from '../../location/location.service.js';
import type { AlertCondition } from '../alert-condition.js';
import { TAG_LOW_BATTERY } from '../alert-kinds.js';
import { AlertSettings } from '../alert-settings.js';
import { AlertsService } from '../alerts.service.js';
import { lowTagBatteries, type BatteryReading } from '../checks/low-battery.check.js';
import { TagBatteryLog } from '../tag-battery-log.service.js';
import type { ScheduledCheck } from './scheduled-check.js';
import { assetLabel, WatchedEquipment } from './watched-equipment.js';

/**
 * The latest battery reading of every tag (TagBatteryLog), with the open alerts as the hysteresis
 * state; a tag is named by the asset that carries it (equipment) and placed where it is (location).
 */
@Injectable()
export class LowBatteryCheck implements ScheduledCheck {
  readonly kind = TAG_LOW_BATTERY;

  constructor(
    private readonly log: TagBatteryLog,
    private readonly alerts: AlertsService,
    private readonly settings: AlertSettings,
    private readonly equipment: WatchedEquipment,
    private readonly location: LocationService,
  ) {}

  async evaluate(_now: Date): Promise<AlertCondition[]> {
    const open = await this.alerts.openOfKind(TAG_LOW_BATTERY);
    const readings = new Map<string, BatteryReading>(this.log.latest());
    // A tag with an open alert and no reading in the log (lost in a crash) is still low as far as we
    // know: its last reading, kept in the alert, stands until a new one comes.
    for (const alert of open) {
      const batteryMv = alert.detail?.batteryMv;
      const readAt = alert.detail?.readAt;
      if (!readings.has(alert.subjectId) && typeof batteryMv === 'number' && typeof readAt === 'string') {
        readings.set(alert.subjectId, { tagId: alert.subjectId, batteryMv, readAt: new Date(readAt) });
      }
    }
    const assetOfTag = new Map((await this.equipment.taggedAssets()).map((asset) => [asset.tagId, asset]));
    return lowTagBatteries(readings.values(), new Set(open.map((alert) => alert.subjectId)), this.settings.battery, (tagId) => {
      const asset = assetOfTag.get(tagId);
      const position = this.location.positionOf(tagId);
      return { label: asset === undefined ? tagId : assetLabel(asset), floorId: position?.floorId ?? null, roomId: position?.roomId ?? null };
    });
  }
}
