import { Injectable } from '@nestjs/common';
import { DevicesService } from '../../devices/devices.service.js';
import { NotFoundError } from '../../platform/http/domain-error.js';
import { LocationService } from '../location.service.js';
import type { GatewayCalibration } from './gateway-calibration.entity.js';
import { GatewayCalibrationStore } from './gateway-calibration.store.js';

export interface CalibrationChange {
  rssiOffsetDb: number;
  note: string | null;
}

/**
 * Per-gateway RSSI calibration: stored, then the location engine rebuilt on it at once (the site
 * model carries the offsets), so the next evaluation of every tag uses the new value.
 */
@Injectable()
export class GatewayCalibrationService {
  constructor(
    private readonly store: GatewayCalibrationStore,
    private readonly devices: DevicesService,
    private readonly location: LocationService,
  ) {}

  list(): Promise<GatewayCalibration[]> {
    return this.store.list();
  }

  /** @throws NotFoundError (404) when no BLE gateway with this id is placed on a plan */
  async set(gatewayId: string, change: CalibrationChange, username: string, now = new Date()): Promise<GatewayCalibration> {
    await this.requireGateway(gatewayId);
    const saved = await this.store.save({ gatewayId, rssiOffsetDb: change.rssiOffsetDb, note: change.note, updatedAt: now, updatedBy: username });
    await this.location.reloadSite();
    return saved;
  }

  /** Back to reading as measured. @throws NotFoundError (404) when the gateway has no calibration */
  async clear(gatewayId: string): Promise<void> {
    if (!(await this.store.remove(gatewayId))) throw new NotFoundError('Calibration of gateway', gatewayId);
    await this.location.reloadSite();
  }

  private async requireGateway(gatewayId: string): Promise<void> {
    const device = (await this.devices.list()).find((candidate) => candidate.id === gatewayId);
    if (device?.deviceType !== 'ble_gateway') throw new NotFoundError('BLE gateway', gatewayId);
  }
}
