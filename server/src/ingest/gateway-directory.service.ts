import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { DevicesService } from '../devices/devices.service.js';
import { FloorplanQueryService } from '../floorplan/floorplan-query.service.js';

/** A BLE gateway placed on a floor plan. */
export interface PlacedGateway {
  readonly id: string;
  readonly siteId: string;
  readonly floorId: string;
}

/** How often the directory is read again, so removed or moved gateways are noticed. */
export const GATEWAY_DIRECTORY_REFRESH_MS = 60_000;
/**
 * An unknown id reads the directory again, at most this often: a gateway placed by a new import starts
 * working within seconds, and a device that keeps calling with a wrong id costs one query per interval.
 */
export const GATEWAY_DIRECTORY_MISS_REFRESH_MS = 5_000;

/**
 * The placed BLE gateways, kept in memory so that accepting a batch reads no database. Placements
 * change only by floor-plan imports, which are rare; the directory notices within a minute (a new
 * gateway within seconds, see GATEWAY_DIRECTORY_MISS_REFRESH_MS).
 */
@Injectable()
export class GatewayDirectory {
  private readonly logger = new Logger(GatewayDirectory.name);
  private gateways = new Map<string, PlacedGateway>();
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly devices: DevicesService,
    private readonly floorplans: FloorplanQueryService,
  ) {}

  /** The gateway with this id as last read, without waiting; undefined when unknown. */
  known(id: string): PlacedGateway | undefined {
    return this.gateways.get(id);
  }

  /** The gateway with this id; an unknown id re-reads the directory when it was not read in the last few seconds. */
  async find(id: string, nowMs = Date.now()): Promise<PlacedGateway | undefined> {
    const gateway = this.gateways.get(id);
    if (gateway !== undefined || nowMs - this.loadedAt < GATEWAY_DIRECTORY_MISS_REFRESH_MS) return gateway;
    await this.refresh();
    return this.gateways.get(id);
  }

  /** Reads the placed gateways again; concurrent callers share one read. */
  @Interval(GATEWAY_DIRECTORY_REFRESH_MS)
  refresh(): Promise<void> {
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async load(): Promise<void> {
    try {
      const [devices, sites] = await Promise.all([this.devices.list(), this.floorplans.siteTree()]);
      const siteOfFloor = new Map<string, string>();
      for (const site of sites) for (const building of site.buildings) for (const floor of building.floors) siteOfFloor.set(floor.id, site.id);
      const gateways = new Map<string, PlacedGateway>();
      for (const device of devices) {
        const siteId = siteOfFloor.get(device.floorId);
        if (device.deviceType === 'ble_gateway' && siteId !== undefined) gateways.set(device.id, { id: device.id, siteId, floorId: device.floorId });
      }
      this.gateways = gateways;
    } catch (error) {
      // Keep serving the last directory read; the next refresh tries again.
      this.logger.warn({ msg: 'Could not read the placed gateways', error: String(error) });
    } finally {
      this.loadedAt = Date.now();
    }
  }
}
