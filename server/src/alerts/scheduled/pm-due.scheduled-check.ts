import { Injectable } from '@nestjs/common';
import { PmDueService } from '../../equipment/pm-due.service.js';
import { LocationService } from '../../location/location.service.js';
import type { AlertCondition } from '../alert-condition.js';
import { EQUIPMENT_PM_DUE } from '../alert-kinds.js';
import { AlertSettings } from '../alert-settings.js';
import { pmDueConditions } from '../checks/pm-due.check.js';
import type { ScheduledCheck } from './scheduled-check.js';
import { assetLabel } from './watched-equipment.js';

/** The equipment feature's PM due list (calendar days at the site), placed where each asset was last seen. */
@Injectable()
export class PmDueCheck implements ScheduledCheck {
  readonly kind = EQUIPMENT_PM_DUE;

  constructor(
    private readonly pm: PmDueService,
    private readonly location: LocationService,
    private readonly settings: AlertSettings,
  ) {}

  async evaluate(now: Date): Promise<AlertCondition[]> {
    const due = await this.pm.pmDue(this.settings.pmDueWithinDays, now.getTime());
    return pmDueConditions(
      due.map(({ asset, pmDueDate, daysUntilDue }) => {
        const position = asset.tagId === null ? undefined : this.location.positionOf(asset.tagId);
        return {
          assetId: String(asset.id),
          name: assetLabel(asset),
          dueDate: pmDueDate,
          daysUntilDue,
          floorId: position?.floorId ?? null,
          roomId: position?.roomId ?? null,
        };
      }),
      this.settings.pmDueWithinDays,
    );
  }
}
