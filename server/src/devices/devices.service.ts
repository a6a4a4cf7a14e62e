import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { ParsedDevice } from '../floorplan/import/floorplan-format.js';
import { syncFloorRows } from '../floorplan/import/floor-rows-sync.js';
import type { ImportCounts } from '../floorplan/import/import-counts.js';
import { PlacedDevice } from './device.entity.js';

/** Where an import is writing: its transaction, the floors it covers, and its clock. */
export interface PlacementImport {
  floorsInImport: readonly string[];
  now: Date;
}

/**
 * The devices placed on the floor plans. Placements come only from floor-plan imports
 * (the plan is the source of truth for where a device is); everything else reads them.
 */
@Injectable()
export class DevicesService {
  constructor(@InjectRepository(PlacedDevice) private readonly devices: Repository<PlacedDevice>) {}

  /**
   * Makes the floor's placements those of the plan, inside the import's transaction:
   * new devices are added, moved or renamed ones updated, missing ones removed.
   */
  upsertPlacements(manager: EntityManager, floorId: string, devices: readonly ParsedDevice[], write: PlacementImport): Promise<ImportCounts> {
    return syncFloorRows(manager, PlacedDevice, {
      floorId,
      floorsInImport: write.floorsInImport,
      now: write.now,
      kind: 'device',
      rows: devices.map((device) => ({
        id: device.id,
        deviceType: device.deviceType,
        name: device.name,
        floorId,
        roomId: device.roomId,
        x: device.x,
        y: device.y,
        mountHeightM: device.mountHeightM,
        measures: device.measures,
      })),
    });
  }

  list(): Promise<PlacedDevice[]> {
    return this.devices.find({ order: { floorId: 'ASC', id: 'ASC' } });
  }

  /** The placed device `deviceId`, or null. */
  placed(deviceId: string): Promise<PlacedDevice | null> {
    return this.devices.findOneBy({ id: deviceId });
  }

  listOnFloor(floorId: string): Promise<PlacedDevice[]> {
    return this.devices.find({ where: { floorId }, order: { id: 'ASC' } });
  }

  /** Whether a device with this id is on a plan (device keys are only issued for placed devices). */
  async isPlaced(deviceId: string): Promise<boolean> {
    return (await this.devices.countBy({ id: deviceId })) > 0;
  }
}
