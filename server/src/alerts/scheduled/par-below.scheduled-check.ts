import { Injectable } from '@nestjs/common';
import { EquipmentTypesService } from '../../equipment/equipment-types.service.js';
import { ParLevelsService } from '../../equipment/par-levels.service.js';
import type { AlertCondition } from '../alert-condition.js';
import { EQUIPMENT_PAR_BELOW } from '../alert-kinds.js';
import { parBelowMinimum } from '../checks/par-below.check.js';
import type { ScheduledCheck } from './scheduled-check.js';

/** The equipment feature's PAR shortfalls (it counts where available assets are). */
@Injectable()
export class ParBelowCheck implements ScheduledCheck {
  readonly kind = EQUIPMENT_PAR_BELOW;

  constructor(
    private readonly parLevels: ParLevelsService,
    private readonly types: EquipmentTypesService,
  ) {}

  async evaluate(now: Date): Promise<AlertCondition[]> {
    const [shortfalls, types] = await Promise.all([this.parLevels.parShortfalls(now.getTime()), this.types.byCode()]);
    return parBelowMinimum(
      shortfalls.map((level) => ({
        // A type code is lower_snake_case, so `@` cannot occur in it: the id splits back unambiguously.
        parId: `${level.typeCode}@${level.unit}`,
        placeName: level.unit,
        typeName: types.get(level.typeCode)?.name ?? level.typeCode,
        minimum: level.minAvailable,
        available: level.available,
        unlocated: level.unlocatedAssetIds.length,
        // A unit spans rooms and floors: the alert has no single place.
        floorId: null,
        roomId: null,
      })),
    );
  }
}
