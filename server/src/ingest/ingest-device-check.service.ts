import { Injectable } from '@nestjs/common';
import type { PlacedDevice } from '../devices/device.entity.js';
import { DevicesService } from '../devices/devices.service.js';
import type { DeviceType } from '../floorplan/import/floorplan-format.js';
import { FloorplanQueryService } from '../floorplan/floorplan-query.service.js';
import type { IngestSource } from './ble-ingest.service.js';
import { GatewayNotAllowedError } from './ingest-errors.js';

/**
 * Who may send an event batch (cabinets, hygiene devices): a device placed on a floor plan, of the
 * batch's kind, and over MQTT on the topic's site. Read per batch, by the device's id (the demo's
 * dispensers and sensors send several batches a second: reading every placement each time cost more
 * than storing them).
 */
@Injectable()
export class IngestDeviceCheck {
  constructor(
    private readonly devices: DevicesService,
    private readonly floorplans: FloorplanQueryService,
  ) {}

  /**
   * The placed device `deviceId`.
   * @param kind how a refusal names the device types wanted ("a medication cabinet")
   * @param topicOf the topic the device should have used on its own site (for the 403 naming `topic`)
   * @throws GatewayNotAllowedError (403) when it is not placed, not of `types`, or on another site than the topic's
   */
  async require(deviceId: string, types: readonly DeviceType[], kind: string, source: IngestSource, topicOf: (siteId: string | undefined) => string): Promise<PlacedDevice> {
    const device = await this.devices.placed(deviceId);
    if (device === null || !types.includes(device.deviceType)) throw new GatewayNotAllowedError(`Device "${deviceId}" is not ${kind} placed on a floor plan`);
    if (source.via !== 'mqtt') return device;
    const site = (await this.floorplans.siteTree()).find((candidate) => candidate.buildings.some((building) => building.floors.some((floor) => floor.id === device.floorId)));
    if (site?.id !== source.siteId) {
      throw new GatewayNotAllowedError(`Device "${deviceId}" is on site "${site?.id}", not "${source.siteId}"`, [{ field: 'topic', message: `must be ${topicOf(site?.id)}` }]);
    }
    return device;
  }
}
