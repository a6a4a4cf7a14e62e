import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { GatewayCalibration } from './gateway-calibration.entity.js';

export class GatewayCalibrationView {
  @ApiProperty({ example: 'main-1-gw-014' }) gatewayId: string;
  @ApiProperty({ example: -3, description: 'dB added to every RSSI the gateway reports.' }) rssiOffsetDb: number;
  @ApiPropertyOptional({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ example: 'biomed' }) updatedBy: string;

  static of(row: GatewayCalibration): GatewayCalibrationView {
    return Object.assign(new GatewayCalibrationView(), {
      gatewayId: row.gatewayId,
      rssiOffsetDb: row.rssiOffsetDb,
      note: row.note,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: row.updatedBy,
    });
  }
}
