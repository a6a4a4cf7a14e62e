import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { GatewayCalibration } from './gateway-calibration.entity.js';

/** The gateway_calibrations table: what the site model builder reads and the calibration API writes. */
@Injectable()
export class GatewayCalibrationStore {
  constructor(@InjectRepository(GatewayCalibration) private readonly calibrations: Repository<GatewayCalibration>) {}

  list(): Promise<GatewayCalibration[]> {
    return this.calibrations.find({ order: { gatewayId: 'ASC' } });
  }

  /** Offsets by gateway id, for the engine's site model. */
  async offsets(): Promise<Map<string, number>> {
    return new Map((await this.list()).map((row) => [row.gatewayId, row.rssiOffsetDb]));
  }

  async save(calibration: GatewayCalibration): Promise<GatewayCalibration> {
    await this.calibrations.upsert(calibration, ['gatewayId']);
    return calibration;
  }

  /** Whether there was one to remove. */
  async remove(gatewayId: string): Promise<boolean> {
    const result = await this.calibrations.delete({ gatewayId });
    return (result.affected ?? 0) > 0;
  }
}
