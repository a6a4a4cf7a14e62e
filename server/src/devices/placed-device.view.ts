import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEVICE_TYPES, SENSOR_MEASURES, type DeviceType, type SensorMeasure } from '../floorplan/import/floorplan-format.js';
import type { PlacedDevice } from './device.entity.js';

/** A placed device as the admin API shows it. */
export class PlacedDeviceView {
  @ApiProperty({ example: 'main-1-gw-014' }) id: string;
  @ApiProperty({ enum: DEVICE_TYPES }) deviceType: DeviceType;
  @ApiProperty({ example: 'Gateway, ICU bay 3' }) name: string;
  @ApiProperty({ example: 'main-1' }) floorId: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'main-1-icu-bay-03' }) roomId: string | null;
  @ApiProperty({ description: 'metres east of the floor drawing origin' }) x: number;
  @ApiProperty({ description: 'metres north of the floor drawing origin' }) y: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) mountHeightM: number | null;
  @ApiPropertyOptional({ enum: SENSOR_MEASURES, isArray: true, nullable: true }) measures: SensorMeasure[] | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static of(device: PlacedDevice): PlacedDeviceView {
    return Object.assign(new PlacedDeviceView(), {
      id: device.id,
      deviceType: device.deviceType,
      name: device.name,
      floorId: device.floorId,
      roomId: device.roomId,
      x: device.x,
      y: device.y,
      mountHeightM: device.mountHeightM,
      measures: device.measures,
      createdAt: device.createdAt,
      updatedAt: device.updatedAt,
    });
  }
}
